import { PAPER_SOURCE } from '../../../shared/paper/source'

/**
 * The paper the method comes from, as BibTeX (authors, venue and pages of the ACL Anthology entry
 * 2025.acl-long.248). Kept beside the methods paragraph so a results section can cite it.
 */
export const PAPER_BIBTEX = `@inproceedings{lee-etal-2025-quantification,
  title     = {Quantification of Large Language Model Distillation},
  author    = {Lee, Sunbowen and Zhou, Junting and Ao, Chang and Li, Kaige and Du, Xinrun and He, Sirui and Wu, Haihong and Liu, Tianci and Liu, Jiaheng and Alinejad-Rokny, Hamid and Yang, Min and Liang, Yitao and Wen, Zhoufutu and Ni, Shiwen},
  booktitle = {Proceedings of the 63rd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)},
  year      = {2025},
  address   = {Vienna, Austria},
  publisher = {Association for Computational Linguistics},
  url       = {https://aclanthology.org/2025.acl-long.248/},
  eprint    = {${PAPER_SOURCE.arxiv}},
  archivePrefix = {arXiv}
}
`
