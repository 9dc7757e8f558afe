import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  formatterNamed,
  formatters
} from "./chunk-UUOKYW2E.mjs";
import "./chunk-W5XHXEMC.mjs";
import "./chunk-MKLZ4X3C.mjs";
import "./chunk-EMAUB6HD.mjs";
export {
  formatterNamed,
  formatters
};
