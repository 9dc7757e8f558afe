import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  formatterNamed,
  formatters
} from "./chunk-YKYTHO5I.mjs";
import "./chunk-57WDED67.mjs";
import "./chunk-MKLZ4X3C.mjs";
import "./chunk-EMAUB6HD.mjs";
export {
  formatterNamed,
  formatters
};
