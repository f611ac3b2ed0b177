import { Option } from 'commander'

/** `--data-dir` is accepted by every command, with the same meaning and default. */
export const dataDirOption = () =>
  new Option('--data-dir <dir>', "data folder (default: the desktop app's, or $DISTILLSCOPE_DATA_DIR)")
