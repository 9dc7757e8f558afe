import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  formatterNamed,
  formatters
} from "./chunk-QVTMKHNJ.mjs";
import "./chunk-VABCF6KD.mjs";
import "./chunk-OWLKZEJX.mjs";
import "./chunk-EMAUB6HD.mjs";
export {
  formatterNamed,
  formatters
};
