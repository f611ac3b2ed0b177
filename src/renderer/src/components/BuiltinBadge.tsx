import { Badge } from '@mantine/core'

/** Says what "built-in" means to a screen reader too, not only its colour. */
export function BuiltinBadge() {
  return (
    <Badge variant="light" color="teal" size="sm" title="Comes with Distillscope; cannot be deleted">
      Built-in
    </Badge>
  )
}
