import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value2, range) {
        this.value = value2;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value2, range, jsonRange) {
        super(value2, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value2 = super.getValue();
        value2 = value2.substring(1, value2.length - 1);
        return value2;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value2) {
        return typeof value2 === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value2) {
        return typeof value2 === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value2) {
        return typeof value2 === "number" && integer2.MIN_VALUE <= value2 && value2 <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value2) {
        return typeof value2 === "number" && uinteger2.MIN_VALUE <= value2 && value2 <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value2) {
        var _a;
        const candidate = value2;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value2) {
        return Is.string(value2.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command2, ...args2) {
        const result = { title, command: command2 };
        if (Is.defined(args2) && args2.length > 0) {
          result.arguments = args2;
        }
        return result;
      }
      Command2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value2) {
        const candidate = value2;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value2) {
        const candidate = value2;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value2) {
        const candidate = value2;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value2) {
        if (value2 === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value2) {
        const candidate = value2;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(value2) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value2) {
        const candidate = value2;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value2) {
        const candidate = value2;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value2) {
        const candidate = value2;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value2.range === void 0 || Range.is(value2.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name2, kind, range, uri, containerName) {
        const result = {
          name: name2,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name2, kind, uri, range) {
        return range !== void 0 ? { name: name2, kind, location: { uri, range } } : { name: name2, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name2, detail, kind, range, selectionRange, children) {
        const result = {
          name: name2,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value2) {
        return Is.defined(value2) && value2 === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value2) {
        const candidate = value2;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Range.is(value2.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value2) {
        return value2 === 1 || value2 === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value2) {
        return { value: value2 };
      }
      InlayHintLabelPart2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value2) {
        return { kind: "snippet", value: value2 };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command2) {
        return { insertText, filterText, range, command: command2 };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value2) {
        const candidate = value2;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value2) {
        const candidate = value2;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document2, edits) {
        let text = document2.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i2 = sortedEdits.length - 1; i2 >= 0; i2--) {
          const e = sortedEdits[i2];
          const startOffset = document2.offsetAt(e.range.start);
          const endOffset = document2.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i2 = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i2++] = left[leftIdx++];
          } else {
            data[i2++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i2++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i2++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start2 = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start2, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i2 = 0; i2 < text.length; i2++) {
            if (isLineStart) {
              lineOffsets.push(i2);
              isLineStart = false;
            }
            const ch = text.charAt(i2);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i2 + 1 < text.length && text.charAt(i2 + 1) === "\n") {
              i2++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value2) {
        return typeof value2 !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value2) {
        return typeof value2 === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value2) {
        return value2 === true || value2 === false;
      }
      Is2.boolean = boolean;
      function string(value2) {
        return toString.call(value2) === "[object String]";
      }
      Is2.string = string;
      function number(value2) {
        return toString.call(value2) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value2, min, max) {
        return toString.call(value2) === "[object Number]" && min <= value2 && value2 <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value2) {
        return toString.call(value2) === "[object Number]" && -2147483648 <= value2 && value2 <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value2) {
        return toString.call(value2) === "[object Number]" && 0 <= value2 && value2 <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func2(value2) {
        return toString.call(value2) === "[object Function]";
      }
      Is2.func = func2;
      function objectLiteral(value2) {
        return value2 !== null && typeof value2 === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value2, check) {
        return Array.isArray(value2) && value2.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document2, range) {
        this.document = document2;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i2 = 0; i2 < content.length; i2++) {
          switch (content.charAt(i2)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i2 = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i2 = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i2;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value2) {
        value2 = value2.substring(2);
        if (value2.charAt(0) === "-") {
          value2 = value2.substring(1);
        }
        if (value2.charAt(0) === '"') {
          if (value2.charAt(value2.length - 1) !== '"') {
            return null;
          }
          value2 = value2.substring(1, value2.length - 1);
        }
        if (value2.charAt(0) === "'") {
          if (value2.charAt(value2.length - 1) !== "'") {
            return null;
          }
          value2 = value2.substring(1, value2.length - 1);
        }
        if (value2.charAt(0) === "<") {
          return null;
        }
        return value2;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document2, range) {
        super(document2, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start2 = -1;
        let end = -1;
        for (let i2 = 1; i2 < raw.length; i2++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i2))) {
            start2 = i2;
            break;
          }
        }
        if (start2 === -1) {
          return null;
        }
        for (let i2 = raw.length - 1; i2 >= 1; i2--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i2))) {
            end = i2 + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start2), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i2 = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i2++] = left[leftIdx++];
    } else {
      data[i2++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i2++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i2++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text.charCodeAt(i2);
    if (isEOL(ch)) {
      if (ch === 13 && i2 + 1 < text.length && text.charCodeAt(i2 + 1) === 10) {
        i2++;
      }
      result.push(textOffset + i2 + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start2 = range.start;
  const end = range.end;
  if (start2.line > end.line || start2.line === end.line && start2.character > end.character) {
    return { start: end, end: start2 };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start2 = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start2, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i2 = 0, len = addedLineOffsets.length; i2 < len; i2++) {
                lineOffsets[i2 + startLine + 1] = addedLineOffsets[i2];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i2 = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i2 < len; i2++) {
                lineOffsets[i2] = lineOffsets[i2] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document2, changes, version) {
        if (document2 instanceof FullTextDocument2) {
          document2.update(changes, version);
          return document2;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document2, edits) {
        const text = document2.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document2.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document2.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document2, range, nameRange, valueRange) {
        super(document2, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name2, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name2;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name2, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name2;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value2 = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value2 += " ";
          value2 += arg.getValue();
        }
        return value2;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return [];
        }
        if (args2[0].getRange().start.line === args2[args2.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args2[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args2[args2.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start2 = false;
        let comment = false;
        for (let i2 = 0; i2 < fullArgs.length; i2++) {
          let char = fullArgs.charAt(i2);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i2 + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i2 + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start2 = true;
                    comment = false;
                    i2 = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start2 = true;
              comment = false;
              i2 += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start2 = true;
              comment = false;
              i2++;
            } else {
              i2++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start2 = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i2);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i2;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args2 = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start2 = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i2 = 0; i2 < fullArgs.length; i2++) {
          let char = fullArgs.charAt(i2);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start2 = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i2))));
              } else {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i2 + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i2 + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start2 = true;
                    if (found !== -1) {
                      escapeMarker = i2;
                    }
                    i2 = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i2;
                    if (found === -1) {
                      i2 = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start2 = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i2;
              }
              i2 += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start2 = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i2;
              }
              i2++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i2;
              }
              i2++;
            }
          } else if (!comment) {
            if (start2 && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i2;
              }
            }
            start2 = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args2;
      }
      getExpandedArguments() {
        let args2 = this.getArguments();
        for (let i2 = 0; i2 < args2.length; i2++) {
          const argRange = args2[i2].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args2[i2].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value2 = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value2);
            requiresExpansion = requiresExpansion || value2 !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start2 = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start2);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args2[i2] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args2;
      }
      getVariables() {
        const variables = [];
        const args2 = this.getRawArguments();
        for (const arg of args2) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i2 = 0; i2 < arg.length; i2++) {
          switch (arg.charAt(i2)) {
            case this.escapeChar:
              if (arg.charAt(i2 + 1) === "$") {
                i2++;
              }
              break;
            case "$":
              if (arg.charAt(i2 + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i2 + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start2 = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), escapedString));
                      i2 = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i2 + 1)) || i2 === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i2 + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i2 = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start3 = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start3, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start3.line) !== void 0, this.isBuildVariable(escapedName, start3.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i2);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i2 = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start2 = this.document.positionAt(offset + i2);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i2 = envs.length - 1; i2 >= 0; i2--) {
          if (envs[i2].isBefore(line)) {
            for (let property of envs[i2].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args2 = image.getARGs();
        for (let i2 = args2.length - 1; i2 >= 0; i2--) {
          if (args2[i2].isBefore(line)) {
            let property = args2[i2].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args2) {
        const heredocs = [];
        for (const arg of args2) {
          const value2 = arg.getValue();
          if (value2.startsWith("<<") && util_1.Util.parseHeredocName(value2) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name2 = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name2 = "";
        nameLoop: for (let i2 = 0; i2 < content.length; i2++) {
          const ch = content.charAt(i2);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i2 = j + 1;
                    continue nameLoop;
                  case "\n":
                    i2 = j;
                    continue nameLoop;
                  default:
                    name2 += content.charAt(j);
                    i2 = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name2 += ch;
              break;
          }
        }
        return name2;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start2 = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          const ch = content.charAt(i2);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i2;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start2 === -1) {
                start2 = i2;
              }
              if (quote !== null) {
                end = i2 + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start2 === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start2);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args2 = this.getArguments();
        if (args2.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args2);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args2[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args2[0].getRange().start, this.getRange().end));
        contentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          switch (content.charAt(i2)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i2 = j;
                    continue contentLoop;
                  default:
                    i2 = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i2;
                }
                contentEnd = i2;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name2 = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name2, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i2)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i2;
                for (const arg of args2) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i2;
                }
                if (lineStart === -1) {
                  lineStart = i2;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name2 = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name2, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i2 = currentHeredoc; i2 < heredocDefinitions.length; i2++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name3 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name3, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args2);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name2, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name2) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name2 ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name2, nameRange, value2, valueRange) {
        this.range = range;
        this.name = name2;
        this.nameRange = nameRange;
        this.value = value2;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document2, range, name2, nameRange, value2, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name2;
        this.nameRange = nameRange;
        this.value = value2;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document2.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i2 = 0; i2 < value2.length; i2++) {
            switch (value2.charAt(i2)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i2 + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document2, value2, offset, nameStart, valueStart, i2));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i2;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document2, value2, offset, nameStart, valueStart, value2.length));
          }
        }
      }
      createFlagOption(document2, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document2.positionAt(documentOffset + nameStart), document2.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document2.positionAt(documentOffset + nameStart), document2.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document2.positionAt(documentOffset + valueStart), document2.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name2) {
        for (const option of this.options) {
          if (option.getName() === name2) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value2 = arg.getValue();
            if (this.stopSearchingForFlags(value2)) {
              return this.flags;
            } else if (value2.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value2.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i2 = 0; i2 < rawValue.length; i2++) {
                switch (rawValue.charAt(i2)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i2;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i2;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value2.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value2.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value2.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value2.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value2.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args2 = super.getArguments();
        const flags2 = this.getFlags();
        if (flags2.length === 0) {
          return args2;
        }
        for (let i2 = 0; i2 < flags2.length; i2++) {
          args2.shift();
        }
        return args2;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args2 = this.getArguments();
        if (args2.length === 1 && args2[0].getValue() === "[]") {
          let argRange = args2[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args2.length === 2 && args2[0].getValue() === "[" && args2[1].getValue() === "]") {
          this.openingBracket = args2[0];
          this.closingBracket = args2[1];
          return;
        }
        const argsOffset = document2.offsetAt(this.getArgumentsRange().start);
        let start2 = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i2 = 0; i2 < argsContent.length; i2++) {
          let char = argsContent.charAt(i2);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document2.positionAt(argsOffset + i2), document2.positionAt(argsOffset + i2 + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start2 = i2;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document2.positionAt(argsOffset + start2), document2.positionAt(argsOffset + i2 + 1)), vscode_languageserver_types_1.Range.create(document2.positionAt(argsOffset + start2 + 1), document2.positionAt(argsOffset + i2))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document2.positionAt(argsOffset + i2), document2.positionAt(argsOffset + i2 + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i2 + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i2 + 1);
                    i2++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i2 + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i2 = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i2++;
                  default:
                    i2++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i2 + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document2, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document2;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document2, arg);
        let value2 = document2.getText().substring(document2.offsetAt(this.nameRange.start), document2.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value2, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value2 = document2.getText().substring(document2.offsetAt(this.valueRange.start), document2.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value2, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document2, arg);
            value2 = document2.getText().substring(document2.offsetAt(this.valueRange.start), document2.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value2, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value2 = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i2 = 0; i2 < value2.length; i2++) {
          let char = value2.charAt(i2);
          switch (char) {
            case this.escapeChar:
              for (let j = i2 + 1; j < value2.length; j++) {
                switch (value2.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i2 = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i2 + 1; j < value2.length; j++) {
                  switch (value2.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document2, arg) {
        let value2 = arg.getValue();
        let index = value2.indexOf("=");
        if (index !== -1) {
          let initial = value2.charAt(0);
          let before = value2.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document2.positionAt(document2.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document2, arg) {
        return vscode_languageserver_types_1.Range.create(document2.positionAt(document2.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document2.positionAt(document2.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value2, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value2, escapeChar);
        if (skip !== 0 && value2.charAt(skip) === "#") {
          escaped = true;
        }
        value2 = value2.substring(skip);
        let first = value2.charAt(0);
        let last = value2.charAt(value2.length - 1);
        let literal3 = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i2 = 1; i2 < value2.length; i2++) {
            if (value2.charAt(i2) === escapeChar) {
              i2++;
            } else if (value2.charAt(i2) === '"' && i2 === value2.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value2 = value2.substring(1, value2.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start2 = 0;
        parseValue: for (let i2 = 0; i2 < value2.length; i2++) {
          let char = value2.charAt(i2);
          switch (char) {
            case escapeChar:
              if (i2 + 1 === value2.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value2.charAt(i2 + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i2 + 2; j < value2.length; j++) {
                  let char2 = value2.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i2 = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal3) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i2 = i2 + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i2 = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i2 = i2 + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i2++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i2++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal3) {
                if (char === "\r") {
                  escaped = true;
                  i2 = i2 + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i2++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i2++;
              } else if (char === "\r") {
                escaped = true;
                i2 = i2 + 2;
              } else if (char === "\n") {
                escaped = true;
                i2++;
                start2 = i2;
              } else {
                escapedValue = escapedValue + char;
                i2++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i2;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i2++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i2 - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i2 - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i2 + 1; j < value2.length; j++) {
                  switch (value2.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args2 = this.getPropertyArguments();
          if (args2.length === 0) {
            this.properties = [];
          } else if (args2.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0])];
          } else if (args2.length === 2) {
            if (args2[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0], args2[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args2[0]),
                new property_1.Property(this.document, this.escapeChar, args2[1])
              ];
            }
          } else if (args2[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start2 = args2[1].getRange().start;
            let end = args2[args2.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start2), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args2[1].getRange().start, args2[args2.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i2 = 0; i2 < args2.length; i2++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args2[i2]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i2 = content.length - 1; i2 >= 0; i2--) {
          switch (content.charAt(i2)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i2 - 1) === "\r") {
                i2 = i2 - 1;
              }
            case "\r":
              newlineCheck: for (let j = i2 - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i2;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args2 = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start2 = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start2 === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start2);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start2, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          let char = content.charAt(i2);
          switch (char) {
            case this.escapeChar:
              if (i2 + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i2;
              }
              switch (content.charAt(i2 + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i2 + 2))) {
                    i2 = i2 + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i2 + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i2 = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args2.push(new argument_1.Argument(content.substring(argStart, i2), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + i2 + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i2 = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i2++;
                case "\n":
                  escaped = true;
                  i2 = i2 + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i2;
                  }
                  i2 = i2 + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i2;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2);
                argStart = i2;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i2;
              }
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i2 = j;
                      continue argumentLoop;
                    }
                    args2.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + j + 1))));
                    i2 = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args2.push(new argument_1.Argument(content.substring(argStart, i2), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + i2))));
                argStart = -1;
              }
              break;
            case "\r":
              i2++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value2 = content.substring(argStart, mark);
                  args2.push(new argument_1.Argument(value2, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i2;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2);
                argStart = i2;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i2;
              }
              if (char === "$" && content.charAt(i2 + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i2 = j - 1;
                      continue argumentLoop;
                    case "}":
                      i2 = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value2 = content.substring(argStart, end2);
          args2.push(new argument_1.Argument(value2, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + end2))));
        }
        return args2;
      }
      createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2) {
        if (argStart !== -1) {
          args2.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args2 = this.getPropertyArguments();
        if (args2.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args2[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags2 = super.getFlags();
        return flags2.length === 1 && flags2[0].getName() === "from" ? flags2[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args2 = this.getArguments();
        return args2.length > 0 ? args2[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name2 = "";
        for (let i2 = 0; i2 < imageName.length; i2++) {
          const ch = imageName.charAt(i2);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name2 = name2 + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name2 = name2 + ch;
                escaped = false;
              }
              break;
          }
        }
        return name2;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args2 = this.getArguments();
        return args2.length !== 0 ? args2[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i2 = 0; i2 < variables.length; i2++) {
          const position = documentOffset + index;
          const variableRange = variables[i2].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i2 = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i2 = 0; i2 < variables.length; i2++) {
          const position = documentOffset + index;
          const variableRange = variables[i2].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i2 = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args2 = this.getArguments();
        if (args2.length > 2 && args2[1].getValue().toUpperCase() === "AS") {
          return args2[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags2 = super.getFlags();
        return flags2.length === 1 && flags2[0].getName() === "platform" ? flags2[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args2 = this.getArguments();
        return args2.length !== 0 ? args2[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value2 = property.getUnescapedValue();
          if (value2 !== null && value2.length > 2 && value2.charAt(0) === "'" && value2.charAt(value2.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i2 = 0; i2 < variables.length; i2++) {
              if (util_1.Util.isInsideRange(variables[i2].getRange().start, range)) {
                variables.splice(i2, 1);
                i2--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args2 = this.getArguments();
        return args2.length > 0 ? args2[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args2 = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args2[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i2 = hierarchy.length - 1; i2 >= 0; i2--) {
          const workdirs = hierarchy[i2].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args2 = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args2.push(instruction);
          }
        }
        return args2;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args2 = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args2.push(instruction);
          }
        }
        return args2;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env2 of this.getENVs()) {
          if (env2.isBefore(currentLine)) {
            for (const property of env2.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i2 = envs.length - 1; i2 >= 0; i2--) {
          if (envs[i2].isBefore(line)) {
            for (let property of envs[i2].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args2 = this.getARGs();
        for (let i2 = args2.length - 1; i2 >= 0; i2--) {
          if (args2[i2].isBefore(line)) {
            let property = args2[i2].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document2) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document2;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value2 = directive.getValue();
            if (value2 === "\\" || value2 === "`") {
              return value2;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i2 = 0; i2 < comments.length; i2++) {
          if (util_1.Util.isInsideRange(comments[i2].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i2]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i2].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i2]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document2, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document2, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i2 = offset; i2 < buffer.length; i2++) {
          switch (buffer.charAt(i2)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i2 + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document2.positionAt(i2), document2.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document2.positionAt(directiveStart), document2.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document2.positionAt(valueStart), document2.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document2, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i2 = valueEnd + 1;
                    } else {
                      i2 = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i2 = offset; i2 < this.buffer.length; i2++) {
          const char = this.buffer.charAt(i2);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i2 = this.processComment(dockerfile, i2);
              break;
            default:
              i2 = this.processInstruction(dockerfile, char, i2);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start2) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i2 = start2 + 1; i2 < this.buffer.length; i2++) {
          char = this.buffer.charAt(i2);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i2 + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i2;
                }
                i2++;
              } else if (char === " " || char === "	") {
                for (let j = i2 + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i2 = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i2 + 1;
                      instruction = instruction + this.escapeChar;
                      i2 = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i2 + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i2 + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i2 + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i2 = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i2;
              }
              i2 = this.processArguments(dockerfile, instruction, instructionEnd, start2, i2);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, instructionEnd, i2));
              return i2;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i2;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, i2, i2));
              return i2;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i2 + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value2 = arg.getValue();
          if (value2.startsWith("<<") && value2.length > 2) {
            if (value2.startsWith("<<-")) {
              tabbed = true;
            }
            const name2 = util_1.Util.parseHeredocName(value2);
            if (name2 !== null) {
              heredocs.push(name2);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start2, offset) {
        let escaped = false;
        argumentsCheck: for (let i2 = offset + 1; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start2, instructionEnd, i2), i2);
            case this.escapeChar:
              const next = this.buffer.charAt(i2 + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i2++;
              } else if (next === " " || next === "	") {
                for (let j = i2 + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i2 = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i2 = this.processComment(dockerfile, i2);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start2) {
        let end = this.buffer.length;
        commentLoop: for (let i2 = start2 + 1; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case "\r":
            case "\n":
              end = i2;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start2), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i2 = offset; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i2)) {
                return i2;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i2;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start2, instructionEnd, end) {
        const startPosition = this.document.positionAt(start2);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser2 = new parser_1.Parser();
        return parser2.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// node_modules/universalify/index.js
var require_universalify = __commonJS({
  "node_modules/universalify/index.js"(exports) {
    "use strict";
    exports.fromCallback = function(fn) {
      return Object.defineProperty(function(...args2) {
        if (typeof args2[args2.length - 1] === "function") fn.apply(this, args2);
        else {
          return new Promise((resolve8, reject) => {
            args2.push((err2, res) => err2 != null ? reject(err2) : resolve8(res));
            fn.apply(this, args2);
          });
        }
      }, "name", { value: fn.name });
    };
    exports.fromPromise = function(fn) {
      return Object.defineProperty(function(...args2) {
        const cb = args2[args2.length - 1];
        if (typeof cb !== "function") return fn.apply(this, args2);
        else {
          args2.pop();
          fn.apply(this, args2).then((r) => cb(null, r), cb);
        }
      }, "name", { value: fn.name });
    };
  }
});

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module2) {
    var constants = __require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      if (!cwd)
        cwd = origCwd.call(process);
      return cwd;
    };
    try {
      process.cwd();
    } catch (er) {
    }
    if (typeof process.chdir === "function") {
      chdir = process.chdir;
      process.chdir = function(d) {
        cwd = null;
        chdir.call(process, d);
      };
      if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
    }
    var chdir;
    module2.exports = patch;
    function patch(fs2) {
      if (constants.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs2);
      }
      if (!fs2.lutimes) {
        patchLutimes(fs2);
      }
      fs2.chown = chownFix(fs2.chown);
      fs2.fchown = chownFix(fs2.fchown);
      fs2.lchown = chownFix(fs2.lchown);
      fs2.chmod = chmodFix(fs2.chmod);
      fs2.fchmod = chmodFix(fs2.fchmod);
      fs2.lchmod = chmodFix(fs2.lchmod);
      fs2.chownSync = chownFixSync(fs2.chownSync);
      fs2.fchownSync = chownFixSync(fs2.fchownSync);
      fs2.lchownSync = chownFixSync(fs2.lchownSync);
      fs2.chmodSync = chmodFixSync(fs2.chmodSync);
      fs2.fchmodSync = chmodFixSync(fs2.fchmodSync);
      fs2.lchmodSync = chmodFixSync(fs2.lchmodSync);
      fs2.stat = statFix(fs2.stat);
      fs2.fstat = statFix(fs2.fstat);
      fs2.lstat = statFix(fs2.lstat);
      fs2.statSync = statFixSync(fs2.statSync);
      fs2.fstatSync = statFixSync(fs2.fstatSync);
      fs2.lstatSync = statFixSync(fs2.lstatSync);
      if (fs2.chmod && !fs2.lchmod) {
        fs2.lchmod = function(path, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs2.lchmodSync = function() {
        };
      }
      if (fs2.chown && !fs2.lchown) {
        fs2.lchown = function(path, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs2.lchownSync = function() {
        };
      }
      if (platform === "win32") {
        fs2.rename = typeof fs2.rename !== "function" ? fs2.rename : (function(fs$rename) {
          function rename(from, to, cb) {
            var start2 = Date.now();
            var backoff = 0;
            fs$rename(from, to, function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start2 < 6e4) {
                setTimeout(function() {
                  fs2.stat(to, function(stater, st) {
                    if (stater && stater.code === "ENOENT")
                      fs$rename(from, to, CB);
                    else
                      cb(er);
                  });
                }, backoff);
                if (backoff < 100)
                  backoff += 10;
                return;
              }
              if (cb) cb(er);
            });
          }
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename, fs$rename);
          return rename;
        })(fs2.rename);
      }
      fs2.read = typeof fs2.read !== "function" ? fs2.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs2, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs2, fd, buffer, offset, length, position, callback);
        }
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs2.read);
      fs2.readSync = typeof fs2.readSync !== "function" ? fs2.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs2, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs2.readSync);
      function patchLchmod(fs3) {
        fs3.lchmod = function(path, mode, callback) {
          fs3.open(
            path,
            constants.O_WRONLY | constants.O_SYMLINK,
            mode,
            function(err2, fd) {
              if (err2) {
                if (callback) callback(err2);
                return;
              }
              fs3.fchmod(fd, mode, function(err3) {
                fs3.close(fd, function(err22) {
                  if (callback) callback(err3 || err22);
                });
              });
            }
          );
        };
        fs3.lchmodSync = function(path, mode) {
          var fd = fs3.openSync(path, constants.O_WRONLY | constants.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs3.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs3.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs3.closeSync(fd);
            }
          }
          return ret;
        };
      }
      function patchLutimes(fs3) {
        if (constants.hasOwnProperty("O_SYMLINK") && fs3.futimes) {
          fs3.lutimes = function(path, at, mt, cb) {
            fs3.open(path, constants.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs3.futimes(fd, at, mt, function(er2) {
                fs3.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs3.lutimesSync = function(path, at, mt) {
            var fd = fs3.openSync(path, constants.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs3.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs3.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs3.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs3.futimes) {
          fs3.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs3.lutimesSync = function() {
          };
        }
      }
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs2, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs2, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs2, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs2, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        if (!orig) return orig;
        return function(target, options, cb) {
          if (typeof options === "function") {
            cb = options;
            options = null;
          }
          function callback(er, stats) {
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            if (cb) cb.apply(this, arguments);
          }
          return options ? orig.call(fs2, target, options, callback) : orig.call(fs2, target, callback);
        };
      }
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs2, target, options) : orig.call(fs2, target);
          if (stats) {
            if (stats.uid < 0) stats.uid += 4294967296;
            if (stats.gid < 0) stats.gid += 4294967296;
          }
          return stats;
        };
      }
      function chownErOk(er) {
        if (!er)
          return true;
        if (er.code === "ENOSYS")
          return true;
        var nonroot = !process.getuid || process.getuid() !== 0;
        if (nonroot) {
          if (er.code === "EINVAL" || er.code === "EPERM")
            return true;
        }
        return false;
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module2) {
    var Stream = __require("stream").Stream;
    module2.exports = legacy;
    function legacy(fs2) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path, options);
        Stream.call(this);
        var self2 = this;
        this.path = path;
        this.fd = null;
        this.readable = true;
        this.paused = false;
        this.flags = "r";
        this.mode = 438;
        this.bufferSize = 64 * 1024;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding) this.setEncoding(this.encoding);
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.end === void 0) {
            this.end = Infinity;
          } else if ("number" !== typeof this.end) {
            throw TypeError("end must be a Number");
          }
          if (this.start > this.end) {
            throw new Error("start must be <= end");
          }
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self2._read();
          });
          return;
        }
        fs2.open(this.path, this.flags, this.mode, function(err2, fd) {
          if (err2) {
            self2.emit("error", err2);
            self2.readable = false;
            return;
          }
          self2.fd = fd;
          self2.emit("open", fd);
          self2._read();
        });
      }
      function WriteStream(path, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path, options);
        Stream.call(this);
        this.path = path;
        this.fd = null;
        this.writable = true;
        this.flags = "w";
        this.encoding = "binary";
        this.mode = 438;
        this.bytesWritten = 0;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.start < 0) {
            throw new Error("start must be >= zero");
          }
          this.pos = this.start;
        }
        this.busy = false;
        this._queue = [];
        if (this.fd === null) {
          this._open = fs2.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module2) {
    "use strict";
    module2.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj !== "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      });
      return copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module2) {
    var fs2 = __require("fs");
    var polyfills = require_polyfills();
    var legacy = require_legacy_streams();
    var clone = require_clone();
    var util = __require("util");
    var gracefulQueue;
    var previousSymbol;
    if (typeof Symbol === "function" && typeof Symbol.for === "function") {
      gracefulQueue = Symbol.for("graceful-fs.queue");
      previousSymbol = Symbol.for("graceful-fs.previous");
    } else {
      gracefulQueue = "___graceful-fs.queue";
      previousSymbol = "___graceful-fs.previous";
    }
    function noop() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug = noop;
    if (util.debuglog)
      debug = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug = function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      };
    if (!fs2[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs2, queue);
      fs2.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs2, fd, function(err2) {
            if (!err2) {
              resetQueue();
            }
            if (typeof cb === "function")
              cb.apply(this, arguments);
          });
        }
        Object.defineProperty(close, previousSymbol, {
          value: fs$close
        });
        return close;
      })(fs2.close);
      fs2.closeSync = (function(fs$closeSync) {
        function closeSync(fd) {
          fs$closeSync.apply(fs2, arguments);
          resetQueue();
        }
        Object.defineProperty(closeSync, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync;
      })(fs2.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug(fs2[gracefulQueue]);
          __require("assert").equal(fs2[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs2[gracefulQueue]);
    }
    module2.exports = patch(clone(fs2));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs2.__patched) {
      module2.exports = patch(fs2);
      fs2.__patched = true;
    }
    function patch(fs3) {
      polyfills(fs3);
      fs3.gracefulify = patch;
      fs3.createReadStream = createReadStream;
      fs3.createWriteStream = createWriteStream;
      var fs$readFile = fs3.readFile;
      fs3.readFile = readFile;
      function readFile(path, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path, options, cb);
        function go$readFile(path2, options2, cb2, startTime) {
          return fs$readFile(path2, options2, function(err2) {
            if (err2 && (err2.code === "EMFILE" || err2.code === "ENFILE"))
              enqueue([go$readFile, [path2, options2, cb2], err2, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs3.writeFile;
      fs3.writeFile = writeFile;
      function writeFile(path, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path, data, options, cb);
        function go$writeFile(path2, data2, options2, cb2, startTime) {
          return fs$writeFile(path2, data2, options2, function(err2) {
            if (err2 && (err2.code === "EMFILE" || err2.code === "ENFILE"))
              enqueue([go$writeFile, [path2, data2, options2, cb2], err2, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$appendFile = fs3.appendFile;
      if (fs$appendFile)
        fs3.appendFile = appendFile;
      function appendFile(path, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path, data, options, cb);
        function go$appendFile(path2, data2, options2, cb2, startTime) {
          return fs$appendFile(path2, data2, options2, function(err2) {
            if (err2 && (err2.code === "EMFILE" || err2.code === "ENFILE"))
              enqueue([go$appendFile, [path2, data2, options2, cb2], err2, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$copyFile = fs3.copyFile;
      if (fs$copyFile)
        fs3.copyFile = copyFile;
      function copyFile(src, dest, flags2, cb) {
        if (typeof flags2 === "function") {
          cb = flags2;
          flags2 = 0;
        }
        return go$copyFile(src, dest, flags2, cb);
        function go$copyFile(src2, dest2, flags3, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags3, function(err2) {
            if (err2 && (err2.code === "EMFILE" || err2.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags3, cb2], err2, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$readdir = fs3.readdir;
      fs3.readdir = readdir;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir(path, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path2, options2, cb2, startTime) {
          return fs$readdir(path2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        } : function go$readdir2(path2, options2, cb2, startTime) {
          return fs$readdir(path2, options2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path, options, cb);
        function fs$readdirCallback(path2, options2, cb2, startTime) {
          return function(err2, files) {
            if (err2 && (err2.code === "EMFILE" || err2.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path2, options2, cb2],
                err2,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err2, files);
            }
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs3);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs3.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs3.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs3, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs3, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs3, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs3, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      function ReadStream(path, options) {
        if (this instanceof ReadStream)
          return fs$ReadStream.apply(this, arguments), this;
        else
          return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err2, fd) {
          if (err2) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err2);
          } else {
            that.fd = fd;
            that.emit("open", fd);
            that.read();
          }
        });
      }
      function WriteStream(path, options) {
        if (this instanceof WriteStream)
          return fs$WriteStream.apply(this, arguments), this;
        else
          return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err2, fd) {
          if (err2) {
            that.destroy();
            that.emit("error", err2);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      function createReadStream(path, options) {
        return new fs3.ReadStream(path, options);
      }
      function createWriteStream(path, options) {
        return new fs3.WriteStream(path, options);
      }
      var fs$open = fs3.open;
      fs3.open = open;
      function open(path, flags2, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path, flags2, mode, cb);
        function go$open(path2, flags3, mode2, cb2, startTime) {
          return fs$open(path2, flags3, mode2, function(err2, fd) {
            if (err2 && (err2.code === "EMFILE" || err2.code === "ENFILE"))
              enqueue([go$open, [path2, flags3, mode2, cb2], err2, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      return fs3;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]);
      fs2[gracefulQueue].push(elem);
      retry();
    }
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i2 = 0; i2 < fs2[gracefulQueue].length; ++i2) {
        if (fs2[gracefulQueue][i2].length > 2) {
          fs2[gracefulQueue][i2][3] = now;
          fs2[gracefulQueue][i2][4] = now;
        }
      }
      retry();
    }
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs2[gracefulQueue].length === 0)
        return;
      var elem = fs2[gracefulQueue].shift();
      var fn = elem[0];
      var args2 = elem[1];
      var err2 = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug("RETRY", fn.name, args2);
        fn.apply(null, args2);
      } else if (Date.now() - startTime >= 6e4) {
        debug("TIMEOUT", fn.name, args2);
        var cb = args2.pop();
        if (typeof cb === "function")
          cb.call(null, err2);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug("RETRY", fn.name, args2);
          fn.apply(null, args2.concat([startTime]));
        } else {
          fs2[gracefulQueue].push(elem);
        }
      }
      if (retryTimer === void 0) {
        retryTimer = setTimeout(retry, 0);
      }
    }
  }
});

// node_modules/fs-extra/lib/fs/index.js
var require_fs = __commonJS({
  "node_modules/fs-extra/lib/fs/index.js"(exports) {
    "use strict";
    var u = require_universalify().fromCallback;
    var fs2 = require_graceful_fs();
    var api = [
      "access",
      "appendFile",
      "chmod",
      "chown",
      "close",
      "copyFile",
      "cp",
      "fchmod",
      "fchown",
      "fdatasync",
      "fstat",
      "fsync",
      "ftruncate",
      "futimes",
      "glob",
      "lchmod",
      "lchown",
      "lutimes",
      "link",
      "lstat",
      "mkdir",
      "mkdtemp",
      "open",
      "opendir",
      "readdir",
      "readFile",
      "readlink",
      "realpath",
      "rename",
      "rm",
      "rmdir",
      "stat",
      "statfs",
      "symlink",
      "truncate",
      "unlink",
      "utimes",
      "writeFile"
    ].filter((key) => {
      return typeof fs2[key] === "function";
    });
    Object.assign(exports, fs2);
    api.forEach((method) => {
      exports[method] = u(fs2[method]);
    });
    exports.exists = function(filename, callback) {
      if (typeof callback === "function") {
        return fs2.exists(filename, callback);
      }
      return new Promise((resolve8) => {
        return fs2.exists(filename, resolve8);
      });
    };
    exports.read = function(fd, buffer, offset, length, position, callback) {
      if (typeof callback === "function") {
        return fs2.read(fd, buffer, offset, length, position, callback);
      }
      return new Promise((resolve8, reject) => {
        fs2.read(fd, buffer, offset, length, position, (err2, bytesRead, buffer2) => {
          if (err2) return reject(err2);
          resolve8({ bytesRead, buffer: buffer2 });
        });
      });
    };
    exports.write = function(fd, buffer, ...args2) {
      if (typeof args2[args2.length - 1] === "function") {
        return fs2.write(fd, buffer, ...args2);
      }
      return new Promise((resolve8, reject) => {
        fs2.write(fd, buffer, ...args2, (err2, bytesWritten, buffer2) => {
          if (err2) return reject(err2);
          resolve8({ bytesWritten, buffer: buffer2 });
        });
      });
    };
    exports.readv = function(fd, buffers, ...args2) {
      if (typeof args2[args2.length - 1] === "function") {
        return fs2.readv(fd, buffers, ...args2);
      }
      return new Promise((resolve8, reject) => {
        fs2.readv(fd, buffers, ...args2, (err2, bytesRead, buffers2) => {
          if (err2) return reject(err2);
          resolve8({ bytesRead, buffers: buffers2 });
        });
      });
    };
    exports.writev = function(fd, buffers, ...args2) {
      if (typeof args2[args2.length - 1] === "function") {
        return fs2.writev(fd, buffers, ...args2);
      }
      return new Promise((resolve8, reject) => {
        fs2.writev(fd, buffers, ...args2, (err2, bytesWritten, buffers2) => {
          if (err2) return reject(err2);
          resolve8({ bytesWritten, buffers: buffers2 });
        });
      });
    };
    if (typeof fs2.realpath.native === "function") {
      exports.realpath.native = u(fs2.realpath.native);
    } else {
      process.emitWarning(
        "fs.realpath.native is not a function. Is fs being monkey-patched?",
        "Warning",
        "fs-extra-WARN0003"
      );
    }
  }
});

// node_modules/fs-extra/lib/mkdirs/utils.js
var require_utils = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/utils.js"(exports, module2) {
    "use strict";
    var path = __require("path");
    module2.exports.checkPath = function checkPath(pth) {
      if (process.platform === "win32") {
        const pathHasInvalidWinCharacters = /[<>:"|?*]/.test(pth.replace(path.parse(pth).root, ""));
        if (pathHasInvalidWinCharacters) {
          const error = new Error(`Path contains invalid characters: ${pth}`);
          error.code = "EINVAL";
          throw error;
        }
      }
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/make-dir.js
var require_make_dir = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/make-dir.js"(exports, module2) {
    "use strict";
    var fs2 = require_fs();
    var { checkPath } = require_utils();
    var getMode = (options) => {
      const defaults = { mode: 511 };
      if (typeof options === "number") return options;
      return { ...defaults, ...options }.mode;
    };
    module2.exports.makeDir = async (dir, options) => {
      checkPath(dir);
      return fs2.mkdir(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
    module2.exports.makeDirSync = (dir, options) => {
      checkPath(dir);
      return fs2.mkdirSync(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/index.js
var require_mkdirs = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/index.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    var { makeDir: _makeDir, makeDirSync } = require_make_dir();
    var makeDir = u(_makeDir);
    module2.exports = {
      mkdirs: makeDir,
      mkdirsSync: makeDirSync,
      // alias
      mkdirp: makeDir,
      mkdirpSync: makeDirSync,
      ensureDir: makeDir,
      ensureDirSync: makeDirSync
    };
  }
});

// node_modules/fs-extra/lib/path-exists/index.js
var require_path_exists = __commonJS({
  "node_modules/fs-extra/lib/path-exists/index.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs2 = require_fs();
    function pathExists(path) {
      return fs2.access(path).then(() => true).catch(() => false);
    }
    module2.exports = {
      pathExists: u(pathExists),
      pathExistsSync: fs2.existsSync
    };
  }
});

// node_modules/fs-extra/lib/util/utimes.js
var require_utimes = __commonJS({
  "node_modules/fs-extra/lib/util/utimes.js"(exports, module2) {
    "use strict";
    var fs2 = require_fs();
    var u = require_universalify().fromPromise;
    async function utimesMillis(path, atime, mtime) {
      const fd = await fs2.open(path, "r+");
      let error = null;
      try {
        await fs2.futimes(fd, atime, mtime);
      } catch (futimesErr) {
        error = futimesErr;
      } finally {
        try {
          await fs2.close(fd);
        } catch (closeErr) {
          if (!error) error = closeErr;
        }
      }
      if (error) {
        throw error;
      }
    }
    function utimesMillisSync(path, atime, mtime) {
      const fd = fs2.openSync(path, "r+");
      let error = null;
      try {
        fs2.futimesSync(fd, atime, mtime);
      } catch (futimesErr) {
        error = futimesErr;
      } finally {
        try {
          fs2.closeSync(fd);
        } catch (closeErr) {
          if (!error) error = closeErr;
        }
      }
      if (error) {
        throw error;
      }
    }
    module2.exports = {
      utimesMillis: u(utimesMillis),
      utimesMillisSync
    };
  }
});

// node_modules/fs-extra/lib/util/stat.js
var require_stat = __commonJS({
  "node_modules/fs-extra/lib/util/stat.js"(exports, module2) {
    "use strict";
    var fs2 = require_fs();
    var path = __require("path");
    var u = require_universalify().fromPromise;
    function getStats(src, dest, opts) {
      const statFunc = opts.dereference ? (file) => fs2.stat(file, { bigint: true }) : (file) => fs2.lstat(file, { bigint: true });
      return Promise.all([
        statFunc(src),
        statFunc(dest).catch((err2) => {
          if (err2.code === "ENOENT") return null;
          throw err2;
        })
      ]).then(([srcStat, destStat]) => ({ srcStat, destStat }));
    }
    function getStatsSync(src, dest, opts) {
      let destStat;
      const statFunc = opts.dereference ? (file) => fs2.statSync(file, { bigint: true }) : (file) => fs2.lstatSync(file, { bigint: true });
      const srcStat = statFunc(src);
      try {
        destStat = statFunc(dest);
      } catch (err2) {
        if (err2.code === "ENOENT") return { srcStat, destStat: null };
        throw err2;
      }
      return { srcStat, destStat };
    }
    async function checkPaths(src, dest, funcName, opts) {
      const { srcStat, destStat } = await getStats(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path.basename(src);
          const destBaseName = path.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && isCosmeticRename(srcBaseName, destBaseName)) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    function checkPathsSync(src, dest, funcName, opts) {
      const { srcStat, destStat } = getStatsSync(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path.basename(src);
          const destBaseName = path.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && isCosmeticRename(srcBaseName, destBaseName)) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    function isCosmeticRename(srcBaseName, destBaseName) {
      return srcBaseName.toLowerCase().normalize("NFC") === destBaseName.toLowerCase().normalize("NFC");
    }
    async function checkParentPaths(src, srcStat, dest, funcName) {
      const srcParent = path.resolve(path.dirname(src));
      const destParent = path.resolve(path.dirname(dest));
      if (destParent === srcParent || destParent === path.parse(destParent).root) return;
      let destStat;
      try {
        destStat = await fs2.stat(destParent, { bigint: true });
      } catch (err2) {
        if (err2.code === "ENOENT") return checkParentPaths(src, srcStat, destParent, funcName);
        throw err2;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPaths(src, srcStat, destParent, funcName);
    }
    function checkParentPathsSync(src, srcStat, dest, funcName) {
      const srcParent = path.resolve(path.dirname(src));
      const destParent = path.resolve(path.dirname(dest));
      if (destParent === srcParent || destParent === path.parse(destParent).root) return;
      let destStat;
      try {
        destStat = fs2.statSync(destParent, { bigint: true });
      } catch (err2) {
        if (err2.code === "ENOENT") return checkParentPathsSync(src, srcStat, destParent, funcName);
        throw err2;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPathsSync(src, srcStat, destParent, funcName);
    }
    function areIdentical(srcStat, destStat) {
      return destStat.ino !== void 0 && destStat.dev !== void 0 && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
    }
    function isSrcSubdir(src, dest) {
      const srcArr = path.resolve(src).split(path.sep).filter((i2) => i2);
      const destArr = path.resolve(dest).split(path.sep).filter((i2) => i2);
      return srcArr.every((cur, i2) => destArr[i2] === cur);
    }
    function errMsg(src, dest, funcName) {
      return `Cannot ${funcName} '${src}' to a subdirectory of itself, '${dest}'.`;
    }
    module2.exports = {
      // checkPaths
      checkPaths: u(checkPaths),
      checkPathsSync,
      // checkParent
      checkParentPaths: u(checkParentPaths),
      checkParentPathsSync,
      // Misc
      isSrcSubdir,
      areIdentical
    };
  }
});

// node_modules/fs-extra/lib/util/async.js
var require_async = __commonJS({
  "node_modules/fs-extra/lib/util/async.js"(exports, module2) {
    "use strict";
    async function asyncIteratorConcurrentProcess(iterator, fn) {
      const promises = [];
      for await (const item of iterator) {
        promises.push(
          fn(item).then(
            () => null,
            (err2) => err2 ?? new Error("unknown error")
          )
        );
      }
      await Promise.all(
        promises.map(
          (promise) => promise.then((possibleErr) => {
            if (possibleErr !== null) throw possibleErr;
          })
        )
      );
    }
    module2.exports = {
      asyncIteratorConcurrentProcess
    };
  }
});

// node_modules/fs-extra/lib/copy/copy.js
var require_copy2 = __commonJS({
  "node_modules/fs-extra/lib/copy/copy.js"(exports, module2) {
    "use strict";
    var fs2 = require_fs();
    var path = __require("path");
    var { mkdirs } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { utimesMillis } = require_utimes();
    var stat = require_stat();
    var { asyncIteratorConcurrentProcess } = require_async();
    async function copy(src, dest, opts = {}) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0001"
        );
      }
      const { srcStat, destStat } = await stat.checkPaths(src, dest, "copy", opts);
      await stat.checkParentPaths(src, srcStat, dest, "copy");
      const include = await runFilter(src, dest, opts);
      if (!include) return;
      const destParent = path.dirname(dest);
      const dirExists = await pathExists(destParent);
      if (!dirExists) {
        await mkdirs(destParent);
      }
      await getStatsAndPerformCopy(destStat, src, dest, opts);
    }
    async function runFilter(src, dest, opts) {
      if (!opts.filter) return true;
      return opts.filter(src, dest);
    }
    async function getStatsAndPerformCopy(destStat, src, dest, opts) {
      const statFn = opts.dereference ? fs2.stat : fs2.lstat;
      const srcStat = await statFn(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    async function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      if (opts.overwrite) {
        await fs2.unlink(dest);
        return copyFile(srcStat, src, dest, opts);
      }
      if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    async function copyFile(srcStat, src, dest, opts) {
      await fs2.copyFile(src, dest);
      if (opts.preserveTimestamps) {
        if (fileIsNotWritable(srcStat.mode)) {
          await makeFileWritable(dest, srcStat.mode);
        }
        const updatedSrcStat = await fs2.stat(src);
        await utimesMillis(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
      }
      return fs2.chmod(dest, srcStat.mode);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return fs2.chmod(dest, srcMode | 128);
    }
    async function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) {
        await fs2.mkdir(dest);
      }
      await asyncIteratorConcurrentProcess(await fs2.opendir(src), async (item) => {
        const srcItem = path.join(src, item.name);
        const destItem = path.join(dest, item.name);
        const include = await runFilter(srcItem, destItem, opts);
        if (include) {
          const { destStat: destStat2 } = await stat.checkPaths(srcItem, destItem, "copy", opts);
          await getStatsAndPerformCopy(destStat2, srcItem, destItem, opts);
        }
      });
      if (!destStat) {
        await fs2.chmod(dest, srcStat.mode);
      }
    }
    async function onLink(destStat, src, dest, opts) {
      let resolvedSrc = await fs2.readlink(src);
      if (opts.dereference) {
        resolvedSrc = path.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs2.symlink(resolvedSrc, dest);
      }
      let resolvedDest = null;
      try {
        resolvedDest = await fs2.readlink(dest);
      } catch (e) {
        if (e.code === "EINVAL" || e.code === "UNKNOWN") return fs2.symlink(resolvedSrc, dest);
        throw e;
      }
      if (opts.dereference) {
        resolvedDest = path.resolve(process.cwd(), resolvedDest);
      }
      if (resolvedSrc !== resolvedDest) {
        if (stat.isSrcSubdir(resolvedSrc, resolvedDest)) {
          throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
        }
        if (stat.isSrcSubdir(resolvedDest, resolvedSrc)) {
          throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
        }
      }
      await fs2.unlink(dest);
      return fs2.symlink(resolvedSrc, dest);
    }
    module2.exports = copy;
  }
});

// node_modules/fs-extra/lib/copy/copy-sync.js
var require_copy_sync = __commonJS({
  "node_modules/fs-extra/lib/copy/copy-sync.js"(exports, module2) {
    "use strict";
    var fs2 = require_graceful_fs();
    var path = __require("path");
    var mkdirsSync = require_mkdirs().mkdirsSync;
    var utimesMillisSync = require_utimes().utimesMillisSync;
    var stat = require_stat();
    function copySync(src, dest, opts) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts = opts || {};
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0002"
        );
      }
      const { srcStat, destStat } = stat.checkPathsSync(src, dest, "copy", opts);
      stat.checkParentPathsSync(src, srcStat, dest, "copy");
      if (opts.filter && !opts.filter(src, dest)) return;
      const destParent = path.dirname(dest);
      if (!fs2.existsSync(destParent)) mkdirsSync(destParent);
      return getStats(destStat, src, dest, opts);
    }
    function getStats(destStat, src, dest, opts) {
      const statSync3 = opts.dereference ? fs2.statSync : fs2.lstatSync;
      const srcStat = statSync3(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      else if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      else if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      else if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      return mayCopyFile(srcStat, src, dest, opts);
    }
    function mayCopyFile(srcStat, src, dest, opts) {
      if (opts.overwrite) {
        fs2.unlinkSync(dest);
        return copyFile(srcStat, src, dest, opts);
      } else if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    function copyFile(srcStat, src, dest, opts) {
      fs2.copyFileSync(src, dest);
      if (opts.preserveTimestamps) handleTimestamps(srcStat.mode, src, dest);
      return setDestMode(dest, srcStat.mode);
    }
    function handleTimestamps(srcMode, src, dest) {
      if (fileIsNotWritable(srcMode)) makeFileWritable(dest, srcMode);
      return setDestTimestamps(src, dest);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return setDestMode(dest, srcMode | 128);
    }
    function setDestMode(dest, srcMode) {
      return fs2.chmodSync(dest, srcMode);
    }
    function setDestTimestamps(src, dest) {
      const updatedSrcStat = fs2.statSync(src);
      return utimesMillisSync(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
    }
    function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) return mkDirAndCopy(srcStat.mode, src, dest, opts);
      return copyDir(src, dest, opts);
    }
    function mkDirAndCopy(srcMode, src, dest, opts) {
      fs2.mkdirSync(dest);
      copyDir(src, dest, opts);
      return setDestMode(dest, srcMode);
    }
    function copyDir(src, dest, opts) {
      const dir = fs2.opendirSync(src);
      try {
        let dirent;
        while ((dirent = dir.readSync()) !== null) {
          copyDirItem(dirent.name, src, dest, opts);
        }
      } finally {
        dir.closeSync();
      }
    }
    function copyDirItem(item, src, dest, opts) {
      const srcItem = path.join(src, item);
      const destItem = path.join(dest, item);
      if (opts.filter && !opts.filter(srcItem, destItem)) return;
      const { destStat } = stat.checkPathsSync(srcItem, destItem, "copy", opts);
      return getStats(destStat, srcItem, destItem, opts);
    }
    function onLink(destStat, src, dest, opts) {
      let resolvedSrc = fs2.readlinkSync(src);
      if (opts.dereference) {
        resolvedSrc = path.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs2.symlinkSync(resolvedSrc, dest);
      } else {
        let resolvedDest;
        try {
          resolvedDest = fs2.readlinkSync(dest);
        } catch (err2) {
          if (err2.code === "EINVAL" || err2.code === "UNKNOWN") return fs2.symlinkSync(resolvedSrc, dest);
          throw err2;
        }
        if (opts.dereference) {
          resolvedDest = path.resolve(process.cwd(), resolvedDest);
        }
        if (resolvedSrc !== resolvedDest) {
          if (stat.isSrcSubdir(resolvedSrc, resolvedDest)) {
            throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
          }
          if (stat.isSrcSubdir(resolvedDest, resolvedSrc)) {
            throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
          }
        }
        return copyLink(resolvedSrc, dest);
      }
    }
    function copyLink(resolvedSrc, dest) {
      fs2.unlinkSync(dest);
      return fs2.symlinkSync(resolvedSrc, dest);
    }
    module2.exports = copySync;
  }
});

// node_modules/fs-extra/lib/copy/index.js
var require_copy3 = __commonJS({
  "node_modules/fs-extra/lib/copy/index.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    module2.exports = {
      copy: u(require_copy2()),
      copySync: require_copy_sync()
    };
  }
});

// node_modules/fs-extra/lib/remove/index.js
var require_remove = __commonJS({
  "node_modules/fs-extra/lib/remove/index.js"(exports, module2) {
    "use strict";
    var fs2 = require_graceful_fs();
    var u = require_universalify().fromCallback;
    function remove(path, callback) {
      fs2.rm(path, { recursive: true, force: true }, callback);
    }
    function removeSync(path) {
      fs2.rmSync(path, { recursive: true, force: true });
    }
    module2.exports = {
      remove: u(remove),
      removeSync
    };
  }
});

// node_modules/fs-extra/lib/empty/index.js
var require_empty = __commonJS({
  "node_modules/fs-extra/lib/empty/index.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs2 = require_fs();
    var path = __require("path");
    var mkdir = require_mkdirs();
    var remove = require_remove();
    var emptyDir = u(async function emptyDir2(dir) {
      let items;
      try {
        items = await fs2.readdir(dir);
      } catch (err2) {
        if (err2.code !== "ENOENT") throw err2;
        return mkdir.mkdirs(dir);
      }
      return Promise.all(items.map((item) => remove.remove(path.join(dir, item))));
    });
    function emptyDirSync(dir) {
      let items;
      try {
        items = fs2.readdirSync(dir);
      } catch (err2) {
        if (err2.code !== "ENOENT") throw err2;
        return mkdir.mkdirsSync(dir);
      }
      items.forEach((item) => {
        item = path.join(dir, item);
        remove.removeSync(item);
      });
    }
    module2.exports = {
      emptyDirSync,
      emptydirSync: emptyDirSync,
      emptyDir,
      emptydir: emptyDir
    };
  }
});

// node_modules/fs-extra/lib/ensure/file.js
var require_file = __commonJS({
  "node_modules/fs-extra/lib/ensure/file.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs2 = require_fs();
    var mkdir = require_mkdirs();
    async function createFile(file) {
      let stats;
      try {
        stats = await fs2.stat(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path.dirname(file);
      let dirStats = null;
      try {
        dirStats = await fs2.stat(dir);
      } catch (err2) {
        if (err2.code === "ENOENT") {
          await mkdir.mkdirs(dir);
          await fs2.writeFile(file, "");
          return;
        } else {
          throw err2;
        }
      }
      if (dirStats.isDirectory()) {
        await fs2.writeFile(file, "");
      } else {
        await fs2.readdir(dir);
      }
    }
    function createFileSync(file) {
      let stats;
      try {
        stats = fs2.statSync(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path.dirname(file);
      try {
        if (!fs2.statSync(dir).isDirectory()) {
          fs2.readdirSync(dir);
        }
      } catch (err2) {
        if (err2 && err2.code === "ENOENT") mkdir.mkdirsSync(dir);
        else throw err2;
      }
      fs2.writeFileSync(file, "");
    }
    module2.exports = {
      createFile: u(createFile),
      createFileSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/link.js
var require_link = __commonJS({
  "node_modules/fs-extra/lib/ensure/link.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs2 = require_fs();
    var mkdir = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createLink(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = await fs2.lstat(dstpath, { bigint: true });
      } catch {
      }
      let srcStat;
      try {
        srcStat = await fs2.lstat(srcpath, { bigint: true });
      } catch (err2) {
        err2.message = err2.message.replace("lstat", "ensureLink");
        throw err2;
      }
      if (dstStat && areIdentical(srcStat, dstStat)) return;
      const dir = path.dirname(dstpath);
      const dirExists = await pathExists(dir);
      if (!dirExists) {
        await mkdir.mkdirs(dir);
      }
      await fs2.link(srcpath, dstpath);
    }
    function createLinkSync(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = fs2.lstatSync(dstpath, { bigint: true });
      } catch {
      }
      try {
        const srcStat = fs2.lstatSync(srcpath, { bigint: true });
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      } catch (err2) {
        err2.message = err2.message.replace("lstat", "ensureLink");
        throw err2;
      }
      const dir = path.dirname(dstpath);
      const dirExists = fs2.existsSync(dir);
      if (dirExists) return fs2.linkSync(srcpath, dstpath);
      mkdir.mkdirsSync(dir);
      return fs2.linkSync(srcpath, dstpath);
    }
    module2.exports = {
      createLink: u(createLink),
      createLinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-paths.js
var require_symlink_paths = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-paths.js"(exports, module2) {
    "use strict";
    var path = __require("path");
    var fs2 = require_fs();
    var { pathExists } = require_path_exists();
    var u = require_universalify().fromPromise;
    async function symlinkPaths(srcpath, dstpath) {
      if (path.isAbsolute(srcpath)) {
        try {
          await fs2.lstat(srcpath);
        } catch (err2) {
          err2.message = err2.message.replace("lstat", "ensureSymlink");
          throw err2;
        }
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path.dirname(dstpath);
      const relativeToDst = path.join(dstdir, srcpath);
      const exists = await pathExists(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      try {
        await fs2.lstat(srcpath);
      } catch (err2) {
        err2.message = err2.message.replace("lstat", "ensureSymlink");
        throw err2;
      }
      return {
        toCwd: srcpath,
        toDst: path.relative(dstdir, srcpath)
      };
    }
    function symlinkPathsSync(srcpath, dstpath) {
      if (path.isAbsolute(srcpath)) {
        const exists2 = fs2.existsSync(srcpath);
        if (!exists2) throw new Error("absolute srcpath does not exist");
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path.dirname(dstpath);
      const relativeToDst = path.join(dstdir, srcpath);
      const exists = fs2.existsSync(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      const srcExists = fs2.existsSync(srcpath);
      if (!srcExists) throw new Error("relative srcpath does not exist");
      return {
        toCwd: srcpath,
        toDst: path.relative(dstdir, srcpath)
      };
    }
    module2.exports = {
      symlinkPaths: u(symlinkPaths),
      symlinkPathsSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-type.js
var require_symlink_type = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-type.js"(exports, module2) {
    "use strict";
    var fs2 = require_fs();
    var u = require_universalify().fromPromise;
    async function symlinkType(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = await fs2.lstat(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    function symlinkTypeSync(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = fs2.lstatSync(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    module2.exports = {
      symlinkType: u(symlinkType),
      symlinkTypeSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink.js
var require_symlink = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs2 = require_fs();
    var { mkdirs, mkdirsSync } = require_mkdirs();
    var { symlinkPaths, symlinkPathsSync } = require_symlink_paths();
    var { symlinkType, symlinkTypeSync } = require_symlink_type();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createSymlink(srcpath, dstpath, type) {
      let stats;
      try {
        stats = await fs2.lstat(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        let srcStat;
        if (path.isAbsolute(srcpath)) {
          srcStat = await fs2.stat(srcpath, { bigint: true });
        } else {
          const dstdir = path.dirname(dstpath);
          const relativeToDst = path.join(dstdir, srcpath);
          try {
            srcStat = await fs2.stat(relativeToDst, { bigint: true });
          } catch {
            srcStat = await fs2.stat(srcpath, { bigint: true });
          }
        }
        let dstStat;
        try {
          dstStat = await fs2.stat(dstpath, { bigint: true });
        } catch (err2) {
          if (err2.code !== "ENOENT") throw err2;
        }
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      }
      const relative4 = await symlinkPaths(srcpath, dstpath);
      srcpath = relative4.toDst;
      const toType = await symlinkType(relative4.toCwd, type);
      const dir = path.dirname(dstpath);
      if (!await pathExists(dir)) {
        await mkdirs(dir);
      }
      return fs2.symlink(srcpath, dstpath, toType);
    }
    function createSymlinkSync(srcpath, dstpath, type) {
      let stats;
      try {
        stats = fs2.lstatSync(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        let srcStat;
        if (path.isAbsolute(srcpath)) {
          srcStat = fs2.statSync(srcpath, { bigint: true });
        } else {
          const dstdir = path.dirname(dstpath);
          const relativeToDst = path.join(dstdir, srcpath);
          try {
            srcStat = fs2.statSync(relativeToDst, { bigint: true });
          } catch {
            srcStat = fs2.statSync(srcpath, { bigint: true });
          }
        }
        let dstStat;
        try {
          dstStat = fs2.statSync(dstpath, { bigint: true });
        } catch (err2) {
          if (err2.code !== "ENOENT") throw err2;
        }
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      }
      const relative4 = symlinkPathsSync(srcpath, dstpath);
      srcpath = relative4.toDst;
      type = symlinkTypeSync(relative4.toCwd, type);
      const dir = path.dirname(dstpath);
      const exists = fs2.existsSync(dir);
      if (exists) return fs2.symlinkSync(srcpath, dstpath, type);
      mkdirsSync(dir);
      return fs2.symlinkSync(srcpath, dstpath, type);
    }
    module2.exports = {
      createSymlink: u(createSymlink),
      createSymlinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/index.js
var require_ensure = __commonJS({
  "node_modules/fs-extra/lib/ensure/index.js"(exports, module2) {
    "use strict";
    var { createFile, createFileSync } = require_file();
    var { createLink, createLinkSync } = require_link();
    var { createSymlink, createSymlinkSync } = require_symlink();
    module2.exports = {
      // file
      createFile,
      createFileSync,
      ensureFile: createFile,
      ensureFileSync: createFileSync,
      // link
      createLink,
      createLinkSync,
      ensureLink: createLink,
      ensureLinkSync: createLinkSync,
      // symlink
      createSymlink,
      createSymlinkSync,
      ensureSymlink: createSymlink,
      ensureSymlinkSync: createSymlinkSync
    };
  }
});

// node_modules/jsonfile/utils.js
var require_utils2 = __commonJS({
  "node_modules/jsonfile/utils.js"(exports, module2) {
    function stringify(obj, { EOL: EOL2 = "\n", finalEOL = true, replacer = null, spaces } = {}) {
      const EOF = finalEOL ? EOL2 : "";
      const str2 = JSON.stringify(obj, replacer, spaces);
      if (str2 === void 0) {
        throw new TypeError(`Converting ${typeof obj} value to JSON is not supported`);
      }
      return str2.replace(/\n/g, EOL2) + EOF;
    }
    function stripBom(content) {
      if (Buffer.isBuffer(content)) content = content.toString("utf8");
      return content.replace(/^\uFEFF/, "");
    }
    module2.exports = { stringify, stripBom };
  }
});

// node_modules/jsonfile/index.js
var require_jsonfile = __commonJS({
  "node_modules/jsonfile/index.js"(exports, module2) {
    var _fs;
    try {
      _fs = require_graceful_fs();
    } catch (_) {
      _fs = __require("fs");
    }
    var universalify = require_universalify();
    var { stringify, stripBom } = require_utils2();
    async function _readFile(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs2 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      let data = await universalify.fromCallback(fs2.readFile)(file, options);
      data = stripBom(data);
      let obj;
      try {
        obj = JSON.parse(data, options ? options.reviver : null);
      } catch (err2) {
        if (shouldThrow) {
          err2.message = `${file}: ${err2.message}`;
          throw err2;
        } else {
          return null;
        }
      }
      return obj;
    }
    var readFile = universalify.fromPromise(_readFile);
    function readFileSync5(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs2 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      try {
        let content = fs2.readFileSync(file, options);
        content = stripBom(content);
        return JSON.parse(content, options.reviver);
      } catch (err2) {
        if (shouldThrow) {
          err2.message = `${file}: ${err2.message}`;
          throw err2;
        } else {
          return null;
        }
      }
    }
    async function _writeFile(file, obj, options = {}) {
      const fs2 = options.fs || _fs;
      const str2 = stringify(obj, options);
      await universalify.fromCallback(fs2.writeFile)(file, str2, options);
    }
    var writeFile = universalify.fromPromise(_writeFile);
    function writeFileSync(file, obj, options = {}) {
      const fs2 = options.fs || _fs;
      const str2 = stringify(obj, options);
      return fs2.writeFileSync(file, str2, options);
    }
    module2.exports = {
      readFile,
      readFileSync: readFileSync5,
      writeFile,
      writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/jsonfile.js
var require_jsonfile2 = __commonJS({
  "node_modules/fs-extra/lib/json/jsonfile.js"(exports, module2) {
    "use strict";
    var jsonFile = require_jsonfile();
    module2.exports = {
      // jsonfile exports
      readJson: jsonFile.readFile,
      readJsonSync: jsonFile.readFileSync,
      writeJson: jsonFile.writeFile,
      writeJsonSync: jsonFile.writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/output-file/index.js
var require_output_file = __commonJS({
  "node_modules/fs-extra/lib/output-file/index.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs2 = require_fs();
    var path = __require("path");
    var mkdir = require_mkdirs();
    var pathExists = require_path_exists().pathExists;
    async function outputFile(file, data, encoding = "utf-8") {
      const dir = path.dirname(file);
      if (!await pathExists(dir)) {
        await mkdir.mkdirs(dir);
      }
      return fs2.writeFile(file, data, encoding);
    }
    function outputFileSync(file, ...args2) {
      const dir = path.dirname(file);
      if (!fs2.existsSync(dir)) {
        mkdir.mkdirsSync(dir);
      }
      fs2.writeFileSync(file, ...args2);
    }
    module2.exports = {
      outputFile: u(outputFile),
      outputFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/output-json.js
var require_output_json = __commonJS({
  "node_modules/fs-extra/lib/json/output-json.js"(exports, module2) {
    "use strict";
    var { stringify } = require_utils2();
    var { outputFile } = require_output_file();
    async function outputJson(file, data, options = {}) {
      const str2 = stringify(data, options);
      await outputFile(file, str2, options);
    }
    module2.exports = outputJson;
  }
});

// node_modules/fs-extra/lib/json/output-json-sync.js
var require_output_json_sync = __commonJS({
  "node_modules/fs-extra/lib/json/output-json-sync.js"(exports, module2) {
    "use strict";
    var { stringify } = require_utils2();
    var { outputFileSync } = require_output_file();
    function outputJsonSync(file, data, options) {
      const str2 = stringify(data, options);
      outputFileSync(file, str2, options);
    }
    module2.exports = outputJsonSync;
  }
});

// node_modules/fs-extra/lib/json/index.js
var require_json = __commonJS({
  "node_modules/fs-extra/lib/json/index.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    var jsonFile = require_jsonfile2();
    jsonFile.outputJson = u(require_output_json());
    jsonFile.outputJsonSync = require_output_json_sync();
    jsonFile.outputJSON = jsonFile.outputJson;
    jsonFile.outputJSONSync = jsonFile.outputJsonSync;
    jsonFile.writeJSON = jsonFile.writeJson;
    jsonFile.writeJSONSync = jsonFile.writeJsonSync;
    jsonFile.readJSON = jsonFile.readJson;
    jsonFile.readJSONSync = jsonFile.readJsonSync;
    module2.exports = jsonFile;
  }
});

// node_modules/fs-extra/lib/move/move.js
var require_move = __commonJS({
  "node_modules/fs-extra/lib/move/move.js"(exports, module2) {
    "use strict";
    var fs2 = require_fs();
    var path = __require("path");
    var { copy } = require_copy3();
    var { remove } = require_remove();
    var { mkdirp } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var stat = require_stat();
    async function move(src, dest, opts = {}) {
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = await stat.checkPaths(src, dest, "move", opts);
      await stat.checkParentPaths(src, srcStat, dest, "move");
      const destParent = path.dirname(dest);
      const parsedParentPath = path.parse(destParent);
      if (parsedParentPath.root !== destParent) {
        await mkdirp(destParent);
      }
      return doRename(src, dest, overwrite, isChangingCase);
    }
    async function doRename(src, dest, overwrite, isChangingCase) {
      if (!isChangingCase) {
        if (overwrite) {
          await remove(dest);
        } else if (await pathExists(dest)) {
          throw new Error("dest already exists.");
        }
      }
      try {
        await fs2.rename(src, dest);
      } catch (err2) {
        if (err2.code !== "EXDEV") {
          throw err2;
        }
        await moveAcrossDevice(src, dest, overwrite);
      }
    }
    async function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      await copy(src, dest, opts);
      return remove(src);
    }
    module2.exports = move;
  }
});

// node_modules/fs-extra/lib/move/move-sync.js
var require_move_sync = __commonJS({
  "node_modules/fs-extra/lib/move/move-sync.js"(exports, module2) {
    "use strict";
    var fs2 = require_graceful_fs();
    var path = __require("path");
    var copySync = require_copy3().copySync;
    var removeSync = require_remove().removeSync;
    var mkdirpSync = require_mkdirs().mkdirpSync;
    var stat = require_stat();
    function moveSync(src, dest, opts) {
      opts = opts || {};
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = stat.checkPathsSync(src, dest, "move", opts);
      stat.checkParentPathsSync(src, srcStat, dest, "move");
      if (!isParentRoot(dest)) mkdirpSync(path.dirname(dest));
      return doRename(src, dest, overwrite, isChangingCase);
    }
    function isParentRoot(dest) {
      const parent = path.dirname(dest);
      const parsedPath = path.parse(parent);
      return parsedPath.root === parent;
    }
    function doRename(src, dest, overwrite, isChangingCase) {
      if (isChangingCase) return rename(src, dest, overwrite);
      if (overwrite) {
        removeSync(dest);
        return rename(src, dest, overwrite);
      }
      if (fs2.existsSync(dest)) throw new Error("dest already exists.");
      return rename(src, dest, overwrite);
    }
    function rename(src, dest, overwrite) {
      try {
        fs2.renameSync(src, dest);
      } catch (err2) {
        if (err2.code !== "EXDEV") throw err2;
        return moveAcrossDevice(src, dest, overwrite);
      }
    }
    function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      copySync(src, dest, opts);
      return removeSync(src);
    }
    module2.exports = moveSync;
  }
});

// node_modules/fs-extra/lib/move/index.js
var require_move2 = __commonJS({
  "node_modules/fs-extra/lib/move/index.js"(exports, module2) {
    "use strict";
    var u = require_universalify().fromPromise;
    module2.exports = {
      move: u(require_move()),
      moveSync: require_move_sync()
    };
  }
});

// node_modules/fs-extra/lib/index.js
var require_lib = __commonJS({
  "node_modules/fs-extra/lib/index.js"(exports, module2) {
    "use strict";
    module2.exports = {
      // Export promiseified graceful-fs:
      ...require_fs(),
      // Export extra methods:
      ...require_copy3(),
      ...require_empty(),
      ...require_ensure(),
      ...require_json(),
      ...require_mkdirs(),
      ...require_move2(),
      ...require_output_file(),
      ...require_path_exists(),
      ...require_remove()
    };
  }
});

// node_modules/node-sarif-builder/dist/lib/languages.js
var require_languages = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/languages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EXTENSIONS_LANGUAGES = void 0;
    exports.EXTENSIONS_LANGUAGES = {
      1: "Groff",
      2: "Groff",
      3: "Groff",
      4: "Groff",
      5: "Groff",
      6: "Groff",
      7: "Groff",
      8: "Groff",
      9: "Groff",
      abap: "ABAP",
      asc: "Public Key",
      ash: "AGS Script",
      ampl: "AMPL",
      mod: "XML",
      g4: "ANTLR",
      apib: "API Blueprint",
      apl: "APL",
      dyalog: "APL",
      asp: "ASP",
      asax: "ASP",
      ascx: "ASP",
      ashx: "ASP",
      asmx: "ASP",
      aspx: "ASP",
      axd: "ASP",
      dats: "ATS",
      hats: "ATS",
      sats: "ATS",
      as: "ActionScript",
      adb: "Ada",
      ada: "Ada",
      ads: "Ada",
      agda: "Agda",
      als: "Alloy",
      apacheconf: "ApacheConf",
      vhost: "Nginx",
      cls: "Visual Basic",
      applescript: "AppleScript",
      scpt: "AppleScript",
      arc: "Arc",
      ino: "Arduino",
      asciidoc: "AsciiDoc",
      adoc: "AsciiDoc",
      aj: "AspectJ",
      asm: "Assembly",
      a51: "Assembly",
      inc: "SourcePawn",
      nasm: "Assembly",
      aug: "Augeas",
      ahk: "AutoHotkey",
      ahkl: "AutoHotkey",
      au3: "AutoIt",
      awk: "Awk",
      auk: "Awk",
      gawk: "Awk",
      mawk: "Awk",
      nawk: "Awk",
      bat: "Batchfile",
      cmd: "Batchfile",
      befunge: "Befunge",
      bison: "Bison",
      bb: "BlitzBasic",
      decls: "BlitzBasic",
      bmx: "BlitzMax",
      bsv: "Bluespec",
      boo: "Boo",
      b: "Limbo",
      bf: "HyPhy",
      brs: "Brightscript",
      bro: "Bro",
      c: "C",
      cats: "C",
      h: "Objective-C",
      idc: "C",
      w: "C",
      cs: "Smalltalk",
      cake: "CoffeeScript",
      cshtml: "C#",
      csx: "C#",
      cpp: "C++",
      "c++": "C++",
      cc: "C++",
      cp: "Component Pascal",
      cxx: "C++",
      "h++": "C++",
      hh: "Hack",
      hpp: "C++",
      hxx: "C++",
      inl: "C++",
      ipp: "C++",
      tcc: "C++",
      tpp: "C++",
      "c-objdump": "C-ObjDump",
      chs: "C2hs Haskell",
      clp: "CLIPS",
      cmake: "CMake",
      "cmake.in": "CMake",
      cob: "COBOL",
      cbl: "COBOL",
      ccp: "COBOL",
      cobol: "COBOL",
      cpy: "COBOL",
      css: "CSS",
      csv: "CSV",
      capnp: "Cap'n Proto",
      mss: "CartoCSS",
      ceylon: "Ceylon",
      chpl: "Chapel",
      ch: "xBase",
      ck: "ChucK",
      cirru: "Cirru",
      clw: "Clarion",
      icl: "Clean",
      dcl: "Clean",
      click: "Click",
      clj: "Clojure",
      boot: "Clojure",
      cl2: "Clojure",
      cljc: "Clojure",
      cljs: "Clojure",
      "cljs.hl": "Clojure",
      cljscm: "Clojure",
      cljx: "Clojure",
      hic: "Clojure",
      coffee: "CoffeeScript",
      _coffee: "CoffeeScript",
      cjsx: "CoffeeScript",
      cson: "CoffeeScript",
      iced: "CoffeeScript",
      cfm: "ColdFusion",
      cfml: "ColdFusion",
      cfc: "ColdFusion CFC",
      lisp: "NewLisp",
      asd: "Common Lisp",
      cl: "OpenCL",
      l: "PicoLisp",
      lsp: "NewLisp",
      ny: "Common Lisp",
      podsl: "Common Lisp",
      sexp: "Common Lisp",
      cps: "Component Pascal",
      coq: "Coq",
      v: "Verilog",
      cppobjdump: "Cpp-ObjDump",
      "c++-objdump": "Cpp-ObjDump",
      "c++objdump": "Cpp-ObjDump",
      "cpp-objdump": "Cpp-ObjDump",
      "cxx-objdump": "Cpp-ObjDump",
      creole: "Creole",
      cr: "Crystal",
      feature: "Cucumber",
      cu: "Cuda",
      cuh: "Cuda",
      cy: "Cycript",
      pyx: "Cython",
      pxd: "Cython",
      pxi: "Cython",
      d: "Makefile",
      di: "D",
      "d-objdump": "D-ObjDump",
      com: "DIGITAL Command Language",
      dm: "DM",
      zone: "DNS Zone",
      arpa: "DNS Zone",
      darcspatch: "Darcs Patch",
      dpatch: "Darcs Patch",
      dart: "Dart",
      diff: "Diff",
      patch: "Diff",
      dockerfile: "Dockerfile",
      djs: "Dogescript",
      dylan: "Dylan",
      dyl: "Dylan",
      intr: "Dylan",
      lid: "Dylan",
      E: "E",
      ecl: "ECLiPSe",
      eclxml: "ECL",
      sch: "KiCad",
      brd: "KiCad",
      epj: "Ecere Projects",
      e: "Eiffel",
      ex: "Elixir",
      exs: "Elixir",
      elm: "Elm",
      el: "Emacs Lisp",
      emacs: "Emacs Lisp",
      "emacs.desktop": "Emacs Lisp",
      em: "EmberScript",
      emberscript: "EmberScript",
      erl: "Erlang",
      es: "JavaScript",
      escript: "Erlang",
      hrl: "Erlang",
      xrl: "Erlang",
      yrl: "Erlang",
      fs: "GLSL",
      fsi: "F#",
      fsx: "F#",
      fx: "HLSL",
      flux: "FLUX",
      f90: "FORTRAN",
      f: "Forth",
      f03: "FORTRAN",
      f08: "FORTRAN",
      f77: "FORTRAN",
      f95: "FORTRAN",
      for: "Forth",
      fpp: "FORTRAN",
      factor: "Factor",
      fy: "Fancy",
      fancypack: "Fancy",
      fan: "Fantom",
      "eam.fs": "Formatted",
      fth: "Forth",
      "4th": "Forth",
      forth: "Forth",
      fr: "Text",
      frt: "Forth",
      ftl: "FreeMarker",
      g: "GAP",
      gco: "G-code",
      gcode: "G-code",
      gms: "GAMS",
      gap: "GAP",
      gd: "GDScript",
      gi: "GAP",
      tst: "Scilab",
      s: "GAS",
      ms: "MAXScript",
      glsl: "GLSL",
      fp: "GLSL",
      frag: "JavaScript",
      frg: "GLSL",
      fsh: "GLSL",
      fshader: "GLSL",
      geo: "GLSL",
      geom: "GLSL",
      glslv: "GLSL",
      gshader: "GLSL",
      shader: "GLSL",
      vert: "GLSL",
      vrx: "GLSL",
      vsh: "GLSL",
      vshader: "GLSL",
      gml: "XML",
      kid: "Genshi",
      ebuild: "Gentoo Ebuild",
      eclass: "Gentoo Eclass",
      po: "Gettext Catalog",
      pot: "Gettext Catalog",
      glf: "Glyph",
      gp: "Gnuplot",
      gnu: "Gnuplot",
      gnuplot: "Gnuplot",
      plot: "Gnuplot",
      plt: "Gnuplot",
      go: "Go",
      golo: "Golo",
      gs: "JavaScript",
      gst: "Gosu",
      gsx: "Gosu",
      vark: "Gosu",
      grace: "Grace",
      gradle: "Gradle",
      gf: "Grammatical Framework",
      graphql: "GraphQL",
      dot: "Graphviz (DOT)",
      gv: "Graphviz (DOT)",
      man: "Groff",
      "1in": "Groff",
      "1m": "Groff",
      "1x": "Groff",
      "3in": "Groff",
      "3m": "Groff",
      "3qt": "Groff",
      "3x": "Groff",
      me: "Groff",
      n: "Nemerle",
      rno: "Groff",
      roff: "Groff",
      groovy: "Groovy",
      grt: "Groovy",
      gtpl: "Groovy",
      gvy: "Groovy",
      gsp: "Groovy Server Pages",
      hcl: "HCL",
      tf: "HCL",
      hlsl: "HLSL",
      fxh: "HLSL",
      hlsli: "HLSL",
      html: "HTML",
      htm: "HTML",
      "html.hl": "HTML",
      st: "Smalltalk",
      xht: "HTML",
      xhtml: "HTML",
      mustache: "HTML+Django",
      jinja: "HTML+Django",
      eex: "HTML+EEX",
      erb: "HTML+ERB",
      "erb.deface": "HTML+ERB",
      phtml: "HTML+PHP",
      http: "HTTP",
      php: "PHP",
      haml: "Haml",
      "haml.deface": "Haml",
      handlebars: "Handlebars",
      hbs: "Handlebars",
      hb: "Harbour",
      hs: "Haskell",
      hsc: "Haskell",
      hx: "Haxe",
      hxsl: "Haxe",
      hy: "Hy",
      pro: "QMake",
      dlm: "IDL",
      ipf: "IGOR Pro",
      ini: "INI",
      cfg: "INI",
      prefs: "INI",
      properties: "INI",
      irclog: "IRC log",
      weechatlog: "IRC log",
      idr: "Idris",
      lidr: "Idris",
      ni: "Inform 7",
      i7x: "Inform 7",
      iss: "Inno Setup",
      io: "Io",
      ik: "Ioke",
      thy: "Isabelle",
      ijs: "J",
      flex: "JFlex",
      jflex: "JFlex",
      json: "JSON",
      geojson: "JSON",
      lock: "JSON",
      topojson: "JSON",
      json5: "JSON5",
      jsonld: "JSONLD",
      jq: "JSONiq",
      jsx: "JSX",
      jade: "Jade",
      j: "Objective-J",
      java: "Java",
      jsp: "Java Server Pages",
      js: "JavaScript",
      _js: "JavaScript",
      bones: "JavaScript",
      es6: "JavaScript",
      jake: "JavaScript",
      jsb: "JavaScript",
      jscad: "JavaScript",
      jsfl: "JavaScript",
      jsm: "JavaScript",
      jss: "JavaScript",
      njs: "JavaScript",
      pac: "JavaScript",
      sjs: "JavaScript",
      ssjs: "JavaScript",
      "sublime-build": "JavaScript",
      "sublime-commands": "JavaScript",
      "sublime-completions": "JavaScript",
      "sublime-keymap": "JavaScript",
      "sublime-macro": "JavaScript",
      "sublime-menu": "JavaScript",
      "sublime-mousemap": "JavaScript",
      "sublime-project": "JavaScript",
      "sublime-settings": "JavaScript",
      "sublime-theme": "JavaScript",
      "sublime-workspace": "JavaScript",
      sublime_metrics: "JavaScript",
      sublime_session: "JavaScript",
      xsjs: "JavaScript",
      xsjslib: "JavaScript",
      jl: "Julia",
      ipynb: "Jupyter Notebook",
      krl: "KRL",
      kicad_pcb: "KiCad",
      kit: "Kit",
      kt: "Kotlin",
      ktm: "Kotlin",
      kts: "Kotlin",
      lfe: "LFE",
      ll: "LLVM",
      lol: "LOLCODE",
      lsl: "LSL",
      lslp: "LSL",
      lvproj: "LabVIEW",
      lasso: "Lasso",
      las: "Lasso",
      lasso8: "Lasso",
      lasso9: "Lasso",
      ldml: "Lasso",
      latte: "Latte",
      lean: "Lean",
      hlean: "Lean",
      less: "Less",
      lex: "Lex",
      ly: "LilyPond",
      ily: "LilyPond",
      m: "Objective-C",
      ld: "Linker Script",
      lds: "Linker Script",
      liquid: "Liquid",
      lagda: "Literate Agda",
      litcoffee: "Literate CoffeeScript",
      lhs: "Literate Haskell",
      ls: "LoomScript",
      _ls: "LiveScript",
      xm: "Logos",
      x: "Logos",
      xi: "Logos",
      lgt: "Logtalk",
      logtalk: "Logtalk",
      lookml: "LookML",
      lua: "Lua",
      fcgi: "Shell",
      nse: "Lua",
      pd_lua: "Lua",
      rbxs: "Lua",
      wlua: "Lua",
      mumps: "M",
      m4: "M4Sugar",
      mcr: "MAXScript",
      mtml: "MTML",
      muf: "MUF",
      mak: "Makefile",
      mk: "Makefile",
      mkfile: "Makefile",
      mako: "Mako",
      mao: "Mako",
      md: "Markdown",
      markdown: "Markdown",
      mkd: "Markdown",
      mkdn: "Markdown",
      mkdown: "Markdown",
      ron: "Markdown",
      mask: "Mask",
      mathematica: "Mathematica",
      cdf: "Mathematica",
      ma: "Mathematica",
      mt: "Mathematica",
      nb: "Text",
      nbp: "Mathematica",
      wl: "Mathematica",
      wlt: "Mathematica",
      matlab: "Matlab",
      maxpat: "Max",
      maxhelp: "Max",
      maxproj: "Max",
      mxt: "Max",
      pat: "Max",
      mediawiki: "MediaWiki",
      wiki: "MediaWiki",
      moo: "Moocode",
      metal: "Metal",
      minid: "MiniD",
      druby: "Mirah",
      duby: "Mirah",
      mir: "Mirah",
      mirah: "Mirah",
      mo: "Modelica",
      mms: "Module Management System",
      mmk: "Module Management System",
      monkey: "Monkey",
      moon: "MoonScript",
      myt: "Myghty",
      ncl: "Text",
      nl: "NewLisp",
      nsi: "NSIS",
      nsh: "NSIS",
      axs: "NetLinx",
      axi: "NetLinx",
      "axs.erb": "NetLinx+ERB",
      "axi.erb": "NetLinx+ERB",
      nlogo: "NetLogo",
      nginxconf: "Nginx",
      nim: "Nimrod",
      nimrod: "Nimrod",
      ninja: "Ninja",
      nit: "Nit",
      nix: "Nix",
      nu: "Nu",
      numpy: "NumPy",
      numpyw: "NumPy",
      numsc: "NumPy",
      ml: "OCaml",
      eliom: "OCaml",
      eliomi: "OCaml",
      ml4: "OCaml",
      mli: "OCaml",
      mll: "OCaml",
      mly: "OCaml",
      objdump: "ObjDump",
      mm: "XML",
      sj: "Objective-J",
      omgrofl: "Omgrofl",
      opa: "Opa",
      opal: "Opal",
      opencl: "OpenCL",
      p: "OpenEdge ABL",
      scad: "OpenSCAD",
      org: "Org",
      ox: "Ox",
      oxh: "Ox",
      oxo: "Ox",
      oxygene: "Oxygene",
      oz: "Oz",
      pwn: "PAWN",
      aw: "PHP",
      ctp: "PHP",
      php3: "PHP",
      php4: "PHP",
      php5: "PHP",
      phps: "PHP",
      phpt: "PHP",
      pls: "PLSQL",
      pck: "PLSQL",
      pkb: "PLSQL",
      pks: "PLSQL",
      plb: "PLSQL",
      plsql: "PLSQL",
      sql: "SQLPL",
      pov: "POV-Ray SDL",
      pan: "Pan",
      psc: "Papyrus",
      parrot: "Parrot",
      pasm: "Parrot Assembly",
      pir: "Parrot Internal Representation",
      pas: "Pascal",
      dfm: "Pascal",
      dpr: "Pascal",
      lpr: "Pascal",
      pp: "Puppet",
      pl: "Prolog",
      al: "Perl",
      cgi: "Shell",
      perl: "Perl",
      ph: "Perl",
      plx: "Perl",
      pm: "Perl6",
      pod: "Pod",
      psgi: "Perl",
      t: "Turing",
      "6pl": "Perl6",
      "6pm": "Perl6",
      nqp: "Perl6",
      p6: "Perl6",
      p6l: "Perl6",
      p6m: "Perl6",
      pl6: "Perl6",
      pm6: "Perl6",
      pkl: "Pickle",
      pig: "PigLatin",
      pike: "Pike",
      pmod: "Pike",
      pogo: "PogoScript",
      pony: "Pony",
      ps: "PostScript",
      eps: "PostScript",
      ps1: "PowerShell",
      psd1: "PowerShell",
      psm1: "PowerShell",
      pde: "Processing",
      prolog: "Prolog",
      yap: "Prolog",
      spin: "Propeller Spin",
      proto: "Protocol Buffer",
      pub: "Public Key",
      pd: "Pure Data",
      pb: "PureBasic",
      pbi: "PureBasic",
      purs: "PureScript",
      py: "Python",
      bzl: "Python",
      gyp: "Python",
      lmi: "Python",
      pyde: "Python",
      pyp: "Python",
      pyt: "Python",
      pyw: "Python",
      rpy: "Ren'Py",
      tac: "Python",
      wsgi: "Python",
      xpy: "Python",
      pytb: "Python traceback",
      qml: "QML",
      qbs: "QML",
      pri: "QMake",
      r: "Rebol",
      rd: "R",
      rsx: "R",
      raml: "RAML",
      rdoc: "RDoc",
      rbbas: "REALbasic",
      rbfrm: "REALbasic",
      rbmnu: "REALbasic",
      rbres: "REALbasic",
      rbtbar: "REALbasic",
      rbuistate: "REALbasic",
      rhtml: "RHTML",
      rmd: "RMarkdown",
      rkt: "Racket",
      rktd: "Racket",
      rktl: "Racket",
      scrbl: "Racket",
      rl: "Ragel in Ruby Host",
      raw: "Raw token data",
      reb: "Rebol",
      r2: "Rebol",
      r3: "Rebol",
      rebol: "Rebol",
      red: "Red",
      reds: "Red",
      cw: "Redcode",
      rs: "Rust",
      rsh: "RenderScript",
      robot: "RobotFramework",
      rg: "Rouge",
      rb: "Ruby",
      builder: "Ruby",
      gemspec: "Ruby",
      god: "Ruby",
      irbrc: "Ruby",
      jbuilder: "Ruby",
      mspec: "Ruby",
      pluginspec: "XML",
      podspec: "Ruby",
      rabl: "Ruby",
      rake: "Ruby",
      rbuild: "Ruby",
      rbw: "Ruby",
      rbx: "Ruby",
      ru: "Ruby",
      ruby: "Ruby",
      thor: "Ruby",
      watchr: "Ruby",
      "rs.in": "Rust",
      sas: "SAS",
      scss: "SCSS",
      smt2: "SMT",
      smt: "SMT",
      sparql: "SPARQL",
      rq: "SPARQL",
      sqf: "SQF",
      hqf: "SQF",
      cql: "SQL",
      ddl: "SQL",
      prc: "SQL",
      tab: "SQL",
      udf: "SQL",
      viw: "SQL",
      db2: "SQLPL",
      ston: "STON",
      svg: "SVG",
      sage: "Sage",
      sagews: "Sage",
      sls: "Scheme",
      sass: "Sass",
      scala: "Scala",
      sbt: "Scala",
      sc: "SuperCollider",
      scaml: "Scaml",
      scm: "Scheme",
      sld: "Scheme",
      sps: "Scheme",
      ss: "Scheme",
      sci: "Scilab",
      sce: "Scilab",
      self: "Self",
      sh: "Shell",
      bash: "Shell",
      bats: "Shell",
      command: "Shell",
      ksh: "Shell",
      "sh.in": "Shell",
      tmux: "Shell",
      tool: "Shell",
      zsh: "Shell",
      "sh-session": "ShellSession",
      shen: "Shen",
      sl: "Slash",
      slim: "Slim",
      smali: "Smali",
      tpl: "Smarty",
      sp: "SourcePawn",
      sma: "SourcePawn",
      nut: "Squirrel",
      stan: "Stan",
      ML: "Standard ML",
      fun: "Standard ML",
      sig: "Standard ML",
      sml: "Standard ML",
      do: "Stata",
      ado: "Stata",
      doh: "Stata",
      ihlp: "Stata",
      mata: "Stata",
      matah: "Stata",
      sthlp: "Stata",
      styl: "Stylus",
      scd: "SuperCollider",
      swift: "Swift",
      sv: "SystemVerilog",
      svh: "SystemVerilog",
      vh: "SystemVerilog",
      toml: "TOML",
      txl: "TXL",
      tcl: "Tcl",
      adp: "Tcl",
      tm: "Tcl",
      tcsh: "Tcsh",
      csh: "Tcsh",
      tex: "TeX",
      aux: "TeX",
      bbx: "TeX",
      bib: "TeX",
      cbx: "TeX",
      dtx: "TeX",
      ins: "TeX",
      lbx: "TeX",
      ltx: "TeX",
      mkii: "TeX",
      mkiv: "TeX",
      mkvi: "TeX",
      sty: "TeX",
      toc: "TeX",
      tea: "Tea",
      txt: "Text",
      no: "Text",
      textile: "Textile",
      thrift: "Thrift",
      tu: "Turing",
      ttl: "Turtle",
      twig: "Twig",
      ts: "TypeScript",
      tsx: "TypeScript",
      // tsx: JSX variant of TypeScript
      upc: "Unified Parallel C",
      anim: "Unity3D Asset",
      asset: "Unity3D Asset",
      mat: "Unity3D Asset",
      meta: "Unity3D Asset",
      prefab: "Unity3D Asset",
      unity: "Unity3D Asset",
      uno: "Uno",
      uc: "UnrealScript",
      ur: "UrWeb",
      urs: "UrWeb",
      vcl: "VCL",
      vhdl: "VHDL",
      vhd: "VHDL",
      vhf: "VHDL",
      vhi: "VHDL",
      vho: "VHDL",
      vhs: "VHDL",
      vht: "VHDL",
      vhw: "VHDL",
      vala: "Vala",
      vapi: "Vala",
      veo: "Verilog",
      vim: "VimL",
      vb: "Visual Basic",
      bas: "Visual Basic",
      frm: "Visual Basic",
      frx: "Visual Basic",
      vba: "Visual Basic",
      vbhtml: "Visual Basic",
      vbs: "Visual Basic",
      volt: "Volt",
      vue: "Vue",
      owl: "Web Ontology Language",
      webidl: "WebIDL",
      x10: "X10",
      xc: "XC",
      xml: "XML",
      ant: "XML",
      axml: "XML",
      ccxml: "XML",
      clixml: "XML",
      cproject: "XML",
      csl: "XML",
      csproj: "XML",
      ct: "XML",
      dita: "XML",
      ditamap: "XML",
      ditaval: "XML",
      "dll.config": "XML",
      dotsettings: "XML",
      filters: "XML",
      fsproj: "XML",
      fxml: "XML",
      glade: "XML",
      grxml: "XML",
      iml: "XML",
      ivy: "XML",
      jelly: "XML",
      jsproj: "XML",
      kml: "XML",
      launch: "XML",
      mdpolicy: "XML",
      mxml: "XML",
      nproj: "XML",
      nuspec: "XML",
      odd: "XML",
      osm: "XML",
      plist: "XML",
      props: "XML",
      ps1xml: "XML",
      psc1: "XML",
      pt: "XML",
      rdf: "XML",
      rss: "XML",
      scxml: "XML",
      srdf: "XML",
      storyboard: "XML",
      stTheme: "XML",
      "sublime-snippet": "XML",
      targets: "XML",
      tmCommand: "XML",
      tml: "XML",
      tmLanguage: "XML",
      tmPreferences: "XML",
      tmSnippet: "XML",
      tmTheme: "XML",
      ui: "XML",
      urdf: "XML",
      ux: "XML",
      vbproj: "XML",
      vcxproj: "XML",
      vssettings: "XML",
      vxml: "XML",
      wsdl: "XML",
      wsf: "XML",
      wxi: "XML",
      wxl: "XML",
      wxs: "XML",
      x3d: "XML",
      xacro: "XML",
      xaml: "XML",
      xib: "XML",
      xlf: "XML",
      xliff: "XML",
      xmi: "XML",
      "xml.dist": "XML",
      xproj: "XML",
      xsd: "XML",
      xul: "XML",
      zcml: "XML",
      "xsp-config": "XPages",
      "xsp.metadata": "XPages",
      xpl: "XProc",
      xproc: "XProc",
      xquery: "XQuery",
      xq: "XQuery",
      xql: "XQuery",
      xqm: "XQuery",
      xqy: "XQuery",
      xs: "XS",
      xslt: "XSLT",
      xsl: "XSLT",
      xojo_code: "Xojo",
      xojo_menu: "Xojo",
      xojo_report: "Xojo",
      xojo_script: "Xojo",
      xojo_toolbar: "Xojo",
      xojo_window: "Xojo",
      xtend: "Xtend",
      yml: "YAML",
      reek: "YAML",
      rviz: "YAML",
      "sublime-syntax": "YAML",
      syntax: "YAML",
      yaml: "YAML",
      "yaml-tmlanguage": "YAML",
      yang: "YANG",
      y: "Yacc",
      yacc: "Yacc",
      yy: "Yacc",
      zep: "Zephir",
      zimpl: "Zimpl",
      zmpl: "Zimpl",
      zpl: "Zimpl",
      desktop: "desktop",
      "desktop.in": "desktop",
      ec: "eC",
      eh: "eC",
      edn: "edn",
      fish: "fish",
      mu: "mupad",
      nc: "nesC",
      ooc: "ooc",
      rst: "reStructuredText",
      rest: "reStructuredText",
      "rest.txt": "reStructuredText",
      "rst.txt": "reStructuredText",
      wisp: "wisp",
      prg: "xBase",
      prw: "xBase"
    };
  }
});

// node_modules/node-sarif-builder/dist/lib/utils.js
var require_utils3 = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.setOptionValues = setOptionValues;
    function setOptionValues(options, object) {
      for (const key of Object.keys(options)) {
        if (options[key] !== void 0) {
          object[key] = options[key];
        }
      }
      return object;
    }
  }
});

// node_modules/node-sarif-builder/dist/lib/sarif-builder.js
var require_sarif_builder = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/sarif-builder.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i2 = 0; i2 < k.length; i2++) if (k[i2] !== "default") __createBinding(result, mod, k[i2]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifBuilder = void 0;
    var fs2 = __importStar(require_lib());
    var languages_1 = require_languages();
    var utils_1 = require_utils3();
    var SarifBuilder2 = class {
      // Initialize SARIF Log builder
      constructor(options = {}) {
        this.log = {
          $schema: "http://json.schemastore.org/sarif-2.1.0.json",
          version: "2.1.0",
          runs: []
        };
        (0, utils_1.setOptionValues)(options, this.log);
      }
      addRun(sarifRunBuilder) {
        this.log.runs.push(sarifRunBuilder.run);
      }
      generateSarifFileSync(file) {
        const sarifJsonString = this.buildSarifJsonString();
        fs2.writeFileSync(file, sarifJsonString, "utf8");
      }
      async generateSarifFile(file) {
        const sarifJsonString = this.buildSarifJsonString();
        await fs2.writeFile(file, sarifJsonString, "utf8");
      }
      buildSarifOutput() {
        this.log.runs = this.log.runs.map((run2) => this.completeRunFields(run2));
        return this.log;
      }
      // Build final sarif json, complete when possible
      buildSarifJsonString(options = { indent: false }) {
        this.buildSarifOutput();
        const sarifJson = options.indent ? JSON.stringify(this.log, null, 2) : JSON.stringify(this.log);
        if (sarifJson.includes("SARIF_BUILDER_INVALID")) {
          throw new Error("Your SARIF log is invalid, please solve SARIF_BUILDER_INVALID messages");
        }
        return sarifJson;
      }
      completeRunFields(run2) {
        var _a, _b, _c, _d, _e, _f;
        run2.artifacts = run2.artifacts || [];
        const existingArtifactUris = new Set(run2.artifacts.map((a) => {
          var _a2;
          return (_a2 = a === null || a === void 0 ? void 0 : a.location) === null || _a2 === void 0 ? void 0 : _a2.uri;
        }).filter(Boolean));
        for (const result of run2.results || []) {
          for (const location of result.locations || []) {
            const uri = (_b = (_a = location === null || location === void 0 ? void 0 : location.physicalLocation) === null || _a === void 0 ? void 0 : _a.artifactLocation) === null || _b === void 0 ? void 0 : _b.uri;
            if (uri && !existingArtifactUris.has(uri)) {
              const lastDot = uri.lastIndexOf(".");
              const ext = lastDot !== -1 ? uri.slice(lastDot + 1) : "";
              const language = languages_1.EXTENSIONS_LANGUAGES[ext] || "unknown";
              run2.artifacts.push({
                sourceLanguage: language,
                location: { uri }
              });
              existingArtifactUris.add(uri);
            }
          }
        }
        const artifactIndexMap = /* @__PURE__ */ new Map();
        run2.artifacts.forEach((artifact, index) => {
          var _a2;
          const uri = (_a2 = artifact === null || artifact === void 0 ? void 0 : artifact.location) === null || _a2 === void 0 ? void 0 : _a2.uri;
          if (uri) {
            artifactIndexMap.set(uri, index);
          }
        });
        const rulesIndexMap = /* @__PURE__ */ new Map();
        (((_d = (_c = run2 === null || run2 === void 0 ? void 0 : run2.tool) === null || _c === void 0 ? void 0 : _c.driver) === null || _d === void 0 ? void 0 : _d.rules) || []).forEach((rule, index) => {
          rulesIndexMap.set(rule.id, index);
        });
        for (const result of run2.results || []) {
          if (result.ruleId) {
            const ruleIndex = rulesIndexMap.get(result.ruleId);
            if (ruleIndex !== void 0) {
              result.ruleIndex = ruleIndex;
            }
          }
          if (result.locations) {
            for (const location of result.locations) {
              const uri = (_f = (_e = location === null || location === void 0 ? void 0 : location.physicalLocation) === null || _e === void 0 ? void 0 : _e.artifactLocation) === null || _f === void 0 ? void 0 : _f.uri;
              if (uri) {
                const artIndex = artifactIndexMap.get(uri);
                if (artIndex !== void 0) {
                  location.physicalLocation.artifactLocation.index = artIndex;
                }
              }
            }
          }
        }
        return run2;
      }
    };
    exports.SarifBuilder = SarifBuilder2;
  }
});

// node_modules/node-sarif-builder/dist/lib/sarif-result-builder.js
var require_sarif_result_builder = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/sarif-result-builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifResultBuilder = void 0;
    var utils_1 = require_utils3();
    var SarifResultBuilder2 = class {
      // Initialize SARIF Result builder
      constructor(options = {}) {
        this.result = {
          level: "error",
          message: {},
          ruleId: "SARIF_BUILDER_INVALID: Please send the rule Id ruleId property, or call setRuleId(ruleId)"
        };
        (0, utils_1.setOptionValues)(options, this.result);
      }
      initSimple(options) {
        this.setLevel(options.level);
        this.setMessageText(options.messageText);
        this.setRuleId(options.ruleId);
        if (options.fileUri) {
          this.setLocationArtifactUri({ uri: options.fileUri });
        }
        if (options.startLine !== null && options.startLine !== void 0) {
          const region = {
            startLine: options.startLine,
            startColumn: options.startColumn || 1,
            endLine: options.endLine || options.startLine,
            endColumn: options.endColumn || 1
          };
          if (options.startLine === 0 || options.startColumn === 0 || options.endLine === 0 || options.endColumn === 0) {
            throw new Error("Region limit can not be 0 (minimum line 1 or column 1) in " + JSON.stringify(options));
          }
          this.setLocationRegion(region);
        }
        return this;
      }
      setLevel(level2) {
        this.result.level = level2;
      }
      setMessageText(message) {
        this.result.message.text = message;
      }
      setRuleId(ruleId) {
        this.result.ruleId = ruleId;
      }
      setLocationRegion(region) {
        this.manageInitPhysicalLocation();
        this.result.locations[0].physicalLocation.region = region;
      }
      setLocationArtifactUri(artifactLocation2) {
        this.manageInitPhysicalLocation();
        this.result.locations[0].physicalLocation.artifactLocation = artifactLocation2;
      }
      manageInitLocation() {
        var _a, _b;
        if ((_b = (_a = this.result) === null || _a === void 0 ? void 0 : _a.locations) === null || _b === void 0 ? void 0 : _b.length) {
          return;
        }
        this.result.locations = [{}];
      }
      manageInitPhysicalLocation() {
        this.manageInitLocation();
        if (this.result.locations[0].physicalLocation) {
          return;
        }
        this.result.locations[0].physicalLocation = {};
      }
    };
    exports.SarifResultBuilder = SarifResultBuilder2;
  }
});

// node_modules/node-sarif-builder/dist/lib/sarif-rule-builder.js
var require_sarif_rule_builder = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/sarif-rule-builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifRuleBuilder = void 0;
    var utils_1 = require_utils3();
    var SarifRuleBuilder2 = class {
      // Initialize SARIF Run builder
      constructor(options = {}) {
        this.rule = {
          id: "SARIF_BUILDER_INVALID: Please send the rule identifier in id property, or call setRuleId(ruleId)",
          shortDescription: {
            text: "SARIF_BUILDER_INVALID: Please send the rule text in shortDescription.text property, or call setShortDescriptionText(text)"
          }
        };
        (0, utils_1.setOptionValues)(options, this.rule);
      }
      initSimple(options) {
        this.setRuleId(options.ruleId);
        if (options.shortDescriptionText) {
          this.setShortDescriptionText(options.shortDescriptionText);
        }
        if (options.fullDescriptionText) {
          this.setFullDescriptionText(options.fullDescriptionText);
        }
        if (options.helpUri) {
          this.setHelpUri(options.helpUri);
        }
        return this;
      }
      setRuleId(ruleId) {
        this.rule.id = ruleId;
      }
      setShortDescriptionText(shortDescriptionText) {
        this.rule.shortDescription.text = shortDescriptionText;
      }
      setFullDescriptionText(fullDescriptionText) {
        this.rule.fullDescription = this.rule.fullDescription || { text: "" };
        this.rule.fullDescription.text = fullDescriptionText;
      }
      setHelpUri(url) {
        this.rule.helpUri = url;
      }
    };
    exports.SarifRuleBuilder = SarifRuleBuilder2;
  }
});

// node_modules/node-sarif-builder/dist/lib/sarif-run-builder.js
var require_sarif_run_builder = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/sarif-run-builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifRunBuilder = void 0;
    var utils_1 = require_utils3();
    var SarifRunBuilder2 = class {
      // Initialize SARIF Run builder
      constructor(options = {}) {
        this.run = {
          tool: {
            driver: {
              name: process.env.npm_package_name || "SARIF_BUILDER_INVALID: Please send the tool name in tool.driver.name property, or call setToolName(name)",
              rules: []
            }
          },
          results: []
        };
        (0, utils_1.setOptionValues)(options, this.run);
      }
      initSimple(options) {
        this.setToolDriverName(options.toolDriverName);
        this.setToolDriverVersion(options.toolDriverVersion);
        if (options.url) {
          this.setToolDriverUri(options.url);
        }
        return this;
      }
      addRule(sarifRuleBuilder) {
        this.run.tool.driver.rules.push(sarifRuleBuilder.rule);
      }
      addResult(sarifResultBuilder) {
        this.run.results.push(sarifResultBuilder.result);
      }
      setToolDriverName(name2) {
        this.run.tool.driver.name = name2;
      }
      setToolDriverVersion(version) {
        this.run.tool.driver.version = version;
      }
      setToolDriverUri(url) {
        this.run.tool.driver.informationUri = url;
      }
    };
    exports.SarifRunBuilder = SarifRunBuilder2;
  }
});

// node_modules/node-sarif-builder/dist/index.js
var require_dist = __commonJS({
  "node_modules/node-sarif-builder/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifResultBuilder = exports.SarifRuleBuilder = exports.SarifRunBuilder = exports.SarifBuilder = void 0;
    var sarif_builder_1 = require_sarif_builder();
    Object.defineProperty(exports, "SarifBuilder", { enumerable: true, get: function() {
      return sarif_builder_1.SarifBuilder;
    } });
    var sarif_result_builder_1 = require_sarif_result_builder();
    Object.defineProperty(exports, "SarifResultBuilder", { enumerable: true, get: function() {
      return sarif_result_builder_1.SarifResultBuilder;
    } });
    var sarif_rule_builder_1 = require_sarif_rule_builder();
    Object.defineProperty(exports, "SarifRuleBuilder", { enumerable: true, get: function() {
      return sarif_rule_builder_1.SarifRuleBuilder;
    } });
    var sarif_run_builder_1 = require_sarif_run_builder();
    Object.defineProperty(exports, "SarifRunBuilder", { enumerable: true, get: function() {
      return sarif_run_builder_1.SarifRunBuilder;
    } });
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value2) => {
      Object.defineProperty(object, key, { value: value2 });
      return value2;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body2) => {
      if (negated) {
        return `[^\\/${body2}]`;
      }
      const source = `[${body2}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start2) => {
      const { length } = pattern;
      let index = start2 + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body2 = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body2 += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body2 += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name2 = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name2)) {
              return null;
            }
            body2 += POSIX_CLASSES[name2];
            prev = EMPTY;
            index = end;
          } else {
            body2 += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body2 += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body2)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out2 = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out2 += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out2 += pattern.slice(index, index + 2);
          } else {
            out2 += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out2 += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out2 += hold(NEVER_MATCH);
            index = length;
          } else {
            out2 += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out2 += char;
          index++;
        }
      }
      return {
        source: out2,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start2) => `${start2}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out2 = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out2 += token.single;
            return;
          }
          out2 += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out2 += token.boundary;
      });
      flush();
      return out2;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body2, prefix) => {
      if (body2[body2.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body2.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body2) => {
      const index = body2.indexOf(SLASH);
      return index < 0 || index === body2.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body2, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body2);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body2, stripLineEnd) => {
      let lineEnd = body2.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body2[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body2[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body2[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body2.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body2[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body2.slice(0, end - 1) + SPACE : body2.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body2 = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body2[0] === "#") {
        return;
      }
      let negative = false;
      if (body2[0] === "!") {
        negative = true;
        body2 = body2.slice(1);
      }
      const last = body2[body2.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body2 = trimEnd(body2, stripLineEnd);
      }
      if (!body2 || hasTrailingBackslash(body2)) {
        return;
      }
      body2 = body2.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body2);
      return new IgnoreRule(
        pattern,
        mark,
        body2,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body: body2 }) => body2[body2.length - (body2[body2.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename4 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename4 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError2 = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError2 : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal3 = this._rules.testLiteral(path);
        return literal3.ignored || literal3.unignored ? literal3 : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, Symbol.for("setupWindows"), setupWindows);
  }
});

// src/engine/rule.ts
function defineRule(rule) {
  const missing = ["id", "title", "rationale", "fix"].filter((k) => !rule[k]);
  if (missing.length) throw new Error(`rule ${rule.id || "?"} lacks ${missing.join(", ")}`);
  if (!(rule.securitySeverity > 0 && rule.securitySeverity <= 10)) throw new Error(`rule ${rule.id}: security severity out of range`);
  if (!rule.checkImage && !rule.checkRuntime) throw new Error(`rule ${rule.id} has no check`);
  return rule;
}
var PROFILE_ORDER = ["recommended", "strict", "untrusted"];
function ruleInProfile(rule, profile) {
  return PROFILE_ORDER.indexOf(rule.profile) <= PROFILE_ORDER.indexOf(profile);
}
function ruleCanFire(rule, profile) {
  return !!rule.checksOutsideProfile || ruleInProfile(rule, profile);
}
function isProfile(value2) {
  return PROFILE_ORDER.includes(value2);
}
var PROFILES = PROFILE_ORDER;
var LEVEL_RANK = { note: 1, warning: 2, error: 3 };
function levelAtLeast(level2, threshold) {
  return LEVEL_RANK[level2] >= LEVEL_RANK[threshold];
}

// src/query.ts
function buildInstructions(image, keywords) {
  const out2 = [];
  for (const stage of image.stages) {
    for (const written of stage.instructions) {
      const ins = written.trigger ?? written;
      if (!keywords || keywords.includes(ins.keyword)) out2.push(ins);
    }
  }
  return out2;
}
function imageCommands(image, keywords = ["RUN"]) {
  const out2 = [];
  for (const instruction of buildInstructions(image, keywords)) {
    for (const command2 of instruction.shell?.commands ?? []) out2.push({ instruction, command: command2 });
  }
  return out2;
}
function runtimeCommands(container) {
  return [...container.entrypoint?.script.commands ?? [], ...container.command?.script.commands ?? []];
}
function isRootUser(user) {
  const name2 = user.trim().split(":")[0].trim();
  return name2 === "root" || /^0+$/.test(name2);
}

// src/copy-sources.ts
function copySources(ins) {
  const { args: args2 } = ins;
  if (args2.some((a) => a.value.startsWith("<<"))) return [];
  if (!args2[0]?.value.startsWith("[")) return args2.slice(0, -1).map(unquote);
  return jsonStrings(args2).slice(0, -1);
}
function unquote(arg) {
  const m = /^(["'])(.*)\1$/s.exec(arg.value);
  return m ? { value: m[2], loc: shift(arg.loc, 1) } : arg;
}
function shift(loc, by) {
  return { ...loc, startColumn: loc.startColumn + by };
}
function jsonStrings(args2) {
  const out2 = [];
  let current;
  let escaped = false;
  for (const arg of args2) {
    if (current) current.value += " ";
    for (let i2 = 0; i2 < arg.value.length; i2++) {
      const ch = arg.value[i2];
      if (!current) {
        if (ch === '"') current = { value: "", loc: shift(arg.loc, i2 + 1) };
        continue;
      }
      if (escaped) {
        current.value += ch === "n" ? "\n" : ch === "t" ? "	" : ch;
        escaped = false;
      } else if (ch === "\\") escaped = true;
      else if (ch === '"') {
        out2.push(current);
        current = void 0;
      } else current.value += ch;
    }
  }
  return out2;
}

// rules/add-remote-url.ts
var REMOTE = /^(https?:\/\/|git:\/\/|ssh:\/\/|git@[^:\s]+:)/i;
var add_remote_url_default = defineRule({
  id: "add-remote-url",
  title: "ADD fetches a remote URL without a checksum",
  level: "warning",
  securitySeverity: 4,
  profile: "recommended",
  sources: ["image"],
  category: "supply-chain",
  rationale: "ADD downloads the file at every uncached build and copies it into the image as is; nothing checks that it is the file that was reviewed. A changed or hijacked download then runs inside containers on the shared kernel with whatever privileges the image grants it.",
  fix: "Add `--checksum=sha256:<hash>` to the ADD (for a git source, the commit hash), or download with `curl -fsSLo` in a RUN and verify with `sha256sum -c`.",
  example: "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/",
  references: ["https://docs.docker.com/reference/dockerfile/#add---checksum", "https://docs.docker.com/reference/dockerfile/#add"],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ["ADD"])) {
      const checksum = ins.flags.find((f) => f.name === "checksum");
      if (checksum?.value) continue;
      for (const source of copySources(ins)) {
        const url = ins.expand(source.value).value;
        if (REMOTE.test(url)) report(source, `ADD downloads ${url} without --checksum`);
      }
    }
  }
});

// src/runtime/values.ts
function resolvedText(v) {
  if (!v || v.unresolved?.length || v.value === void 0 || v.value === null) return void 0;
  return String(v.value).trim();
}
function isHostMode(v) {
  return resolvedText(v)?.toLowerCase() === "host";
}
function securityOptions(container, key) {
  return container.securityOpt.filter((o) => o.key.trim().toLowerCase() === key);
}
function optionValue(opt) {
  return opt.value.trim().toLowerCase();
}

// rules/apparmor-disabled.ts
var apparmor_disabled_default = defineRule({
  id: "apparmor-disabled",
  title: "AppArmor confinement disabled",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["runtime"],
  category: "confinement",
  rationale: "On AppArmor hosts Docker confines every container with the docker-default profile, which denies mounts and writes to sensitive /proc and /sys files even to root. Unconfined, those kernel interfaces are guarded only by capabilities, so a capability added later, or a kernel bug, has nothing behind it.",
  fix: "Remove `apparmor=unconfined`. If the default profile blocks something the service needs, load a custom profile and name it: `apparmor=my-profile`.",
  example: "services:\n  api:\n    security_opt:\n      - apparmor=docker-default",
  references: [
    "https://docs.docker.com/engine/security/apparmor/",
    "https://docs.docker.com/reference/compose-file/services/#security_opt"
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, "apparmor")) {
      if (optionValue(opt) === "unconfined") report(opt, `service ${container.name.value} runs without an AppArmor profile (${opt.written.trim()})`);
    }
  }
});

// src/runtime/model.ts
function isTrue(v) {
  if (!v || v.unresolved?.length) return false;
  return v.value === true || typeof v.value === "string" && /^(true|yes|on|1)$/i.test(v.value);
}

// rules/build-privileged.ts
var INSECURE = { level: "error", securitySeverity: 7, gives: "full privileges on the build host (every capability, no seccomp or AppArmor)" };
var HOST_NETWORK = { level: "warning", securitySeverity: 5, gives: "the build host's network namespace" };
var DEVICE = { level: "warning", securitySeverity: 5, gives: "host devices" };
function entitlementGrant(entitlement) {
  const e = entitlement.trim().toLowerCase();
  if (e === "security.insecure") return INSECURE;
  if (e === "network.host") return HOST_NETWORK;
  if (e === "device" || e.startsWith("device=")) return DEVICE;
  return { level: "warning", securitySeverity: 5, gives: `the extra privilege "${entitlement.trim()}"` };
}
var build_privileged_default = defineRule({
  id: "build-privileged",
  title: "Build step runs privileged or on the host network",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "confinement",
  rationale: "`RUN --security=insecure` runs the step like `docker run --privileged`: all capabilities, no seccomp or AppArmor profile, host devices visible, so whatever the step downloads or builds runs with the builder host's kernel fully open to it. `RUN --network=host` drops the network namespace, giving the step the build host's interfaces and services bound to localhost.",
  fix: "Remove `--security=insecure`; do the privileged work outside the image build. Use the default sandbox network, and pass what the step needs with `--mount=type=secret` or build args instead of `--network=host`. In Compose, drop `build.privileged`, `build.network: host` and `build.entitlements`.",
  example: "# bad\nRUN --security=insecure mount -t tmpfs none /mnt\n# good\nRUN --mount=type=tmpfs,target=/mnt make",
  references: [
    "https://docs.docker.com/reference/dockerfile/#run---security",
    "https://docs.docker.com/reference/dockerfile/#run---network",
    "https://docs.docker.com/reference/cli/docker/buildx/build/#allow",
    "https://docs.docker.com/reference/compose-file/build/#privileged",
    "https://docs.docker.com/reference/compose-file/build/#entitlements"
  ],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ["RUN"])) {
      for (const flag2 of ins.flags) {
        if (flag2.value === void 0) continue;
        const value2 = ins.expand(flag2.value).value.toLowerCase();
        if (flag2.name === "security" && value2 === "insecure") {
          report(flag2, "RUN --security=insecure runs this step with full privileges on the build host", grant(INSECURE));
        } else if (flag2.name === "network" && value2 === "host") {
          report(flag2, "RUN --network=host gives this step the build host's network namespace", grant(HOST_NETWORK));
        }
      }
    }
  },
  checkRuntime(container, { report }) {
    const build = container.build;
    if (!build) return;
    const name2 = container.name.value;
    if (isTrue(build.privileged)) {
      report(build.privileged, `service ${name2} is built with privileged: true, which gives its RUN steps ${INSECURE.gives}`, grant(INSECURE));
    }
    if (isHostMode(build.network)) {
      report(build.network, `service ${name2} is built with network: host, which gives its RUN steps ${HOST_NETWORK.gives}`, grant(HOST_NETWORK));
    }
    for (const entitlement of build.entitlements) {
      const text = resolvedText(entitlement);
      if (!text) continue;
      const g = entitlementGrant(text);
      report(entitlement, `service ${name2}'s build allows the ${text} entitlement, which gives its RUN steps ${g.gives}`, grant(g));
    }
  }
});
function grant(g) {
  return { level: g.level, securitySeverity: g.securitySeverity };
}

// rules/capabilities-not-dropped.ts
var capabilities_not_dropped_default = defineRule({
  id: "capabilities-not-dropped",
  title: "Capabilities not dropped",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "privilege",
  rationale: "By default a container keeps about fourteen capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, MKNOD, ...) that most services never use. Each is kernel attack surface on the shared host: a process that gets code execution can use them to raise its privileges inside the container or to attack the network and the kernel.",
  fix: "Add `cap_drop: [ALL]` and add back only the capabilities the service needs with `cap_add`.",
  example: "services:\n  api:\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#cap_drop",
    "https://docs.docker.com/engine/security/#linux-kernel-capabilities"
  ],
  checkRuntime(container, { report }) {
    const names = container.capDrop.map((c) => resolvedText(c));
    if (names.some((n) => n === void 0)) return;
    if (names.some((n) => n.toUpperCase().replace(/^CAP_/, "") === "ALL")) return;
    const what = container.capDrop.length ? "cap_drop does not contain ALL" : "no cap_drop: [ALL]";
    report(container.name, `service ${container.name.value} keeps the default capabilities (${what})`, {
      logicalKey: `service ${container.name.value}/cap_drop-all`
    });
  }
});

// src/image/config.ts
function stageChain(stage) {
  const chain = [];
  for (let s = stage; s && !chain.includes(s); s = s.parent) chain.push(s);
  return chain;
}
function lastInChain(stage, keyword) {
  for (const s of stageChain(stage)) {
    for (let i2 = s.instructions.length - 1; i2 >= 0; i2--) if (s.instructions[i2].keyword === keyword) return s.instructions[i2];
  }
  return void 0;
}
function startInstructions(image) {
  return image.builtStage ? stageStartInstructions(image.builtStage) : [];
}
function stageStartInstructions(stage) {
  const chain = stageChain(stage);
  const entrypoint = lastInChain(stage, "ENTRYPOINT");
  let cmd = lastInChain(stage, "CMD");
  if (entrypoint && cmd && chain.indexOf(cmd.stage) > chain.indexOf(entrypoint.stage)) cmd = void 0;
  return [entrypoint, cmd].filter((i2) => !!i2);
}
function onbuildTriggers(image, keywords) {
  return image.stages.flatMap((s) => s.instructions.flatMap((i2) => i2.trigger && keywords.includes(i2.trigger.keyword) ? [i2.trigger] : []));
}
function containerStarts(image) {
  return [...startInstructions(image), ...onbuildTriggers(image, ["ENTRYPOINT", "CMD"])];
}
function startCommands(image) {
  return containerStarts(image).flatMap((instruction) => (instruction.shell?.commands ?? []).map((command2) => ({ instruction, command: command2 })));
}
function exposedPorts(image) {
  const stage = image.builtStage;
  const declared = [
    ...stage ? stageChain(stage).reverse().flatMap((s) => s.instructions.filter((i2) => i2.keyword === "EXPOSE")) : [],
    ...onbuildTriggers(image, ["EXPOSE"])
  ];
  return portsDeclared(declared);
}
function portsDeclared(instructions) {
  const out2 = [];
  for (const instruction of instructions) {
    if (instruction.keyword !== "EXPOSE") continue;
    for (const written of instruction.args) {
      const expanded = instruction.expand(written.value);
      if (expanded.unresolved.length) continue;
      for (const token of expanded.value.split(/\s+/)) {
        const m = /^(\d+)(?:-(\d+))?(?:\/([a-z]+))?$/i.exec(token);
        if (!m) continue;
        const from = Number(m[1]);
        out2.push({ instruction, written, from, to: m[2] ? Number(m[2]) : from, protocol: (m[3] ?? "tcp").toLowerCase() });
      }
    }
  }
  return out2;
}
function exposesTcp(port2, n) {
  return port2.protocol === "tcp" && port2.from <= n && n <= port2.to;
}

// src/shell.ts
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

// node_modules/web-tree-sitter/tree-sitter.js
var __defProp2 = Object.defineProperty;
var __name = (target, value2) => __defProp2(target, "name", { value: value2, configurable: true });
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  [2] = 0;
  // Internal handle for WASM
  /** @internal */
  [3] = 0;
  // Internal handle for WASM
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const result = {};
  result.major_version = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  result.minor_version = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  result.field_count = C.getValue(address, "i32");
  return result;
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs2 = await import("fs/promises");
        bytes = fs2.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
};
var Module2 = (() => {
  var _scriptName = import.meta.url;
  return async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve8, reject) => {
      readyPromiseResolve = resolve8;
      readyPromiseReject = reject;
    });
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire: createRequire2 } = await import("module");
      var require = createRequire2(import.meta.url);
    }
    Module.currentQueryProgressCallback = null;
    Module.currentProgressCallback = null;
    Module.currentLogCallback = null;
    Module.currentParseCallback = null;
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      throw toThrow;
    }, "quit_");
    var scriptDirectory = "";
    function locateFile(path) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path, scriptDirectory);
      }
      return scriptDirectory + path;
    }
    __name(locateFile, "locateFile");
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs");
      var nodePath = require("path");
      if (!import.meta.url.startsWith("data:")) {
        scriptDirectory = nodePath.dirname(require("url").fileURLToPath(import.meta.url)) + "/";
      }
      readBinary = /* @__PURE__ */ __name((filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      }, "readBinary");
      readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
        return ret;
      }, "readAsync");
      if (!Module["thisProgram"] && process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = /* @__PURE__ */ __name((status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      }, "quit_");
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptName) {
        scriptDirectory = _scriptName;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(
              /** @type{!ArrayBuffer} */
              xhr.response
            );
          }, "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve8, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve8(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, {
            credentials: "same-origin"
          });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        }, "readAsync");
      }
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.error.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    var dynamicLibraries = Module["dynamicLibraries"] || [];
    var wasmBinary = Module["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    __name(assert, "assert");
    var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    var HEAP_DATA_VIEW;
    var runtimeInitialized = false;
    var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAP16"] = HEAP16 = new Int16Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module["HEAP32"] = HEAP32 = new Int32Array(b);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
      Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
      Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    }
    __name(updateMemoryViews, "updateMemoryViews");
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
    var __RELOC_FUNCS__ = [];
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__RELOC_FUNCS__);
      wasmExports["__wasm_call_ctors"]();
      callRuntimeCallbacks(onPostCtors);
    }
    __name(initRuntime, "initRuntime");
    function preMain() {
    }
    __name(preMain, "preMain");
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    __name(postRun, "postRun");
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function getUniqueRunDependency(id) {
      return id;
    }
    __name(getUniqueRunDependency, "getUniqueRunDependency");
    function addRunDependency(id) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("tree-sitter.wasm");
      }
      return new URL("tree-sitter.wasm", import.meta.url).href;
    }
    __name(findWasmBinary, "findWasmBinary");
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    __name(getBinarySync, "getBinarySync");
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    __name(getWasmBinary, "getWasmBinary");
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary2 = await getWasmBinary(binaryFile);
        var instance2 = await WebAssembly.instantiate(binary2, imports);
        return instance2;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    __name(instantiateArrayBuffer, "instantiateArrayBuffer");
    async function instantiateAsync(binary2, binaryFile, imports) {
      if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, {
            credentials: "same-origin"
          });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    __name(instantiateAsync, "instantiateAsync");
    function getWasmImports() {
      return {
        "env": wasmImports,
        "wasi_snapshot_preview1": wasmImports,
        "GOT.mem": new Proxy(wasmImports, GOTHandler),
        "GOT.func": new Proxy(wasmImports, GOTHandler)
      };
    }
    __name(getWasmImports, "getWasmImports");
    async function createWasm() {
      function receiveInstance(instance2, module2) {
        wasmExports = instance2.exports;
        wasmExports = relocateExports(wasmExports, 1024);
        var metadata2 = getDylinkMetadata(module2);
        if (metadata2.neededDynlibs) {
          dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
        }
        mergeLibSymbols(wasmExports, "main");
        LDSO.init();
        loadDylibs();
        __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result2) {
        return receiveInstance(result2["instance"], result2["module"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      var info2 = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve8, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve8(mod.exports);
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      try {
        var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
        var exports = receiveInstantiationResult(result);
        return exports;
      } catch (e) {
        readyPromiseReject(e);
        return Promise.reject(e);
      }
    }
    __name(createWasm, "createWasm");
    var ASM_CONSTS = {};
    class ExitStatus {
      static {
        __name(this, "ExitStatus");
      }
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var GOT = {};
    var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
    var GOTHandler = {
      get(obj, symName) {
        var rtn = GOT[symName];
        if (!rtn) {
          rtn = GOT[symName] = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          });
        }
        if (!currentModuleWeakSymbols.has(symName)) {
          rtn.required = true;
        }
        return rtn;
      }
    };
    var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
    var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
    var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
    var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
    var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
    var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value2) => HEAP_DATA_VIEW.setFloat32(byteOffset, value2, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value2) => HEAP_DATA_VIEW.setFloat64(byteOffset, value2, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value2) => HEAP_DATA_VIEW.setInt16(byteOffset, value2, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value2) => HEAP_DATA_VIEW.setInt32(byteOffset, value2, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value2) => HEAP_DATA_VIEW.setUint16(byteOffset, value2, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value2) => HEAP_DATA_VIEW.setUint32(byteOffset, value2, true), "LE_HEAP_STORE_U32");
    var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    }, "callRuntimeCallbacks");
    var onPostRuns = [];
    var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
    var onPreRuns = [];
    var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str2 = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str2 += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str2 += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str2 += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str2;
    }, "UTF8ArrayToString");
    var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
      var offset = 0;
      var end = 0;
      function getU8() {
        return binary2[offset++];
      }
      __name(getU8, "getU8");
      function getLEB() {
        var ret = 0;
        var mul = 1;
        while (1) {
          var byte = binary2[offset++];
          ret += (byte & 127) * mul;
          mul *= 128;
          if (!(byte & 128)) break;
        }
        return ret;
      }
      __name(getLEB, "getLEB");
      function getString() {
        var len = getLEB();
        offset += len;
        return UTF8ArrayToString(binary2, offset - len, len);
      }
      __name(getString, "getString");
      function failIf(condition, message) {
        if (condition) throw new Error(message);
      }
      __name(failIf, "failIf");
      var name2 = "dylink.0";
      if (binary2 instanceof WebAssembly.Module) {
        var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        if (dylinkSection.length === 0) {
          name2 = "dylink";
          dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        }
        failIf(dylinkSection.length === 0, "need dylink section");
        binary2 = new Uint8Array(dylinkSection[0]);
        end = binary2.length;
      } else {
        var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
        var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
        failIf(!magicNumberFound, "need to see wasm magic number");
        failIf(binary2[8] !== 0, "need the dylink section to be first");
        offset = 9;
        var section_size = getLEB();
        end = offset + section_size;
        name2 = getString();
      }
      var customSection = {
        neededDynlibs: [],
        tlsExports: /* @__PURE__ */ new Set(),
        weakImports: /* @__PURE__ */ new Set()
      };
      if (name2 == "dylink") {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
        var neededDynlibsCount = getLEB();
        for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
          var libname = getString();
          customSection.neededDynlibs.push(libname);
        }
      } else {
        failIf(name2 !== "dylink.0");
        var WASM_DYLINK_MEM_INFO = 1;
        var WASM_DYLINK_NEEDED = 2;
        var WASM_DYLINK_EXPORT_INFO = 3;
        var WASM_DYLINK_IMPORT_INFO = 4;
        var WASM_SYMBOL_TLS = 256;
        var WASM_SYMBOL_BINDING_MASK = 3;
        var WASM_SYMBOL_BINDING_WEAK = 1;
        while (offset < end) {
          var subsectionType = getU8();
          var subsectionSize = getLEB();
          if (subsectionType === WASM_DYLINK_MEM_INFO) {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
          } else if (subsectionType === WASM_DYLINK_NEEDED) {
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var symname = getString();
              var flags2 = getLEB();
              if (flags2 & WASM_SYMBOL_TLS) {
                customSection.tlsExports.add(symname);
              }
            }
          } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var modname = getString();
              var symname = getString();
              var flags2 = getLEB();
              if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                customSection.weakImports.add(symname);
              }
            }
          } else {
            offset += subsectionSize;
          }
        }
      }
      return customSection;
    }, "getDylinkMetadata");
    function getValue(ptr, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          return HEAP8[ptr];
        case "i8":
          return HEAP8[ptr];
        case "i16":
          return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
        case "i32":
          return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
        case "i64":
          return HEAP64[ptr >> 3];
        case "float":
          return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
        case "double":
          return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
        case "*":
          return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
        default:
          abort(`invalid type for getValue: ${type}`);
      }
    }
    __name(getValue, "getValue");
    var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
      var dso = {
        refcount: Infinity,
        name: name2,
        exports: syms,
        global: true
      };
      LDSO.loadedLibsByName[name2] = dso;
      if (handle2 != void 0) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return dso;
    }, "newDSO");
    var LDSO = {
      loadedLibsByName: {},
      loadedLibsByHandle: {},
      init() {
        newDSO("__main__", 0, wasmImports);
      }
    };
    var ___heap_base = 78224;
    var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
    var getMemory = /* @__PURE__ */ __name((size) => {
      if (runtimeInitialized) {
        return _calloc(size, 1);
      }
      var ret = ___heap_base;
      var end = ret + alignMemory(size, 16);
      ___heap_base = end;
      GOT["__heap_base"].value = end;
      return ret;
    }, "getMemory");
    var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
    var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
      if (n < 128) {
        target.push(n);
      } else {
        target.push(n % 128 | 128, n >> 7);
      }
    }, "uleb128Encode");
    var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
      var typeNames = {
        "i": "i32",
        "j": "i64",
        "f": "f32",
        "d": "f64",
        "e": "externref",
        "p": "i32"
      };
      var type = {
        parameters: [],
        results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
      };
      for (var i2 = 1; i2 < sig.length; ++i2) {
        type.parameters.push(typeNames[sig[i2]]);
      }
      return type;
    }, "sigToWasmTypes");
    var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
      var sigRet = sig.slice(0, 1);
      var sigParam = sig.slice(1);
      var typeCodes = {
        "i": 127,
        // i32
        "p": 127,
        // i32
        "j": 126,
        // i64
        "f": 125,
        // f32
        "d": 124,
        // f64
        "e": 111
      };
      target.push(96);
      uleb128Encode(sigParam.length, target);
      for (var i2 = 0; i2 < sigParam.length; ++i2) {
        target.push(typeCodes[sigParam[i2]]);
      }
      if (sigRet == "v") {
        target.push(0);
      } else {
        target.push(1, typeCodes[sigRet]);
      }
    }, "generateFuncType");
    var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
      if (typeof WebAssembly.Function == "function") {
        return new WebAssembly.Function(sigToWasmTypes(sig), func2);
      }
      var typeSectionBody = [1];
      generateFuncType(sig, typeSectionBody);
      var bytes = [
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1
      ];
      uleb128Encode(typeSectionBody.length, bytes);
      bytes.push(...typeSectionBody);
      bytes.push(
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      var module2 = new WebAssembly.Module(new Uint8Array(bytes));
      var instance2 = new WebAssembly.Instance(module2, {
        "e": {
          "f": func2
        }
      });
      var wrappedFunc = instance2.exports["f"];
      return wrappedFunc;
    }, "convertJsFunctionToWasm");
    var wasmTableMirror = [];
    var wasmTable = new WebAssembly.Table({
      "initial": 31,
      "element": "anyfunc"
    });
    var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
      var func2 = wasmTableMirror[funcPtr];
      if (!func2) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
      }
      return func2;
    }, "getWasmTableEntry");
    var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
      if (functionsInTableMap) {
        for (var i2 = offset; i2 < offset + count; i2++) {
          var item = getWasmTableEntry(i2);
          if (item) {
            functionsInTableMap.set(item, i2);
          }
        }
      }
    }, "updateTableMap");
    var functionsInTableMap;
    var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        updateTableMap(0, wasmTable.length);
      }
      return functionsInTableMap.get(func2) || 0;
    }, "getFunctionAddress");
    var freeTableIndexes = [];
    var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
      }
      return wasmTable.length - 1;
    }, "getEmptyTableSlot");
    var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
      wasmTable.set(idx, func2);
      wasmTableMirror[idx] = wasmTable.get(idx);
    }, "setWasmTableEntry");
    var addFunction = /* @__PURE__ */ __name((func2, sig) => {
      var rtn = getFunctionAddress(func2);
      if (rtn) {
        return rtn;
      }
      var ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func2);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        var wrapped = convertJsFunctionToWasm(func2, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func2, ret);
      return ret;
    }, "addFunction");
    var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
      for (var symName in exports) {
        if (isInternalSym(symName)) {
          continue;
        }
        var value2 = exports[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value2 == "function") {
            GOT[symName].value = addFunction(value2);
          } else if (typeof value2 == "number") {
            GOT[symName].value = value2;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value2}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports) {
        var value2 = exports[e];
        if (typeof value2 == "object") {
          value2 = value2.value;
        }
        if (typeof value2 == "number") {
          value2 += memoryBase2;
        }
        relocated[e] = value2;
      }
      updateGOT(relocated, replace);
      return relocated;
    }, "relocateExports");
    var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
      var existing = wasmImports[symName];
      if (!existing || existing.stub) {
        return false;
      }
      return true;
    }, "isSymbolDefined");
    var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
      var rtn = getWasmTableEntry(ptr)(...args2);
      return rtn;
    }, "dynCall");
    var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
    var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
    var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
      var sp = stackSave();
      try {
        return dynCall(sig, ptr, args2);
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e;
        _setThrew(1, 0);
        if (sig[0] == "j") return 0n;
      }
    }, "createInvokeFunction");
    var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
      var sym;
      if (isSymbolDefined(symName)) {
        sym = wasmImports[symName];
      } else if (symName.startsWith("invoke_")) {
        sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
      }
      return {
        sym,
        name: symName
      };
    }, "resolveGlobalSymbol");
    var onPostCtors = [];
    var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
    var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
    var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var memAlign = Math.pow(2, metadata.memoryAlign);
        var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
        var tableBase = metadata.tableSize ? wasmTable.length : 0;
        if (handle) {
          HEAP8[handle + 8] = 1;
          LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
          LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
          LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
          LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
        }
        if (metadata.tableSize) {
          wasmTable.grow(metadata.tableSize);
        }
        var moduleExports;
        function resolveSymbol(sym) {
          var resolved = resolveGlobalSymbol(sym).sym;
          if (!resolved && localScope) {
            resolved = localScope[sym];
          }
          if (!resolved) {
            resolved = moduleExports[sym];
          }
          return resolved;
        }
        __name(resolveSymbol, "resolveSymbol");
        var proxyHandler = {
          get(stubs, prop) {
            switch (prop) {
              case "__memory_base":
                return memoryBase;
              case "__table_base":
                return tableBase;
            }
            if (prop in wasmImports && !wasmImports[prop].stub) {
              var res = wasmImports[prop];
              return res;
            }
            if (!(prop in stubs)) {
              var resolved;
              stubs[prop] = (...args2) => {
                resolved ||= resolveSymbol(prop);
                return resolved(...args2);
              };
            }
            return stubs[prop];
          }
        };
        var proxy = new Proxy({}, proxyHandler);
        var info = {
          "GOT.mem": new Proxy({}, GOTHandler),
          "GOT.func": new Proxy({}, GOTHandler),
          "env": proxy,
          "wasi_snapshot_preview1": proxy
        };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize);
          moduleExports = relocateExports(instance.exports, memoryBase);
          if (!flags.allowUndefined) {
            reportUndefinedSymbols();
          }
          function addEmAsm(addr, body) {
            var args = [];
            var arity = 0;
            for (; arity < 16; arity++) {
              if (body.indexOf("$" + arity) != -1) {
                args.push("$" + arity);
              } else {
                break;
              }
            }
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          __name(addEmAsm, "addEmAsm");
          if ("__start_em_asm" in moduleExports) {
            var start = moduleExports["__start_em_asm"];
            var stop = moduleExports["__stop_em_asm"];
            while (start < stop) {
              var jsString = UTF8ToString(start);
              addEmAsm(start, jsString);
              start = HEAPU8.indexOf(0, start) + 1;
            }
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            cSig = cSig.slice(1, -1);
            if (cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          __name(addEmJs, "addEmJs");
          for (var name in moduleExports) {
            if (name.startsWith("__em_js__")) {
              var start = moduleExports[name];
              var jsString = UTF8ToString(start);
              var parts = jsString.split("<::>");
              addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
              delete moduleExports[name];
            }
          }
          var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
          if (applyRelocs) {
            if (runtimeInitialized) {
              applyRelocs();
            } else {
              __RELOC_FUNCS__.push(applyRelocs);
            }
          }
          var init = moduleExports["__wasm_call_ctors"];
          if (init) {
            if (runtimeInitialized) {
              init();
            } else {
              addOnPostCtor(init);
            }
          }
          return moduleExports;
        }
        __name(postInstantiation, "postInstantiation");
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
        var instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      __name(loadModule, "loadModule");
      if (flags.loadAsync) {
        return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
      }
      metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
      return loadModule();
    }, "loadWebAssemblyModule");
    var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
      for (var [sym, exp] of Object.entries(exports)) {
        const setImport = /* @__PURE__ */ __name((target) => {
          if (!isSymbolDefined(target)) {
            wasmImports[target] = exp;
          }
        }, "setImport");
        setImport(sym);
        const main_alias = "__main_argc_argv";
        if (sym == "main") {
          setImport(main_alias);
        }
        if (sym == main_alias) {
          setImport("main");
        }
      }
    }, "mergeLibSymbols");
    var asyncLoad = /* @__PURE__ */ __name(async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    }, "asyncLoad");
    function loadDynamicLibrary(libName2, flags2 = {
      global: true,
      nodelete: true
    }, localScope2, handle2) {
      var dso = LDSO.loadedLibsByName[libName2];
      if (dso) {
        if (!flags2.global) {
          if (localScope2) {
            Object.assign(localScope2, dso.exports);
          }
        } else if (!dso.global) {
          dso.global = true;
          mergeLibSymbols(dso.exports, libName2);
        }
        if (flags2.nodelete && dso.refcount !== Infinity) {
          dso.refcount = Infinity;
        }
        dso.refcount++;
        if (handle2) {
          LDSO.loadedLibsByHandle[handle2] = dso;
        }
        return flags2.loadAsync ? Promise.resolve(true) : true;
      }
      dso = newDSO(libName2, handle2, "loading");
      dso.refcount = flags2.nodelete ? Infinity : 1;
      dso.global = flags2.global;
      function loadLibData() {
        if (handle2) {
          var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
          var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
          if (data && dataSize) {
            var libData = HEAP8.slice(data, data + dataSize);
            return flags2.loadAsync ? Promise.resolve(libData) : libData;
          }
        }
        var libFile = locateFile(libName2);
        if (flags2.loadAsync) {
          return asyncLoad(libFile);
        }
        if (!readBinary) {
          throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
        }
        return readBinary(libFile);
      }
      __name(loadLibData, "loadLibData");
      function getExports() {
        if (flags2.loadAsync) {
          return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
        }
        return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
      }
      __name(getExports, "getExports");
      function moduleLoaded(exports) {
        if (dso.global) {
          mergeLibSymbols(exports, libName2);
        } else if (localScope2) {
          Object.assign(localScope2, exports);
        }
        dso.exports = exports;
      }
      __name(moduleLoaded, "moduleLoaded");
      if (flags2.loadAsync) {
        return getExports().then((exports) => {
          moduleLoaded(exports);
          return true;
        });
      }
      moduleLoaded(getExports());
      return true;
    }
    __name(loadDynamicLibrary, "loadDynamicLibrary");
    var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
      for (var [symName, entry] of Object.entries(GOT)) {
        if (entry.value == 0) {
          var value2 = resolveGlobalSymbol(symName, true).sym;
          if (!value2 && !entry.required) {
            continue;
          }
          if (typeof value2 == "function") {
            entry.value = addFunction(value2, value2.sig);
          } else if (typeof value2 == "number") {
            entry.value = value2;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value2}`);
          }
        }
      }
    }, "reportUndefinedSymbols");
    var loadDylibs = /* @__PURE__ */ __name(() => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs");
      dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      })), Promise.resolve()).then(() => {
        reportUndefinedSymbols();
        removeRunDependency("loadDylibs");
      });
    }, "loadDylibs");
    var noExitRuntime = Module["noExitRuntime"] || true;
    function setValue(ptr, value2, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value2;
          break;
        case "i8":
          HEAP8[ptr] = value2;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value2);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value2);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value2);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value2);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value2);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value2);
          break;
        default:
          abort(`invalid type for setValue: ${type}`);
      }
    }
    __name(setValue, "setValue");
    var ___memory_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1024);
    var ___stack_pointer = new WebAssembly.Global({
      "value": "i32",
      "mutable": true
    }, 78224);
    var ___table_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1);
    var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
    __abort_js.sig = "v";
    var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
    _emscripten_get_now.sig = "d";
    var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1;
    var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    __name(_clock_time_get, "_clock_time_get");
    _clock_time_get.sig = "iijp";
    var getHeapMax = /* @__PURE__ */ __name(() => (
      // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
      // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
      // for any code that deals with heap sizes, which would require special
      // casing all heap size related code to treat 0 specially.
      2147483648
    ), "getHeapMax");
    var growMemory = /* @__PURE__ */ __name((size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    }, "growMemory");
    var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }, "_emscripten_resize_heap");
    _emscripten_resize_heap.sig = "ip";
    var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
    _fd_close.sig = "ii";
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      return 70;
    }
    __name(_fd_seek, "_fd_seek");
    _fd_seek.sig = "iijip";
    var printCharBuffers = [null, [], []];
    var printChar = /* @__PURE__ */ __name((stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    }, "printChar");
    var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
      if (printCharBuffers[1].length) printChar(1, 10);
      if (printCharBuffers[2].length) printChar(2, 10);
    }, "flush_NO_FILESYSTEM");
    var SYSCALLS = {
      varargs: void 0,
      getStr(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      }
    };
    var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i2 = 0; i2 < iovcnt; i2++) {
        var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
        var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
      return 0;
    }, "_fd_write");
    _fd_write.sig = "iippp";
    function _tree_sitter_log_callback(isLexMessage, messageAddress) {
      if (Module.currentLogCallback) {
        const message = UTF8ToString(messageAddress);
        Module.currentLogCallback(message, isLexMessage !== 0);
      }
    }
    __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
    function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
      const INPUT_BUFFER_SIZE = 10 * 1024;
      const string = Module.currentParseCallback(index, {
        row,
        column
      });
      if (typeof string === "string") {
        setValue(lengthAddress, string.length, "i32");
        stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
      } else {
        setValue(lengthAddress, 0, "i32");
      }
    }
    __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
    function _tree_sitter_progress_callback(currentOffset, hasError) {
      if (Module.currentProgressCallback) {
        return Module.currentProgressCallback({
          currentOffset,
          hasError
        });
      }
      return false;
    }
    __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
    function _tree_sitter_query_progress_callback(currentOffset) {
      if (Module.currentQueryProgressCallback) {
        return Module.currentQueryProgressCallback({
          currentOffset
        });
      }
      return false;
    }
    __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
    var _proc_exit = /* @__PURE__ */ __name((code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    }, "_proc_exit");
    _proc_exit.sig = "vi";
    var exitJS = /* @__PURE__ */ __name((status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    }, "exitJS");
    var handleException = /* @__PURE__ */ __name((e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    }, "handleException");
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str2) => {
      var len = 0;
      for (var i2 = 0; i2 < str2.length; ++i2) {
        var c = str2.charCodeAt(i2);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i2;
        } else {
          len += 3;
        }
      }
      return len;
    }, "lengthBytesUTF8");
    var stringToUTF8Array = /* @__PURE__ */ __name((str2, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str2.length; ++i2) {
        var u = str2.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str2.charCodeAt(++i2);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    }, "stringToUTF8Array");
    var stringToUTF8 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str2) => {
      var size = lengthBytesUTF8(str2) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str2, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str2 = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str2;
        str2 += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str2.length * 2 ? maxBytesToWrite / 2 : str2.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str2.charCodeAt(i2);
        LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
        outPtr += 2;
      }
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
      return outPtr - startPtr;
    }, "stringToUTF16");
    var wasmImports = {
      /** @export */
      __heap_base: ___heap_base,
      /** @export */
      __indirect_function_table: wasmTable,
      /** @export */
      __memory_base: ___memory_base,
      /** @export */
      __stack_pointer: ___stack_pointer,
      /** @export */
      __table_base: ___table_base,
      /** @export */
      _abort_js: __abort_js,
      /** @export */
      clock_time_get: _clock_time_get,
      /** @export */
      emscripten_resize_heap: _emscripten_resize_heap,
      /** @export */
      fd_close: _fd_close,
      /** @export */
      fd_seek: _fd_seek,
      /** @export */
      fd_write: _fd_write,
      /** @export */
      memory: wasmMemory,
      /** @export */
      tree_sitter_log_callback: _tree_sitter_log_callback,
      /** @export */
      tree_sitter_parse_callback: _tree_sitter_parse_callback,
      /** @export */
      tree_sitter_progress_callback: _tree_sitter_progress_callback,
      /** @export */
      tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
    };
    var wasmExports = await createWasm();
    var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
    var _malloc = Module["_malloc"] = wasmExports["malloc"];
    var _calloc = Module["_calloc"] = wasmExports["calloc"];
    var _realloc = Module["_realloc"] = wasmExports["realloc"];
    var _free = Module["_free"] = wasmExports["free"];
    var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
    var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
    var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
    var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
    var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
    var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
    var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
    var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
    var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
    var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
    var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
    var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
    var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
    var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
    var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
    var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
    var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
    var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
    var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
    var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
    var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
    var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
    var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
    var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
    var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
    var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
    var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
    var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
    var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
    var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
    var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
    var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
    var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
    var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
    var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
    var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
    var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
    var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
    var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
    var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
    var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
    var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
    var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
    var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
    var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
    var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
    var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
    var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
    var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
    var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
    var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
    var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
    var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
    var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
    var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
    var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
    var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
    var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
    var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
    var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
    var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
    var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
    var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
    var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
    var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
    var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
    var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
    var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
    var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
    var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
    var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
    var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
    var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
    var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
    var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
    var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
    var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
    var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
    var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
    var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
    var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
    var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
    var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
    var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
    var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
    var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
    var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
    var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
    var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
    var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
    var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
    var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
    var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
    var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
    var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
    var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
    var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
    var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
    var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
    var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
    var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
    var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
    var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
    var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
    var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
    var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
    var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
    var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
    var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
    var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
    var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
    var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
    var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
    var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
    var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
    var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
    var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
    var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
    var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
    var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
    var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
    var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
    var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
    var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
    var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
    var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
    var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
    var _memset = Module["_memset"] = wasmExports["memset"];
    var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
    var _memmove = Module["_memmove"] = wasmExports["memmove"];
    var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
    var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
    var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
    var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
    var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
    var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
    var _memchr = Module["_memchr"] = wasmExports["memchr"];
    var _strlen = Module["_strlen"] = wasmExports["strlen"];
    var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
    var _strncat = Module["_strncat"] = wasmExports["strncat"];
    var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
    var _towlower = Module["_towlower"] = wasmExports["towlower"];
    var _towupper = Module["_towupper"] = wasmExports["towupper"];
    var _setThrew = wasmExports["setThrew"];
    var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
    var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
    var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
    var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
    Module["setValue"] = setValue;
    Module["getValue"] = getValue;
    Module["UTF8ToString"] = UTF8ToString;
    Module["stringToUTF8"] = stringToUTF8;
    Module["lengthBytesUTF8"] = lengthBytesUTF8;
    Module["AsciiToString"] = AsciiToString;
    Module["stringToUTF16"] = stringToUTF16;
    Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
    function callMain(args2 = []) {
      var entryFunction = resolveGlobalSymbol("main").sym;
      if (!entryFunction) return;
      args2.unshift(thisProgram);
      var argc = args2.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args2.forEach((arg) => {
        LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
        argv_ptr += 4;
      });
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
      try {
        var ret = entryFunction(argc, argv);
        exitJS(
          ret,
          /* implicit = */
          true
        );
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    __name(callMain, "callMain");
    function run(args2 = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"];
        if (!noInitialRun) callMain(args2);
        postRun();
      }
      __name(doRun, "doRun");
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    __name(run, "run");
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    run();
    moduleRtn = readyPromise;
    return moduleRtn;
  };
})();
var tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// src/shell.ts
var parser;
function findWasm(file, pkgPath) {
  const here = dirname(fileURLToPath(import.meta.url));
  const local = join(here, file);
  if (existsSync(local)) return local;
  return createRequire(import.meta.url).resolve(pkgPath);
}
async function initShellParser() {
  if (parser) return;
  setFlagsFromString("--liftoff-only");
  const runtimeWasm = findWasm("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
  await Parser.init({ locateFile: () => runtimeWasm });
  const bash = await Language.load(findWasm("tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm"));
  const p = new Parser();
  p.setLanguage(bash);
  parser = p;
}
function requireParser() {
  if (!parser) throw new Error("initShellParser() must be awaited before shell text is parsed");
  return parser;
}
var SUBSTITUTIONS = /* @__PURE__ */ new Set(["command_substitution", "process_substitution"]);
var EXPANSIONS = /* @__PURE__ */ new Set(["simple_expansion", "expansion", "command_substitution", "process_substitution", "arithmetic_expansion"]);
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"]);
function parseShell(source) {
  const tree = requireParser().parse(source.text);
  if (!tree) return { commands: [], hasError: true };
  const commands = [];
  const ctx = new Walker(source, commands);
  ctx.walk(tree.rootNode, void 0);
  const hasError = tree.rootNode.hasError;
  tree.delete();
  return { commands: withInnerScripts(commands, source.lines), hasError };
}
function execFormScript(words2, lines) {
  if (words2.length === 0) return { commands: [], hasError: false };
  const first = words2[0].loc;
  const last = words2[words2.length - 1].loc;
  const loc = { ...first, endLine: last.endLine, endColumn: last.endColumn };
  const cmd = { words: words2, assignments: [], writes: [], loc, pipedInto: [] };
  return { commands: withInnerScripts([cmd], lines), hasError: false };
}
function withInnerScripts(commands, lines) {
  const all = [...commands];
  const at = (c) => `${c.loc.startLine}:${c.loc.startColumn}:${c.words[0]?.value}`;
  const known = new Set(commands.map(at));
  for (const cmd of commands) {
    const script = innerScript(cmd);
    if (!script) continue;
    for (const inner of parseShell({ text: script.value, offsets: script.offsets, lines }).commands) {
      if (known.has(at(inner))) continue;
      known.add(at(inner));
      all.push(inner);
    }
  }
  return all;
}
function innerScript(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const base = basename(name2.value);
  if (!SHELLS.has(base) && base !== "su") return void 0;
  for (let i2 = 0; i2 < args2.length; i2++) {
    const a = args2[i2].value;
    if (a === "-c" || a === "--command" || /^-[a-z]*c[a-z]*$/.test(a)) {
      return args2[i2 + 1];
    }
    if (base !== "su" && !a.startsWith("-")) return void 0;
  }
  return void 0;
}
var Walker = class {
  constructor(source, out2) {
    this.source = source;
    this.out = out2;
  }
  walk(node, parent) {
    switch (node.type) {
      case "comment":
        return;
      case "command":
        this.command(node, parent, []);
        return;
      case "redirected_statement": {
        const body2 = node.childForFieldName("body");
        const redirects = node.childrenForFieldName("redirect").filter((r) => !!r);
        if (body2?.type === "command") {
          this.command(body2, parent, redirects);
          return;
        }
        break;
      }
      case "pipeline":
        this.pipeline(node, parent);
        return;
      case "declaration_command":
        this.declaration(node, parent);
        return;
    }
    for (const child of node.namedChildren) if (child) this.walk(child, parent);
  }
  pipeline(node, parent) {
    const elements = node.namedChildren.filter((c) => !!c && c.type !== "comment");
    const groups = elements.map((element) => {
      const start2 = this.out.length;
      this.walk(element, parent);
      return this.out.slice(start2).filter((c) => c.substitutedInto === parent);
    });
    for (let i2 = 0; i2 + 1 < groups.length; i2++) {
      for (const cmd of groups[i2]) cmd.pipedInto = groups[i2 + 1];
    }
  }
  command(node, parent, outerRedirects) {
    const words2 = [];
    const writes = [];
    const assignments = [];
    const nested = [];
    let stdinText;
    for (let i2 = 0; i2 < node.childCount; i2++) {
      const child = node.child(i2);
      if (!child) continue;
      const field = node.fieldNameForChild(i2);
      if (child.type === "variable_assignment") {
        const name2 = child.childForFieldName("name");
        const value2 = child.childForFieldName("value");
        if (name2) assignments.push({ name: name2.text, value: value2 ? this.word(value2) : this.emptyWord(child.endIndex) });
        if (value2) nested.push(value2);
      } else if (child.type === "file_redirect" || child.type === "herestring_redirect") {
        this.redirect(child, words2, writes);
        stdinText = this.stdinText(child) ?? stdinText;
        nested.push(child);
      } else if (field === "name" || field === "argument" || child.type === "command_name") {
        const target = child.type === "command_name" ? child.namedChild(0) ?? child : child;
        words2.push(this.word(target));
        nested.push(child);
      }
    }
    for (const r of outerRedirects) {
      if (r.type === "file_redirect" || r.type === "herestring_redirect") this.redirect(r, words2, writes);
      stdinText = this.stdinText(r) ?? stdinText;
      nested.push(r);
    }
    if (words2.length === 0) {
      for (const n of nested) this.walkNested(n, parent);
      return;
    }
    const cmd = {
      words: words2,
      assignments,
      writes,
      loc: this.loc(node.startIndex, node.endIndex),
      pipedInto: [],
      ...parent ? { substitutedInto: parent } : {},
      ...stdinText ? { stdinText } : {}
    };
    this.out.push(cmd);
    for (const n of nested) this.walkNested(n, cmd);
  }
  /**
   * `export A=1 B`, `local T=x`, `readonly R=1`: a command named by its keyword whose
   * assignments are recorded like `A=1 cmd` assignments, so rules see the values either way.
   */
  declaration(node, parent) {
    const keyword = node.child(0);
    if (!keyword) return;
    const words2 = [this.word(keyword)];
    const assignments = [];
    const nested = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "variable_assignment") {
        const name2 = child.childForFieldName("name");
        const value2 = child.childForFieldName("value");
        if (name2) assignments.push({ name: name2.text, value: value2 ? this.word(value2) : this.emptyWord(child.endIndex) });
        if (value2) nested.push(value2);
      } else words2.push(this.word(child));
    }
    const cmd = {
      words: words2,
      assignments,
      writes: [],
      loc: this.loc(node.startIndex, node.endIndex),
      pipedInto: [],
      ...parent ? { substitutedInto: parent } : {}
    };
    this.out.push(cmd);
    for (const n of nested) this.walkNested(n, cmd);
  }
  /** Commands inside a word run through `$(...)`, backticks or `<(...)`. */
  walkNested(node, owner) {
    if (SUBSTITUTIONS.has(node.type)) {
      for (const c of node.namedChildren) if (c) this.walk(c, owner);
      return;
    }
    for (const c of node.namedChildren) if (c) this.walkNested(c, owner);
  }
  /**
   * tree-sitter-bash attaches the words after a redirect (`echo >&2 "msg" more`) as extra
   * destinations of that redirect; only the first is the redirect's target.
   */
  redirect(node, words2, writes) {
    const destinations = node.childrenForFieldName("destination").filter((d) => !!d);
    const op = node.children.find((c) => c && !c.isNamed)?.text ?? "";
    destinations.forEach((d, i2) => {
      if (i2 === 0) {
        if (/^(>|>>|>\||&>|&>>)$/.test(op)) writes.push(this.word(d));
      } else words2.push(this.word(d));
    });
  }
  /** `<<< text` (the redirect's only named child) or a heredoc's body, taken literally. */
  stdinText(node) {
    if (node.type === "heredoc_redirect") {
      const body2 = node.namedChildren.find((c) => c?.type === "heredoc_body");
      if (!body2) return void 0;
      const offsets = [];
      for (let i2 = body2.startIndex; i2 < body2.endIndex; i2++) offsets.push(this.source.offsets[i2] ?? 0);
      return { value: body2.text, raw: body2.text, hasExpansion: false, loc: this.loc(body2.startIndex, body2.endIndex), offsets };
    }
    if (node.type !== "herestring_redirect") return void 0;
    const text = node.namedChildren.find((c) => !!c && c.type !== "file_descriptor");
    return text ? this.word(text) : void 0;
  }
  emptyWord(at) {
    return { value: "", raw: "", hasExpansion: false, loc: this.loc(at, at), offsets: [] };
  }
  loc(start2, end) {
    const { offsets, lines } = this.source;
    const s = offsets[start2] ?? offsets[offsets.length - 1] ?? 0;
    const e = end > start2 ? (offsets[end - 1] ?? s) + 1 : s;
    return lines.location(s, e);
  }
  word(node) {
    const { value: value2, offsets, hasExpansion } = unquote2(node, this.source.text);
    return {
      value: value2,
      raw: node.text,
      hasExpansion,
      loc: this.loc(node.startIndex, node.endIndex),
      offsets: offsets.map((i2) => this.source.offsets[i2] ?? 0)
    };
  }
};
function unquote2(node, text) {
  const skips = [];
  collectExpansions(node, skips);
  const hasExpansion = skips.length > 0;
  let value2 = "";
  const offsets = [];
  const emit = (i3) => {
    value2 += text[i3];
    offsets.push(i3);
  };
  let quote = "";
  let i2 = node.startIndex;
  const end = node.endIndex;
  let skip = 0;
  while (i2 < end) {
    const expansion = skips[skip];
    if (expansion && expansion.startIndex === i2 && quote !== "'" && quote !== "$") {
      for (let j = expansion.startIndex; j < expansion.endIndex; j++) emit(j);
      i2 = expansion.endIndex;
      skip++;
      continue;
    }
    if (expansion && expansion.startIndex < i2) {
      skip++;
      continue;
    }
    const ch = text[i2];
    if (quote === "'" || quote === "$") {
      if (ch === "'") quote = "";
      else if (quote === "$" && ch === "\\" && i2 + 1 < end) {
        emit(i2 + 1);
        i2 += 2;
        continue;
      } else emit(i2);
      i2++;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = "";
      else if (ch === "\\" && i2 + 1 < end && '$`"\\\n'.includes(text[i2 + 1])) {
        if (text[i2 + 1] !== "\n") emit(i2 + 1);
        i2 += 2;
        continue;
      } else emit(i2);
      i2++;
      continue;
    }
    if (ch === "'") quote = "'";
    else if (ch === '"') quote = '"';
    else if (ch === "$" && text[i2 + 1] === "'") {
      quote = "$";
      i2++;
    } else if (ch === "$" && text[i2 + 1] === '"') {
      quote = '"';
      i2++;
    } else if (ch === "\\" && i2 + 1 < end) {
      if (text[i2 + 1] !== "\n") emit(i2 + 1);
      i2 += 2;
      continue;
    } else emit(i2);
    i2++;
  }
  return { value: value2, offsets, hasExpansion };
}
function collectExpansions(node, out2) {
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (EXPANSIONS.has(c.type)) out2.push(c);
    else collectExpansions(c, out2);
  }
}
function basename(path) {
  const i2 = path.lastIndexOf("/");
  return i2 >= 0 ? path.slice(i2 + 1) : path;
}
var WRAPPERS = {
  sudo: { valueOptions: /^-[ugChDpRrTU]$|^--(user|group|host|prompt|chdir|role|type|other-user|close-from)$/ },
  doas: { valueOptions: /^-[uC]$/ },
  // `busybox modprobe x` runs the applet named next.
  busybox: { valueOptions: /^$/ },
  env: { valueOptions: /^-[uSC]$|^--(unset|chdir|split-string)$/ },
  exec: { valueOptions: /^-a$/ },
  nohup: { valueOptions: /^$/ },
  time: { valueOptions: /^-[fo]$/ },
  command: { valueOptions: /^$/ },
  nice: { valueOptions: /^-n$|^--adjustment$/ },
  ionice: { valueOptions: /^-[cnp]$/ },
  stdbuf: { valueOptions: /^-[ioe]$/ },
  timeout: { valueOptions: /^-[sk]$|^--(signal|kill-after)$/, positional: 1 },
  chroot: { valueOptions: /^--(userspec|groups)$/, positional: 1 },
  "su-exec": { valueOptions: /^$/, positional: 1 },
  gosu: { valueOptions: /^$/, positional: 1 },
  tini: { valueOptions: /^-[ep]$/ },
  "dumb-init": { valueOptions: /^$/ },
  xargs: { valueOptions: /^-[EeIiLlnPsd]$/ }
};
function unwrapCommand(cmd) {
  const words2 = cmd.words;
  const wrappers = [];
  let i2 = 0;
  while (i2 < words2.length) {
    const base = basename(words2[i2].value);
    const wrapper = WRAPPERS[base];
    if (!wrapper) break;
    wrappers.push(words2[i2]);
    i2++;
    let positional = wrapper.positional ?? 0;
    while (i2 < words2.length) {
      const w = words2[i2].value;
      if (w === "--") {
        i2++;
        break;
      }
      if (base === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
        i2++;
        continue;
      }
      if (w.startsWith("-") && w.length > 1) {
        i2 += wrapper.valueOptions.test(w) ? 2 : 1;
        continue;
      }
      if (positional > 0) {
        positional--;
        i2++;
        continue;
      }
      break;
    }
  }
  return { name: words2[i2], args: words2.slice(i2 + 1), wrappers };
}
function programOf(cmd) {
  const { name: name2 } = unwrapCommand(cmd);
  return name2 ? basename(name2.value) : void 0;
}
function runsProgram(cmd, program) {
  const { name: name2, wrappers } = unwrapCommand(cmd);
  for (const w of [...wrappers, ...name2 ? [name2] : []]) if (basename(w.value) === program) return w;
  return void 0;
}
function splitCommandLine(source) {
  const { text, offsets, lines } = source;
  const words2 = [];
  let value2 = "";
  let valueOffsets = [];
  let start2 = -1;
  let quote = "";
  const flush = (end) => {
    if (start2 < 0) return;
    const s = offsets[start2] ?? 0;
    const e = (offsets[end - 1] ?? s) + 1;
    words2.push({ value: value2, raw: text.slice(start2, end), hasExpansion: false, loc: lines.location(s, e), offsets: valueOffsets });
    value2 = "";
    valueOffsets = [];
    start2 = -1;
  };
  const emit = (i2) => {
    value2 += text[i2];
    valueOffsets.push(offsets[i2] ?? 0);
  };
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text[i2];
    if (quote === "'") {
      if (ch === "'") quote = "";
      else emit(i2);
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = "";
      else if (ch === "\\" && i2 + 1 < text.length && '"\\$`'.includes(text[i2 + 1])) emit(++i2);
      else emit(i2);
      continue;
    }
    if (/\s/.test(ch)) {
      flush(i2);
      continue;
    }
    if (";&|<>".includes(ch)) {
      flush(i2);
      break;
    }
    if (start2 < 0) start2 = i2;
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "\\" && i2 + 1 < text.length) emit(++i2);
    else emit(i2);
  }
  flush(text.length);
  return words2;
}

// src/remote-code.ts
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget"]);
var SHELLS2 = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
var EVALUATORS = /* @__PURE__ */ new Set(["eval", "source", "."]);
function interpreterKind(program) {
  if (SHELLS2.has(program)) return "shell";
  if (/^python[0-9.]*$/.test(program)) return "python";
  if (program === "perl") return "perl";
  if (program === "ruby") return "ruby";
  if (program === "node" || program === "nodejs") return "node";
  if (/^php[0-9.]*$/.test(program)) return "php";
  return void 0;
}
function curlPipedToShell(cmd) {
  const { name: name2 } = unwrapCommand(cmd);
  if (!name2 || !DOWNLOADERS.has(basename(name2.value))) return void 0;
  const seen = /* @__PURE__ */ new Set();
  const queue = [...cmd.pipedInto];
  while (queue.length) {
    const next = queue.shift();
    if (seen.has(next)) continue;
    seen.add(next);
    const interpreter = readsCodeFromStdin(next);
    if (interpreter) return { download: name2, interpreter, how: "pipe" };
    queue.push(...next.pipedInto);
  }
  const outer = cmd.substitutedInto;
  if (outer) {
    const interpreter = runsSubstitutionAsCode(outer, cmd.loc);
    if (interpreter) return { download: name2, interpreter, how: "substitution" };
  }
  return void 0;
}
function readsCodeFromStdin(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const kind = interpreterKind(basename(name2.value));
  if (!kind) return void 0;
  const script = scriptArgument(kind, args2);
  if (script === "stdin") return name2;
  return void 0;
}
function scriptArgument(kind, args2) {
  const inlineFlag = {
    shell: /^-[a-zA-Z]*c[a-zA-Z]*$/,
    python: /^-c$/,
    perl: /^-[a-zA-Z]*[eE]$/,
    ruby: /^-[a-zA-Z]*e$/,
    node: /^(-e|--eval|-p|--print)$/,
    php: /^-r$/
  };
  const valueOption = {
    shell: /^[-+][oO]$/,
    python: /^-[WXQ]$/,
    perl: /^-[IM]$/,
    ruby: /^-[IrCE]$/,
    node: /^(-r|--require|--import|--loader|--input-type)$/,
    php: /^-[cdz]$/
  };
  let fromStdin = false;
  for (let i2 = 0; i2 < args2.length; i2++) {
    const v = args2[i2].value;
    if (v === "-") return "stdin";
    if (v === "--") {
      if (kind === "php") return "stdin";
      const rest = args2[i2 + 1];
      if (!rest || fromStdin) return "stdin";
      return rest.value === "-" ? "stdin" : { file: rest };
    }
    if (inlineFlag[kind].test(v)) return { inline: args2[i2 + 1] };
    if (kind === "python" && v === "-m") return { inline: void 0 };
    if (kind === "php" && v === "-f") return args2[i2 + 1] ? { file: args2[i2 + 1] } : "stdin";
    if (valueOption[kind].test(v)) {
      i2++;
      continue;
    }
    if (kind === "shell" && /^-[a-zA-Z]*s[a-zA-Z]*$/.test(v)) fromStdin = true;
    if (v.startsWith("-") || v.startsWith("+")) continue;
    return fromStdin ? "stdin" : { file: args2[i2] };
  }
  return "stdin";
}
function runsSubstitutionAsCode(outer, inner) {
  const holder = outer.words.find((w) => contains(w.loc, inner));
  if (!holder) return void 0;
  const { name: name2, args: args2 } = unwrapCommand(outer);
  if (!name2) return void 0;
  if (holder === name2) return name2;
  const program = basename(name2.value);
  if (EVALUATORS.has(program)) return args2.includes(holder) ? name2 : void 0;
  const kind = interpreterKind(program);
  if (!kind) return void 0;
  const script = scriptArgument(kind, args2);
  if (script === "stdin") return void 0;
  const word = "file" in script ? script.file : script.inline;
  return word === holder ? name2 : void 0;
}
function contains(outer, inner) {
  const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 <= c2;
  return before(outer.startLine, outer.startColumn, inner.startLine, inner.startColumn) && before(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn);
}

// rules/curl-pipe-shell.ts
var curl_pipe_shell_default = defineRule({
  id: "curl-pipe-shell",
  title: "Downloaded script piped into a shell",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "supply-chain",
  rationale: "Piping a download straight into a shell runs whatever the server returns, as root during the build, with nothing recorded about what ran. A compromised or spoofed host, or a truncated transfer, executes inside a container that shares the host kernel, and the result ships in the image.",
  fix: "Download to a file, verify it against a published checksum or signature (`sha256sum -c`, `gpg --verify`), then run it; or install the tool from a signed package.",
  example: 'RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh',
  references: ["https://docs.docker.com/build/building/best-practices/#run", "https://docs.docker.com/reference/dockerfile/#add---checksum"],
  checkImage(image, { report }) {
    for (const { command: command2 } of [...imageCommands(image), ...startCommands(image)]) {
      const run2 = curlPipedToShell(command2);
      if (!run2) continue;
      const into = basename(run2.interpreter.value);
      const downloader = basename(run2.download.value);
      report(run2.download, run2.how === "pipe" ? `${downloader} output is piped into ${into}` : `${downloader} output is run by ${into}`);
    }
  },
  checkRuntime(container, { report }) {
    for (const command2 of runtimeCommands(container)) {
      const run2 = curlPipedToShell(command2);
      if (!run2) continue;
      const into = basename(run2.interpreter.value);
      const downloader = basename(run2.download.value);
      report(run2.download, `service ${container.name.value} starts with ${downloader} output ${run2.how === "pipe" ? "piped into" : "run by"} ${into}`);
    }
  }
});

// rules/dangerous-capability.ts
var CRITICAL = /* @__PURE__ */ new Map([
  ["ALL", "every capability"],
  ["SYS_ADMIN", "mount, namespaces, BPF and most kernel administration"]
]);
var HIGH = /* @__PURE__ */ new Map([
  ["SYS_MODULE", "loading kernel modules"],
  ["SYS_PTRACE", "tracing and reading the memory of other processes"],
  ["SYS_RAWIO", "raw I/O ports and device memory"],
  ["SYS_BOOT", "rebooting the host or loading a new kernel"],
  ["SYS_TIME", "setting the host's clock"],
  ["DAC_READ_SEARCH", "opening host files by handle (open_by_handle_at), bypassing read permissions"],
  ["NET_ADMIN", "reconfiguring interfaces, routes and firewall rules"],
  ["BPF", "loading BPF programs into the kernel"],
  ["PERFMON", "kernel performance monitoring and tracing"],
  ["MAC_ADMIN", "changing AppArmor/SELinux policy"],
  ["MAC_OVERRIDE", "overriding AppArmor/SELinux policy"],
  ["SYSLOG", "reading and clearing the kernel log, which leaks kernel addresses"],
  ["LINUX_IMMUTABLE", "changing immutable and append-only file flags"]
]);
function capabilityName(written) {
  return written.trim().toUpperCase().replace(/^CAP_/, "");
}
var dangerous_capability_default = defineRule({
  id: "dangerous-capability",
  title: "Dangerous capability added",
  level: "error",
  securitySeverity: 9,
  profile: "recommended",
  sources: ["runtime"],
  category: "privilege",
  rationale: "Capabilities split root's power; Docker keeps the dangerous ones away from containers because they act on the one kernel every container shares. Adding ALL or SYS_ADMIN is close to running privileged, and each of the others (module loading, ptrace, raw I/O, BPF, network or LSM administration) is a known escape or host-tampering path.",
  fix: "Remove the capability from `cap_add`. If a narrower one does the job (NET_BIND_SERVICE for a low port, CHOWN), add only that, and start from `cap_drop: [ALL]`.",
  example: "services:\n  web:\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#cap_add",
    "https://docs.docker.com/engine/security/#linux-kernel-capabilities",
    "https://man7.org/linux/man-pages/man7/capabilities.7.html"
  ],
  checkRuntime(container, { report }) {
    for (const cap of container.capAdd) {
      const written = resolvedText(cap);
      if (!written) continue;
      const name2 = capabilityName(written);
      const critical = CRITICAL.get(name2);
      const high = HIGH.get(name2);
      if (!critical && !high) continue;
      report(cap, `service ${container.name.value} adds capability ${name2} (${critical ?? high})`, {
        securitySeverity: critical ? 9 : 7.5
      });
    }
  }
});

// rules/docker-api-port.ts
var DOCKER_API_PORT = 2375;
var DOCKER_API_TLS_PORT = 2376;
function dockerApiListener(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2 || basename(name2.value) !== "dockerd") return void 0;
  let found;
  let tlsVerify = false;
  for (let i2 = 0; i2 < args2.length; i2++) {
    const word = args2[i2];
    const a = word.value;
    let address;
    let where = word;
    if (a === "-H" || a === "--host") {
      where = args2[++i2] ?? word;
      address = args2[i2]?.value;
    } else if (a.startsWith("--host=")) address = a.slice("--host=".length);
    else if (a.startsWith("-H")) address = a.slice(a[2] === "=" ? 3 : 2);
    else if (a === "--tlsverify" || a === "--tlsverify=true") tlsVerify = true;
    if (address !== void 0 && !where.hasExpansion && onNetwork(address)) found ??= { at: where, address };
  }
  return found ? { ...found, tlsVerify } : void 0;
}
function onNetwork(address) {
  const withScheme = address.includes("://") ? address : `tcp://${address}`;
  const m = /^tcp:\/\/(\[[^\]]*\]|[^:/]*)/i.exec(withScheme);
  if (!m) return false;
  const host = m[1].replace(/^\[|\]$/g, "").toLowerCase();
  return !(host === "" || host === "localhost" || host === "::1" || /^127\./.test(host));
}
var PLAIN = { port: DOCKER_API_PORT, what: `the unencrypted Docker API port ${DOCKER_API_PORT}`, level: "error", securitySeverity: 9 };
var TLS = { port: DOCKER_API_TLS_PORT, what: `the Docker API TLS port ${DOCKER_API_TLS_PORT}`, level: "warning", securitySeverity: 6 };
function dockerApiPort(covers) {
  return [PLAIN, TLS].find((p) => covers(p.port));
}
function exposeRange(entry) {
  const m = /^(\d+)(?:-(\d+))?(?:\/([a-z]+))?$/i.exec(entry.trim());
  if (!m || m[3] && m[3].toLowerCase() !== "tcp") return void 0;
  const from = Number(m[1]);
  return { from, to: m[2] ? Number(m[2]) : from };
}
function publishes(mapping, port2) {
  return mapping.protocol === "tcp" && (mapping.targetPorts.includes(port2) || mapping.publishedPorts.includes(port2));
}
function reportListener(listener, report) {
  if (listener.tlsVerify) {
    report(listener.at, `dockerd serves its API on ${listener.address}, protected only by TLS client certificates`, { level: "warning", securitySeverity: 6 });
  } else {
    report(listener.at, `dockerd serves its API without authentication on ${listener.address}`);
  }
}
var docker_api_port_default = defineRule({
  id: "docker-api-port",
  title: "Docker Engine API exposed on the network",
  level: "error",
  securitySeverity: 9,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "host-resources",
  rationale: "Whoever can reach the Docker API can start a privileged container that mounts the host's root filesystem: it is root on the host, past every container fence. Port 2375 serves that API without authentication or encryption; 2376 is meant for TLS with client certificates, which is only as safe as the certificates and their distribution.",
  fix: "Do not expose the Engine API from a container. Talk to a daemon over its Unix socket or over SSH (`DOCKER_HOST=ssh://\u2026`); if TCP is unavoidable, bind to 127.0.0.1 or use `--tlsverify` with client certificates on 2376.",
  example: '# bad\nEXPOSE 2375\nCMD ["dockerd", "-H", "tcp://0.0.0.0:2375"]\n# good\nCMD ["dockerd", "-H", "unix:///var/run/docker.sock"]',
  references: [
    "https://docs.docker.com/engine/security/protect-access/",
    "https://docs.docker.com/engine/daemon/remote-access/",
    "https://docs.docker.com/reference/dockerfile/#expose",
    "https://docs.docker.com/reference/compose-file/services/#ports",
    "https://docs.docker.com/reference/compose-file/services/#expose"
  ],
  checkImage(image, { report }) {
    for (const port2 of exposedPorts(image)) {
      const api = dockerApiPort((n) => exposesTcp(port2, n));
      if (api) report(port2.written, `EXPOSE ${port2.written.value} declares ${api.what}`, level(api));
    }
    for (const { command: command2 } of [...imageCommands(image), ...startCommands(image)]) {
      const listener = dockerApiListener(command2);
      if (listener) reportListener(listener, report);
    }
  },
  checkRuntime(container, { report }) {
    const name2 = container.name.value;
    for (const mapping of container.ports) {
      const api = dockerApiPort((n) => publishes(mapping, n));
      if (!api) continue;
      const where = mapping.allInterfaces ? "on every host interface" : `on ${mapping.hostIp}, and to its networks`;
      report(mapping, `service ${name2} publishes ${api.what} ${where}`, level(api));
    }
    for (const entry of container.expose) {
      const text = resolvedText(entry);
      const range = text === void 0 ? void 0 : exposeRange(text);
      const api = range && dockerApiPort((n) => range.from <= n && n <= range.to);
      if (api) report(entry, `service ${name2} exposes ${api.what} to the containers on its networks`, level(api));
    }
    for (const command2 of runtimeCommands(container)) {
      const listener = dockerApiListener(command2);
      if (listener) reportListener(listener, report);
    }
  }
});
function level(api) {
  return { level: api.level, securitySeverity: api.securitySeverity };
}

// src/runtime/host-paths.ts
import { posix } from "node:path";
function normalizeHostPath(path) {
  const p = path.trim();
  if (!p.startsWith("/")) return p;
  const n = posix.normalize(p);
  return n.length > 1 ? n.replace(/\/+$/, "") : n;
}
var RUN = String.raw`/(?:var/)?run`;
var SOCKET_DIRECTORIES = [
  { re: new RegExp(`^${RUN}$`), engine: "Docker" },
  // dockerd's own containerd, when the daemon manages it.
  { re: new RegExp(`^${RUN}/docker(?:/containerd)?$`), engine: "Docker" },
  { re: new RegExp(`^${RUN}/containerd$`), engine: "containerd" },
  { re: new RegExp(`^${RUN}/k3s(?:/containerd)?$`), engine: "containerd (k3s)" },
  { re: new RegExp(`^${RUN}/crio$`), engine: "CRI-O" },
  { re: new RegExp(`^${RUN}/podman$`), engine: "Podman" },
  { re: new RegExp(`^${RUN}/user/\\d+/podman$`), engine: "rootless Podman" }
];
var SOCKET_NAMES = /* @__PURE__ */ new Map([
  ["docker.sock", "Docker"],
  ["containerd.sock", "containerd"],
  ["crio.sock", "CRI-O"],
  ["podman.sock", "Podman"],
  ["cri-dockerd.sock", "Docker (cri-dockerd)"]
]);
function engineSocket(hostPath) {
  const path = normalizeHostPath(hostPath);
  if (!path.startsWith("/") && !path.startsWith("~")) return void 0;
  const byName = SOCKET_NAMES.get(posix.basename(path));
  if (byName) return { engine: byName, kind: "socket" };
  const hit = SOCKET_DIRECTORIES.find((e) => e.re.test(path));
  return hit ? { engine: hit.engine, kind: "directory" } : void 0;
}
function isDockerEnginePipe(source) {
  return /^[\\/]{2}\.[\\/]pipe[\\/]docker_engine/i.test(source.trim());
}
function bindHostPath(mount2) {
  if (mount2.type !== "bind" || !mount2.source || mount2.source.unresolved?.length) return void 0;
  if (mount2.hostPath) return normalizeHostPath(mount2.hostPath);
  const written = mount2.source.value.trim();
  if (written !== "~" && !written.startsWith("~/")) return void 0;
  return posix.normalize(written).replace(/(.)\/+$/, "$1");
}
function mountedEngineSocket(mount2) {
  if (!mount2.source || mount2.source.unresolved?.length) return void 0;
  if (isDockerEnginePipe(mount2.source.value)) return { engine: "Docker", kind: "socket" };
  const path = bindHostPath(mount2);
  return path ? engineSocket(path) : void 0;
}

// rules/docker-socket-mount.ts
var docker_socket_mount_default = defineRule({
  id: "docker-socket-mount",
  title: "Container engine socket mounted into the container",
  level: "error",
  securitySeverity: 9,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Whoever can talk to the Docker, containerd, CRI-O or Podman API can start a privileged container with the host's root filesystem mounted, so the socket is root on the host. Mounting it read-only changes nothing: the API still answers, and every other fence of this container stops mattering.",
  fix: "Remove the mount. If the service only reads container state, put a filtering API proxy (e.g. a socket proxy that allows only GET endpoints) between it and the engine, or run it rootless.",
  example: "services:\n  traefik:\n    environment:\n      DOCKER_HOST: tcp://socket-proxy:2375",
  references: [
    "https://docs.docker.com/engine/security/#docker-daemon-attack-surface",
    "https://docs.docker.com/engine/security/protect-access/",
    "https://docs.docker.com/reference/compose-file/services/#volumes"
  ],
  checkRuntime(container, { report }) {
    for (const mount2 of container.mounts) {
      const socket = mountedEngineSocket(mount2);
      if (!socket) continue;
      const path = mount2.source.value;
      const what = socket.kind === "socket" ? `the ${socket.engine} API socket ${path}` : `${path}, which holds the ${socket.engine} API socket`;
      const ro = mount2.readOnly ? " (read-only does not help: the API still answers)" : "";
      report(mount2.source ?? mount2, `service ${container.name.value} mounts ${what}: it can control the engine and through it the host${ro}`);
    }
  }
});

// src/ports.ts
var INTERNAL_SERVICE_PORTS = /* @__PURE__ */ new Map([
  [5432, "PostgreSQL"],
  [3306, "MySQL/MariaDB"],
  [1433, "SQL Server"],
  [1521, "Oracle"],
  [27017, "MongoDB"],
  [6379, "Redis"],
  [11211, "Memcached"],
  [9200, "Elasticsearch"],
  [9300, "Elasticsearch transport"],
  [5984, "CouchDB"],
  [8086, "InfluxDB"],
  [2379, "etcd"],
  [2380, "etcd peer"],
  [5672, "RabbitMQ"],
  [9092, "Kafka"],
  [2181, "ZooKeeper"],
  [8500, "Consul"]
]);
function internalPortsOnAllInterfaces(port2) {
  if (!port2.allInterfaces) return [];
  return port2.targetPorts.filter((p) => INTERNAL_SERVICE_PORTS.has(p));
}

// rules/exposed-internal-port.ts
var exposed_internal_port_default = defineRule({
  id: "exposed-internal-port",
  title: "Internal service port published on all interfaces",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["runtime"],
  category: "network",
  rationale: "Docker publishes ports with its own NAT rules, ahead of the host firewall (ufw/firewalld rules do not apply), so a database or cache published without a host IP answers on every interface of the host. Such services usually trust their network and are a common way into a host and its neighbours.",
  fix: 'Drop the `ports` entry and reach the service over the Compose network, or bind it to loopback: `"127.0.0.1:5432:5432"`.',
  example: 'services:\n  db:\n    ports:\n      - "127.0.0.1:5432:5432"',
  references: ["https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw", "https://docs.docker.com/reference/compose-file/services/#ports"],
  checkRuntime(container, { report }) {
    for (const port2 of container.ports) {
      const internal = internalPortsOnAllInterfaces(port2);
      if (internal.length === 0) continue;
      const names = internal.map((p) => `${p} (${INTERNAL_SERVICE_PORTS.get(p)})`).join(", ");
      report(port2, `service ${container.name.value} publishes ${names} on all host interfaces`);
    }
  }
});

// src/image/parse.ts
var import_dockerfile_ast = __toESM(require_main(), 1);

// src/position.ts
var LineIndex = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
    for (let i2 = 0; i2 < text.length; i2++) {
      const ch = text.charCodeAt(i2);
      if (ch === 10) this.lineStarts.push(i2 + 1);
      else if (ch === 13 && text.charCodeAt(i2 + 1) !== 10) this.lineStarts.push(i2 + 1);
    }
  }
  lineStarts = [0];
  /** 1-based line and column of an offset. */
  position(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }
  /** Offset of a 0-based line/character pair (the LSP convention dockerfile-ast uses). */
  offsetOf(line, character) {
    const start2 = this.lineStarts[Math.min(line, this.lineStarts.length - 1)] ?? 0;
    return start2 + character;
  }
  /** Location of the half-open offset range [start, end). */
  location(start2, end) {
    const s = this.position(start2);
    const e = this.position(Math.max(start2, end));
    return { file: this.file, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  }
};

// src/image/vars.ts
function expandVars(text, vars, escape = "\\") {
  const unresolved = [];
  let out2 = "";
  let i2 = 0;
  while (i2 < text.length) {
    const ch = text[i2];
    if (ch === escape && text[i2 + 1] === "$") {
      out2 += "$";
      i2 += 2;
      continue;
    }
    if (ch !== "$") {
      out2 += ch;
      i2++;
      continue;
    }
    if (text[i2 + 1] === "{") {
      const close = findClose(text, i2 + 2);
      if (close < 0) {
        out2 += text.slice(i2);
        break;
      }
      out2 += substitute(text.slice(i2 + 2, close), vars, escape, unresolved);
      i2 = close + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i2 + 1));
    if (!m) {
      out2 += ch;
      i2++;
      continue;
    }
    const v = vars.get(m[0]);
    if (v === void 0) unresolved.push(m[0]);
    out2 += v ?? "";
    i2 += 1 + m[0].length;
  }
  return { value: out2, unresolved };
}
function findClose(text, from) {
  let depth = 1;
  for (let i2 = from; i2 < text.length; i2++) {
    if (text[i2] === "{") depth++;
    else if (text[i2] === "}" && --depth === 0) return i2;
  }
  return -1;
}
function substitute(body2, vars, escape, unresolved) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body2);
  if (!m) {
    const name3 = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body2)?.[0];
    if (!name3) return "";
    const v2 = vars.get(name3);
    if (v2 === void 0) unresolved.push(name3);
    return v2 ?? "";
  }
  const [, name2, op, word = ""] = m;
  const v = vars.get(name2);
  const set = op?.startsWith(":") ? v !== void 0 && v !== "" : v !== void 0;
  if (op === ":-" || op === "-") return set ? v : expandVars(word, vars, escape).value;
  if (op === ":+" || op === "+") return set ? expandVars(word, vars, escape).value : "";
  if (v === void 0) unresolved.push(name2);
  return v ?? "";
}

// src/image/parse.ts
var SHELL_INSTRUCTIONS = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT"]);
function parseImage(options) {
  const { file, text } = options;
  const buildArgs = options.buildArgs ?? {};
  const lines = new LineIndex(file, text);
  const ast = import_dockerfile_ast.DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter();
  const range = (r) => lines.location(lines.offsetOf(r.start.line, r.start.character), lines.offsetOf(r.end.line, r.end.character));
  const locatedOf = (value2, r) => ({ value: value2, loc: range(r) });
  const directives = {};
  for (const d of ast.getDirectives()) {
    const name2 = d.getName();
    const valueRange = d.getValueRange();
    if (name2 && valueRange) directives[name2.toLowerCase()] = locatedOf(d.getValue() ?? "", valueRange);
  }
  const globalArgDefaults = /* @__PURE__ */ new Map();
  const globalVars = /* @__PURE__ */ new Map();
  const globalArgs = [];
  const stages = [];
  const instructions = [];
  let current;
  let vars = /* @__PURE__ */ new Map();
  const stageEnv = /* @__PURE__ */ new Map();
  const findStage = (name2) => {
    const lower = name2.toLowerCase();
    const byName = stages.find((s) => s.name?.value === lower);
    if (byName) return byName;
    return /^\d+$/.test(name2) ? stages[Number(name2)] : void 0;
  };
  const instructionOf = (node, stage, scopeVars) => {
    const keyword = node.getKeyword().toUpperCase();
    const ins = {
      keyword,
      loc: range(node.getRange()),
      keywordLoc: range(node.getInstructionRange()),
      flags: flagsOf(node, range),
      args: node.getArguments().map((a) => locatedOf(a.getValue(), a.getRange())),
      properties: propertiesOf(node, locatedOf),
      shell: void 0,
      execForm: false,
      stage,
      vars: scopeVars,
      expand: (t) => expandVars(t, scopeVars, escape),
      trigger: void 0
    };
    if (SHELL_INSTRUCTIONS.has(keyword)) {
      const { script, execForm } = shellOf(node, lines, escape);
      ins.shell = script;
      ins.execForm = execForm;
    }
    return ins;
  };
  for (const node of ast.getInstructions()) {
    const scopeVars = new Map(current ? vars : globalVars);
    const ins = instructionOf(node, current, scopeVars);
    const { keyword, flags: flags2, args: args2, properties } = ins;
    instructions.push(ins);
    if (keyword === "FROM") {
      const nameIndex = args2.findIndex((a) => a.value.toUpperCase() === "AS");
      const nameArg = nameIndex >= 0 ? args2[nameIndex + 1] : void 0;
      const imageArg = args2[0] ?? { value: "", loc: ins.keywordLoc };
      const base = imageRef(imageArg, (t) => expandVars(t, globalVars, escape), findStage);
      const platformFlag = flags2.find((f) => f.name === "platform");
      const platform = platformFlag?.value !== void 0 ? { value: expandVars(platformFlag.value, globalVars, escape).value, loc: platformFlag.loc } : void 0;
      const stage = {
        index: stages.length,
        name: nameArg ? { value: nameArg.value.toLowerCase(), loc: nameArg.loc } : void 0,
        from: ins,
        base,
        platform,
        parent: base.stage,
        instructions: [],
        reads: []
      };
      ins.stage = stage;
      stages.push(stage);
      current = stage;
      vars = new Map(base.stage ? stageEnv.get(base.stage) : void 0);
      stageEnv.set(stage, new Map(vars));
      continue;
    }
    if (!current) {
      if (keyword === "ARG") {
        for (const p of properties) {
          const name2 = p.name.value;
          const value2 = buildArgs[name2] ?? (p.value ? expandVars(p.value.value, globalVars, escape).value : void 0);
          if (value2 !== void 0) globalVars.set(name2, value2);
          if (p.value) globalArgDefaults.set(name2, value2 ?? "");
        }
        globalArgs.push(ins);
      }
      continue;
    }
    current.instructions.push(ins);
    if (keyword === "ARG") {
      for (const p of properties) {
        const name2 = p.name.value;
        const value2 = buildArgs[name2] ?? (p.value ? expandVars(p.value.value, vars, escape).value : globalVars.get(name2));
        if (value2 !== void 0 && !stageEnv.get(current).has(name2)) vars.set(name2, value2);
      }
    } else if (keyword === "ENV") {
      const env2 = stageEnv.get(current);
      for (const p of properties) {
        const value2 = expandVars(p.value?.value ?? "", vars, escape).value;
        vars.set(p.name.value, value2);
        env2.set(p.name.value, value2);
      }
    } else if (keyword === "COPY" || keyword === "ADD") {
      const from = flags2.find((f) => f.name === "from");
      const stage = from?.value ? findStage(expandVars(from.value, vars, escape).value) : void 0;
      if (stage) current.reads.push(stage);
    } else if (keyword === "RUN") {
      for (const mount2 of flags2.filter((f) => f.name === "mount")) {
        const stage = mount2.options.from ? findStage(mount2.options.from) : void 0;
        if (stage) current.reads.push(stage);
      }
    } else if (keyword === "ONBUILD") {
      const trigger = node.getTriggerInstruction?.();
      const triggerKeyword = trigger?.getKeyword().toUpperCase();
      if (trigger && triggerKeyword !== "ONBUILD" && triggerKeyword !== "FROM") {
        ins.trigger = instructionOf(trigger, current, new Map(stageEnv.get(current)));
      }
    }
  }
  const builtStage = options.target ? findStage(options.target) : stages[stages.length - 1];
  const missingTarget = options.target && !builtStage ? options.target : void 0;
  return {
    file,
    text,
    lines,
    escape,
    directives,
    globalArgs,
    stages,
    instructions,
    builtStage,
    buildStages: builtStage ? dependencies(builtStage) : [],
    missingTarget,
    effectiveUser
  };
}
function dependencies(stage) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (s) => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s.parent) visit(s.parent);
    s.reads.forEach(visit);
  };
  visit(stage);
  return [...seen].sort((a, b) => a.index - b.index);
}
function effectiveUser(stage) {
  for (let s = stage; s; s = s.parent) {
    const user = [...s.instructions].reverse().find((i2) => i2.keyword === "USER" && i2.args.length > 0);
    if (user) {
      const written = user.args[0];
      const expanded = user.expand(written.value);
      return { instruction: user, written, resolved: expanded.unresolved.length ? void 0 : expanded.value };
    }
  }
  return void 0;
}
function imageRef(written, expand, findStage) {
  const { value: value2, unresolved } = expand(written.value);
  const resolved = unresolved.length ? void 0 : value2;
  const stage = resolved !== void 0 && !resolved.includes("/") && !resolved.includes(":") ? findStage(resolved) : void 0;
  const ref = { written, resolved, unresolved, stage, scratch: resolved?.toLowerCase() === "scratch", name: void 0, tag: void 0, digest: void 0 };
  if (resolved !== void 0 && !stage) Object.assign(ref, splitImage(resolved));
  return ref;
}
function splitImage(image) {
  let rest = image;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  let tag;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest };
}
function flagsOf(node, range) {
  const withFlags = node;
  if (typeof withFlags.getFlags !== "function") return [];
  return withFlags.getFlags().map((f) => {
    const options = {};
    for (const o of f.getOptions()) options[o.getName().toLowerCase()] = o.getValue() ?? "";
    return { name: f.getName().toLowerCase(), value: f.getValue() ?? void 0, options, loc: range(f.getRange()) };
  });
}
function propertiesOf(node, locatedOf) {
  const withProps = node;
  if (typeof withProps.getProperties !== "function") return [];
  return withProps.getProperties().map((p) => {
    const valueRange = p.getValueRange();
    const value2 = p.getValue();
    return {
      name: locatedOf(p.getName(), p.getNameRange()),
      value: valueRange && value2 !== null ? locatedOf(value2, valueRange) : void 0
    };
  });
}
function shellOf(node, lines, escape) {
  const ranges = node.getArgumentsRanges();
  const empty = { script: { commands: [], hasError: false }, execForm: false };
  if (ranges.length === 0) return empty;
  const first = ranges[0].start;
  const start2 = lines.offsetOf(first.line, first.character);
  const endPos = node.getRange().end;
  const end = lines.offsetOf(endPos.line, endPos.character);
  const source = joinContinuations(lines, start2, end, escape);
  const trimmed = source.text.trimStart();
  if (trimmed.startsWith("[")) {
    const words2 = jsonWords(source, lines);
    if (words2) return { script: execFormScript(words2, lines), execForm: true };
  }
  const firstLineEnd = source.text.indexOf("\n");
  const commandLine = firstLineEnd >= 0 ? source.text.slice(0, firstLineEnd) : source.text;
  const heredoc = /^\s*<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1\s*$/.exec(commandLine) ?? /^\s*(?:\S*\/)?(?:sh|bash|dash|ash)(?:\s+-[a-z]+)*\s*<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1\s*$/.exec(commandLine);
  if (heredoc && firstLineEnd >= 0) {
    const body2 = sliceSource(source, firstLineEnd + 1, bodyEnd(source.text, firstLineEnd + 1, heredoc[2]));
    if (/^#!(?!.*\b(sh|bash|dash|ash)\b)/.test(body2.text)) return empty;
    return { script: parseShell(body2), execForm: false };
  }
  return { script: parseShell(source), execForm: false };
}
function bodyEnd(text, from, delimiter) {
  const re = new RegExp(`^\\s*${delimiter}\\s*$`, "m");
  const m = re.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
function sliceSource(source, start2, end) {
  return { text: source.text.slice(start2, end), offsets: source.offsets.slice(start2, end), lines: source.lines };
}
function joinContinuations(lines, start2, end, escape) {
  const text = lines.text;
  let out2 = "";
  const offsets = [];
  let pos = start2;
  let continued = true;
  let firstLine = true;
  while (pos < end) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0 || eol > end) eol = end;
    let line = text.slice(pos, eol);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (!continued) {
      for (let i2 = pos; i2 < eol; i2++) {
        out2 += text[i2];
        offsets.push(i2);
      }
      if (eol < end) {
        out2 += "\n";
        offsets.push(eol);
      }
      pos = eol + 1;
      continue;
    }
    if (!firstLine && (/^\s*#/.test(line) || /^\s*$/.test(line))) {
      pos = eol + 1;
      continue;
    }
    firstLine = false;
    const m = new RegExp(`${escapeRegExp(escape)}\\s*$`).exec(line);
    const contentEnd = m ? pos + m.index : pos + line.length;
    for (let i2 = pos; i2 < contentEnd; i2++) {
      out2 += text[i2];
      offsets.push(i2);
    }
    if (!m) {
      continued = false;
      if (eol < end) {
        out2 += "\n";
        offsets.push(eol);
      }
    }
    pos = eol + 1;
  }
  return { text: out2, offsets, lines };
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function jsonWords(source, lines) {
  const { text, offsets } = source;
  const words2 = [];
  let i2 = text.indexOf("[") + 1;
  const skipSpace = () => {
    while (i2 < text.length && /\s/.test(text[i2])) i2++;
  };
  skipSpace();
  if (text[i2] === "]") return [];
  for (; ; ) {
    skipSpace();
    if (text[i2] !== '"') return void 0;
    const startIdx = i2;
    i2++;
    let value2 = "";
    const valueOffsets = [];
    while (i2 < text.length && text[i2] !== '"') {
      if (text[i2] === "\\") {
        const esc = text[i2 + 1];
        const map = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
        if (esc === "u") {
          value2 += String.fromCharCode(parseInt(text.slice(i2 + 2, i2 + 6), 16));
          valueOffsets.push(offsets[i2]);
          i2 += 6;
          continue;
        }
        value2 += map[esc ?? ""] ?? esc ?? "";
        valueOffsets.push(offsets[i2 + 1] ?? offsets[i2]);
        i2 += 2;
        continue;
      }
      value2 += text[i2];
      valueOffsets.push(offsets[i2]);
      i2++;
    }
    if (text[i2] !== '"') return void 0;
    i2++;
    const s = offsets[startIdx];
    const e = offsets[i2 - 1] + 1;
    words2.push({ value: value2, raw: text.slice(startIdx, i2), hasExpansion: false, loc: lines.location(s, e), offsets: valueOffsets });
    skipSpace();
    if (text[i2] === ",") {
      i2++;
      continue;
    }
    if (text[i2] === "]") {
      i2++;
      skipSpace();
      return i2 >= text.length ? words2 : void 0;
    }
    return void 0;
  }
}

// src/image-refs.ts
function imagePinning(ref) {
  const trimmed = ref.trim();
  if (trimmed.toLowerCase() === "scratch") return { kind: "scratch", name: "scratch", tag: void 0, digest: void 0 };
  const { name: name2, tag, digest } = splitImage(trimmed);
  const kind = digest && /^sha(256|512):[0-9a-f]+$/i.test(digest) ? "digest" : tag === void 0 ? "untagged" : tag === "latest" ? "latest" : "tag";
  return { kind, name: name2, tag, digest };
}
function floatsToLatest(pinning) {
  return pinning.kind === "latest" || pinning.kind === "untagged";
}
function pulledImages(image) {
  const stageNames = new Set(image.stages.flatMap((s) => s.name ? [s.name.value] : []));
  const namesStage = (ref) => stageNames.has(ref.toLowerCase()) || /^\d+$/.test(ref);
  const out2 = [];
  for (const stage of image.stages) {
    const { base } = stage;
    if (!base.stage && base.resolved !== void 0 && base.resolved !== "") {
      out2.push({ ref: base.resolved, loc: base.written.loc, via: "FROM", instruction: stage.from });
    }
    for (const ins of stage.instructions.map((i2) => i2.trigger ?? i2)) {
      for (const flag2 of ins.flags) {
        let written;
        let via;
        if (flag2.name === "from" && (ins.keyword === "COPY" || ins.keyword === "ADD")) {
          written = flag2.value;
          via = "COPY --from";
        } else if (flag2.name === "mount" && ins.keyword === "RUN" && flag2.options.from) {
          written = flag2.options.from;
          via = "RUN --mount from";
        } else continue;
        if (!written) continue;
        const expanded = ins.expand(written);
        if (expanded.unresolved.length || !expanded.value || namesStage(expanded.value)) continue;
        const loc = flagValueLoc(image, flag2.loc, written, via === "RUN --mount from" ? "from" : void 0);
        out2.push({ ref: expanded.value, loc, via, instruction: ins });
      }
    }
  }
  return out2;
}
function flagValueLoc(image, flagLoc, value2, option) {
  const start2 = image.lines.offsetOf(flagLoc.startLine - 1, flagLoc.startColumn - 1);
  const end = image.lines.offsetOf(flagLoc.endLine - 1, flagLoc.endColumn - 1);
  const text = image.text.slice(start2, end);
  const eq = text.indexOf("=");
  if (eq < 0) return flagLoc;
  let valueStart = eq + 1;
  if (option) {
    const m = new RegExp(`(^|,)${option}=`, "i").exec(text.slice(valueStart));
    if (!m) return flagLoc;
    valueStart += m.index + m[0].length;
  }
  if (text[valueStart] === '"' || text[valueStart] === "'") valueStart++;
  if (text.slice(valueStart, valueStart + value2.length) !== value2) return flagLoc;
  return image.lines.location(start2 + valueStart, start2 + valueStart + value2.length);
}
function isWindowsImage(ref) {
  const { name: name2, tag } = splitImage(ref.toLowerCase());
  if (name2.startsWith("mcr.microsoft.com/windows")) return true;
  if (name2.split("/").slice(1).some((part) => /^(nanoserver|servercore|windowsservercore)/.test(part))) return true;
  return !!tag && /(^|[-_.])(nanoserver|servercore|windowsservercore)([-_.]|$)/.test(tag);
}
function isWindowsPlatform(platform) {
  return /^windows(\/|$)/i.test(platform.trim());
}
function isWindowsStage(stage) {
  return stageChain(stage).some(
    (s) => s.platform && isWindowsPlatform(s.platform.value) || !s.base.stage && s.base.resolved !== void 0 && isWindowsImage(s.base.resolved)
  );
}

// rules/foreign-kernel-image.ts
function windowsImageMessage(ref) {
  return `${ref} is a Windows image: it needs a Windows kernel, which a Linux host cannot share`;
}
var foreign_kernel_image_default = defineRule({
  id: "foreign-kernel-image",
  title: "Image needs a Windows kernel",
  level: "note",
  securitySeverity: 1,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "vm-isolation",
  rationale: "A container borrows the host's kernel; a Windows image needs the Windows kernel, which a Linux host cannot lend. Such an image runs only on a Windows host (process isolation shares that host's kernel, so versions must match) or inside a Hyper-V VM, so the isolation model, and every Linux-specific rule here, do not apply to it.",
  fix: "Build on a Linux base image for Linux hosts, or lint and run the image on Windows hosts deliberately (with `isolation: hyperv` where the kernel must not be shared).",
  example: "# Linux host\n# bad\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n# good\nFROM mcr.microsoft.com/dotnet/runtime:8.0-bookworm-slim",
  references: [
    "https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/version-compatibility",
    "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container",
    "https://docs.docker.com/reference/dockerfile/#from",
    "https://docs.docker.com/reference/compose-file/services/#platform"
  ],
  checkImage(image, { report }) {
    const built = image.builtStage;
    if (!built) return;
    const runs = new Set(stageChain(built));
    for (const stage of image.stages) {
      if (stage.instructions.some((i2) => i2.keyword === "RUN")) stageChain(stage).forEach((s) => runs.add(s));
    }
    for (const stage of image.stages) {
      if (!runs.has(stage)) continue;
      const base = stage.base;
      if (!base.stage && base.resolved !== void 0 && isWindowsImage(base.resolved)) {
        report(base.written, windowsImageMessage(base.resolved));
      } else if (stage.platform && isWindowsPlatform(stage.platform.value)) {
        report(stage.platform, `--platform=${stage.platform.value} builds for Windows, which needs a Windows kernel`);
      }
    }
  },
  checkRuntime(container, { report }) {
    const image = resolvedText(container.image);
    const platform = resolvedText(container.platform);
    if (image && isWindowsImage(image)) {
      report(container.image, `service ${container.name.value}: ${windowsImageMessage(image)}`);
    } else if (platform && isWindowsPlatform(platform)) {
      report(container.platform, `service ${container.name.value} runs on platform ${platform}, which needs a Windows kernel`);
    }
  }
});

// rules/healthcheck-missing.ts
function healthcheckGap(image) {
  const stage = image.builtStage;
  if (!stage) return void 0;
  const healthcheck2 = lastInChain(stage, "HEALTHCHECK");
  if (!healthcheck2) return { kind: "missing", stage };
  const none = healthcheck2.args[0];
  return none && none.value.toUpperCase() === "NONE" ? { kind: "none", stage, none } : void 0;
}
var healthcheck_missing_default = defineRule({
  id: "healthcheck-missing",
  title: "Image has no HEALTHCHECK",
  level: "note",
  securitySeverity: 1,
  profile: "strict",
  sources: ["image", "runtime"],
  category: "host-resources",
  rationale: "Without a health check the engine only knows whether the main process exists, not whether it still serves: a hung or half-compromised service keeps running and keeps its share of the host kernel's memory, PIDs and connections. A health status lets the orchestrator restart or replace it and makes the failure visible.",
  fix: 'Add a HEALTHCHECK to the built stage that probes the service cheaply, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/healthcheck"]`; in Compose, give the service a `healthcheck:` with a `test` instead of switching it off.',
  example: "# good\nHEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1",
  references: ["https://docs.docker.com/reference/dockerfile/#healthcheck", "https://docs.docker.com/reference/compose-file/services/#healthcheck"],
  checkImage(image, { report }) {
    const gap = healthcheckGap(image);
    if (gap?.kind === "missing") {
      report(gap.stage.from.keywordLoc, "the built stage has no HEALTHCHECK", { logicalKey: `stage ${gap.stage.index}/no-healthcheck` });
    } else if (gap?.kind === "none") {
      report(gap.none, "HEALTHCHECK NONE switches health checking off for the built image");
    }
  },
  checkRuntime(container, { report }) {
    const name2 = container.name.value;
    const hc = container.healthcheck;
    if (hc?.disabled) {
      report(hc.loc, `service ${name2} switches its health check off`);
      return;
    }
    if (hc?.hasTest) return;
    const gap = container.builtImage && healthcheckGap(container.builtImage);
    if (gap?.kind === "missing") {
      report(container.name, `service ${name2} has no healthcheck: and its Dockerfile sets no HEALTHCHECK`, {
        related: [{ loc: gap.stage.from.keywordLoc, message: "built stage without HEALTHCHECK" }]
      });
    } else if (gap?.kind === "none") {
      report(container.name, `service ${name2} has no healthcheck: and its Dockerfile switches health checking off`, {
        related: [{ loc: gap.none.loc, message: "HEALTHCHECK NONE in force for the built stage" }]
      });
    }
  }
});

// rules/host-cgroupns.ts
var host_cgroupns_default = defineRule({
  id: "host-cgroupns",
  title: "Container shares the host's cgroup namespace",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "In the host cgroup namespace the container sees the host's cgroup tree: the names, resource use and limits of every other container and host service. That leaks what runs on the host and, combined with a writable cgroup mount or extra capabilities, lets a container meddle with the limits the shared kernel enforces.",
  fix: "Remove `cgroup: host` (or set `cgroup: private`).",
  example: "services:\n  api:\n    cgroup: private",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#cgroup",
    "https://man7.org/linux/man-pages/man7/cgroup_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.cgroup)) report(container.cgroup, `service ${container.name.value} shares the host's cgroup namespace`);
  }
});

// rules/host-device.ts
var RAW_DEVICES = [
  { re: /^\/dev\/(?:mem|kmem|port)$/, what: "raw physical or kernel memory and I/O ports" },
  { re: /^\/dev\/(?:sd|hd|vd|xvd)[a-z]+\d*$/, what: "a raw host disk" },
  { re: /^\/dev\/nvme\d+(?:n\d+(?:p\d+)?)?$/, what: "a raw host disk" },
  { re: /^\/dev\/mmcblk\d+(?:p\d+)?$/, what: "a raw host disk" },
  { re: /^\/dev\/(?:dm-\d+|md\d+)$/, what: "a raw host volume" },
  { re: /^\/dev\/(?:disk|mapper)\/.+$/, what: "a raw host disk" },
  { re: /^\/dev\/kmsg$/, what: "the kernel log" }
];
function allowsAllDevices(rule) {
  const m = /^([abc])\s+\*:\*\s+([rwm]+)$/.exec(rule.trim());
  return !!m && /[rw]/.test(m[2]);
}
var host_device_default = defineRule({
  id: "host-device",
  title: "Host device exposed to the container",
  level: "error",
  securitySeverity: 8,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "A device node is a direct line to a kernel driver, outside every namespace. A host disk lets the container read or rewrite the host filesystem under it, /dev/mem and /dev/kmem expose memory, and /dev/kmsg the kernel log. Other devices (GPUs, USB, serial ports) are narrower but still reach host hardware and its driver code.",
  fix: "Remove the device. Share data through a volume instead of a disk; give hardware devices only to the service that needs them, and never a device cgroup rule for all devices.",
  example: "services:\n  ml:\n    devices:\n      - /dev/dri/renderD128:/dev/dri/renderD128",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#devices",
    "https://docs.docker.com/reference/compose-file/services/#device_cgroup_rules",
    "https://docs.docker.com/reference/cli/docker/container/run/#device-cgroup-rule",
    "https://docs.kernel.org/admin-guide/devices.html"
  ],
  checkRuntime(container, { report }) {
    const name2 = container.name.value;
    for (const device2 of container.devices) {
      const host = resolvedText(device2.host);
      if (!host) continue;
      const raw = RAW_DEVICES.find((d) => d.re.test(normalizeHostPath(host)));
      if (raw) report(device2.host, `service ${name2} gets host device ${host}: ${raw.what}`);
      else report(device2.host, `service ${name2} gets host device ${host}`, { level: "note", securitySeverity: 3 });
    }
    for (const rule of container.deviceCgroupRules) {
      const text = resolvedText(rule);
      if (text && allowsAllDevices(text)) report(rule, `service ${name2} may open every ${deviceKind(text)} on the host (device_cgroup_rules: ${text})`);
    }
  }
});
function deviceKind(rule) {
  return { a: "device", b: "block device", c: "character device" }[rule.trim()[0]];
}

// rules/host-ipc.ts
var host_ipc_default = defineRule({
  id: "host-ipc",
  title: "Container shares the host's IPC namespace",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "In the host IPC namespace the container can attach to the shared memory segments, semaphores and message queues of host processes, and the host's /dev/shm. It can read or corrupt data other programs exchange there, and exhaust the IPC limits the whole host shares.",
  fix: "Remove `ipc: host`. If two containers must share memory, give one `ipc: shareable` and the other `ipc: service:<name>`.",
  example: "services:\n  worker:\n    ipc: service:broker",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#ipc",
    "https://docs.docker.com/reference/cli/docker/container/run/#ipc",
    "https://man7.org/linux/man-pages/man7/ipc_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.ipc)) report(container.ipc, `service ${container.name.value} shares the host's IPC namespace`);
  }
});

// rules/host-network.ts
var host_network_default = defineRule({
  id: "host-network",
  title: "Container shares the host's network namespace",
  level: "warning",
  securitySeverity: 6.5,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "On the host network the container binds the host's own interfaces, reaches services that listen only on the host's loopback (databases, admin APIs, cloud metadata), and sees all host traffic. Published-port rules and inter-container network isolation no longer apply; with NET_ADMIN or NET_RAW it can reconfigure or sniff the host network.",
  fix: "Remove `network_mode: host` and publish only the ports the service needs with `ports:` (bound to 127.0.0.1 where possible).",
  example: 'services:\n  web:\n    ports:\n      - "127.0.0.1:8080:8080"',
  references: [
    "https://docs.docker.com/reference/compose-file/services/#network_mode",
    "https://docs.docker.com/engine/network/drivers/host/",
    "https://man7.org/linux/man-pages/man7/network_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.networkMode)) report(container.networkMode, `service ${container.name.value} uses the host's network stack`);
  }
});

// rules/host-pid.ts
var host_pid_default = defineRule({
  id: "host-pid",
  title: "Container shares the host's PID namespace",
  level: "error",
  securitySeverity: 8,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "With the host PID namespace the container sees every process on the host, can signal the ones running as its user, and reads their command lines and environments from /proc. With SYS_PTRACE or root it can attach to host processes and, through /proc/<pid>/root, reach the host's filesystem.",
  fix: "Remove `pid: host`. To debug another container, join that one container's namespace (`pid: service:<name>`) instead of the host's.",
  example: "services:\n  debug:\n    pid: service:api",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#pid",
    "https://docs.docker.com/reference/cli/docker/container/run/#pid",
    "https://man7.org/linux/man-pages/man7/pid_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.pid)) report(container.pid, `service ${container.name.value} shares the host's PID namespace`);
  }
});

// rules/host-userns.ts
var host_userns_default = defineRule({
  id: "host-userns",
  title: "Container opts out of user-namespace remapping",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "With user-namespace remapping, root in a container is an unprivileged UID on the host, so an escape lands as nobody. `userns_mode: host` turns that off for this container: its root is the host's UID 0 again, on the same kernel.",
  fix: "Remove `userns_mode: host`. If the service needs host UIDs for a mount, fix the ownership of that mount instead.",
  example: 'services:\n  api:\n    user: "1000:1000"',
  references: [
    "https://docs.docker.com/reference/compose-file/services/#userns_mode",
    "https://docs.docker.com/reference/cli/docker/container/run/#userns",
    "https://docs.docker.com/engine/security/userns-remap/"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.userns)) report(container.userns, `service ${container.name.value} runs in the host's user namespace (no UID remapping)`);
  }
});

// rules/host-uts.ts
var host_uts_default = defineRule({
  id: "host-uts",
  title: "Container shares the host's UTS namespace",
  level: "warning",
  securitySeverity: 4,
  profile: "recommended",
  sources: ["runtime"],
  category: "namespaces",
  rationale: "In the host UTS namespace the container reads the host's real hostname and, with SYS_ADMIN, can change it for every process on the host. Logs, certificates and cluster membership keyed on the hostname can then be confused or spoofed from inside a container.",
  fix: "Remove `uts: host`; set the name the service should see with `hostname:`.",
  example: "services:\n  api:\n    hostname: api",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#uts",
    "https://docs.docker.com/reference/cli/docker/container/run/#uts",
    "https://man7.org/linux/man-pages/man7/uts_namespaces.7.html"
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.uts)) report(container.uts, `service ${container.name.value} shares the host's UTS namespace (hostname)`);
  }
});

// rules/image-not-digest-pinned.ts
var image_not_digest_pinned_default = defineRule({
  id: "image-not-digest-pinned",
  title: "Image not pinned by digest",
  level: "note",
  securitySeverity: 2,
  profile: "strict",
  sources: ["image", "runtime"],
  category: "supply-chain",
  rationale: "A tag is a movable pointer: the registry, the publisher or anyone holding their credentials can point `3.20` at different content tomorrow. Only a content digest fixes which userland is placed on the shared kernel, so a reviewed build stays the build that runs.",
  fix: "Append the digest of the tested image (`docker buildx imagetools inspect <image>` prints it): `FROM alpine:3.20@sha256:<digest>`, and let Renovate or Dependabot update it.",
  example: "FROM alpine:3.20\nFROM alpine:3.20@sha256:<digest>",
  references: [
    "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
    "https://docs.docker.com/reference/dockerfile/#from"
  ],
  checkImage(image, { report }) {
    for (const pulled of pulledImages(image)) {
      const pinning = imagePinning(pulled.ref);
      if (pinning.kind === "scratch" || pinning.kind === "digest") continue;
      report(pulled.loc, `${pulled.via} image ${pulled.ref} is not pinned by a digest`);
    }
  },
  checkRuntime(container, { report }) {
    const image = container.image;
    if (!image || container.build || image.unresolved?.length) return;
    const pinning = imagePinning(String(image.value));
    if (pinning.kind === "scratch" || pinning.kind === "digest") return;
    report(image, `service ${container.name.value} runs image ${String(image.value)}, which is not pinned by a digest`);
  }
});

// src/packages.ts
var APT = { install: /* @__PURE__ */ new Set(["install", "reinstall"]), valueOptions: /^-[otcq]$|^--(target-release|option|config-file)$/ };
var RPM_FAMILY = {
  install: /* @__PURE__ */ new Set(["install", "reinstall", "in", "groupinstall", "localinstall"]),
  valueOptions: /^-[cdxR]$|^--(setopt|exclude|disablerepo|enablerepo|repo|releasever|installroot|config)$/
};
var MANAGERS = {
  "apt-get": APT,
  apt: APT,
  aptitude: APT,
  apk: { install: /* @__PURE__ */ new Set(["add"]), valueOptions: /^-[XpU]$|^--(repository|root|virtual|arch|keys-dir|cache-dir)$|^-t$/ },
  dnf: RPM_FAMILY,
  yum: RPM_FAMILY,
  microdnf: RPM_FAMILY,
  tdnf: RPM_FAMILY,
  zypper: { install: /* @__PURE__ */ new Set(["install", "in"]), valueOptions: /^-[rtnp]$|^--(repo|type|from)$/ },
  pacman: { install: /* @__PURE__ */ new Set(["-S", "-Sy", "-Syu", "-Su", "--sync"]), valueOptions: /^--(config|root|dbpath)$/ }
};
function packageInstall(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const manager = basename(name2.value);
  const spec = MANAGERS[manager];
  if (!spec) return void 0;
  let i2 = 0;
  while (i2 < args2.length && args2[i2].value.startsWith("-") && !spec.install.has(args2[i2].value)) {
    i2 += spec.valueOptions.test(args2[i2].value) ? 2 : 1;
  }
  const sub = args2[i2];
  if (!sub || !spec.install.has(sub.value)) return void 0;
  const packages = [];
  for (i2++; i2 < args2.length; i2++) {
    const a = args2[i2];
    if (a.value.startsWith("-")) {
      if (spec.valueOptions.test(a.value)) i2++;
      continue;
    }
    packages.push({ ...a, value: stripVersion(manager, a.value) });
  }
  return { manager, packages };
}
function stripVersion(manager, pkg) {
  if (manager === "apk") return pkg.replace(/[=<>~].*$/, "");
  if (manager.startsWith("apt") || manager === "aptitude") return pkg.replace(/=.*$/, "").replace(/:[a-z0-9]+$/, "");
  return pkg.replace(/[<>=].*$/, "");
}

// rules/init-system.ts
var INIT_PATHS = /* @__PURE__ */ new Set(["/sbin/init", "/usr/sbin/init", "/bin/init", "/usr/bin/init"]);
var INIT_PACKAGES = /* @__PURE__ */ new Set(["systemd", "systemd-sysv"]);
function initSystemCommand(cmd) {
  const { name: name2 } = unwrapCommand(cmd);
  if (!name2 || name2.hasExpansion) return void 0;
  return basename(name2.value) === "systemd" || INIT_PATHS.has(name2.value) ? name2 : void 0;
}
function reportInits(commands, report) {
  for (const command2 of commands) {
    const init2 = initSystemCommand(command2);
    if (init2) report(init2, `the container starts ${init2.value} as its init system`);
  }
}
var init_system_default = defineRule({
  id: "init-system",
  title: "Image boots a full init system",
  level: "warning",
  securitySeverity: 3,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "kernel",
  rationale: "systemd as PID 1 expects to own a machine: it wants to mount cgroup and other kernel filesystems, manage devices and run many services, so containers built around it are usually run privileged or with the host's cgroup tree mounted writable, removing the fences of the shared kernel. It also turns one container into many unrelated services behind one set of privileges.",
  fix: "Run one service per container in the foreground as PID 1; use `docker run --init` (or `init: true` in Compose), tini or dumb-init to reap zombies and forward signals, and a small supervisor only when several processes must share a container.",
  example: '# bad\nRUN apt-get install -y systemd-sysv\nCMD ["/sbin/init"]\n# good\nENTRYPOINT ["tini", "--"]\nCMD ["nginx", "-g", "daemon off;"]',
  references: [
    "https://docs.docker.com/engine/containers/multi-service_container/",
    "https://docs.docker.com/reference/cli/docker/container/run/#init",
    "https://docs.docker.com/reference/compose-file/services/#init"
  ],
  checkImage(image, { report }) {
    reportInits(startCommands(image).map((c) => c.command), report);
    for (const { command: command2 } of imageCommands(image)) {
      for (const pkg of packageInstall(command2)?.packages ?? []) {
        if (INIT_PACKAGES.has(pkg.value)) report(pkg, `installing ${pkg.value} sets systemd up as the image's init system`);
      }
    }
  },
  checkRuntime(container, { report }) {
    reportInits(runtimeCommands(container), report);
  }
});

// rules/kernel-module-load.ts
var MODULE_TOOLS = /* @__PURE__ */ new Set(["modprobe", "insmod", "rmmod", "depmod"]);
function kernelModuleCommand(cmd) {
  const { name: name2 } = unwrapCommand(cmd);
  return name2 && MODULE_TOOLS.has(basename(name2.value)) ? name2 : void 0;
}
function reportModuleTools(commands, report) {
  for (const command2 of commands) {
    const tool = kernelModuleCommand(command2);
    if (tool) report(tool, `${basename(tool.value)} changes the modules of the host's shared kernel`);
  }
}
var kernel_module_load_default = defineRule({
  id: "kernel-module-load",
  title: "Kernel modules loaded from a container",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "kernel",
  rationale: "A container has no kernel of its own: a module loaded from it goes into the host's one kernel, with full kernel privileges, for every container and the host. It only works with CAP_SYS_MODULE (or --privileged), which is a full escape in itself; without it the step fails or does nothing, hiding a wrong assumption.",
  fix: "Load the modules the workload needs on the host (`/etc/modules-load.d/`, or the node's provisioning) and drop modprobe/insmod/rmmod/depmod from the image.",
  example: "# bad\nRUN modprobe wireguard\n# good: on the host\n# echo wireguard > /etc/modules-load.d/wireguard.conf",
  references: [
    "https://man7.org/linux/man-pages/man8/modprobe.8.html",
    "https://man7.org/linux/man-pages/man7/capabilities.7.html",
    "https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities"
  ],
  checkImage(image, { report }) {
    reportModuleTools([...imageCommands(image), ...startCommands(image)].map((c) => c.command), report);
  },
  checkRuntime(container, { report }) {
    reportModuleTools(runtimeCommands(container), report);
  }
});

// rules/kernel-package.ts
function isKernelPackage(manager, pkg) {
  if (pkg === "dkms") return true;
  if (/^linux-(image|headers|modules)-/.test(pkg)) return true;
  if (/^kernel(-(core|modules|modules-extra|devel|headers|default|default-devel|lt|ml|lt-devel|ml-devel))?$/.test(pkg)) return true;
  if (/^kernel-(devel|headers|core|modules)-/.test(pkg)) return true;
  if (manager === "apk") return /^linux-(lts|virt|edge|rpi)(-dev)?$/.test(pkg);
  if (manager === "pacman") return /^linux(-(lts|zen|hardened))?(-headers)?$/.test(pkg);
  return false;
}
var kernel_package_default = defineRule({
  id: "kernel-package",
  title: "Kernel or kernel headers installed in the image",
  level: "warning",
  securitySeverity: 3,
  profile: "recommended",
  sources: ["image"],
  category: "kernel",
  rationale: "A container runs on the host's kernel, never on one installed in its image: a kernel package there is dead weight, and headers or dkms for it only make sense for building modules that would be loaded into the host's shared kernel. It signals an image that expects a kernel of its own, which only a VM gives.",
  fix: "Drop the kernel, kernel-modules, kernel-headers and dkms packages; build and load modules on the host, or use a VM image if the workload needs its own kernel. For compiling userspace code, the userspace API headers (`linux-libc-dev`, Alpine's `linux-headers`) are enough.",
  example: "# bad\nRUN apt-get install -y linux-headers-$(uname -r) dkms\n# good\nRUN apt-get install -y build-essential linux-libc-dev",
  references: ["https://docs.docker.com/engine/security/", "https://docs.kernel.org/kbuild/modules.html"],
  checkImage(image, { report }) {
    for (const { command: command2 } of imageCommands(image)) {
      const install = packageInstall(command2);
      if (!install) continue;
      for (const pkg of install.packages) {
        if (isKernelPackage(install.manager, pkg.value)) report(pkg, `${pkg.value} installs a kernel, its modules or its headers, which a container never runs`);
      }
    }
  }
});

// rules/kernel-version-assumption.ts
var KERNEL_VERSION_FILES = /^\/proc\/(version|version_signature|sys\/kernel\/(osrelease|version))$/;
function kernelVersionRead(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  if (basename(name2.value) === "uname") {
    const release = args2.some((a) => /^--(kernel-release|kernel-version|release)$/.test(a.value) || /^-[a-z]*[rv][a-z]*$/.test(a.value));
    return release ? name2 : void 0;
  }
  return args2.find((a) => KERNEL_VERSION_FILES.test(a.value));
}
var kernel_version_assumption_default = defineRule({
  id: "kernel-version-assumption",
  title: "Build reads the build host's kernel version",
  level: "note",
  securitySeverity: 2,
  profile: "recommended",
  sources: ["image"],
  category: "kernel",
  rationale: "Inside a build step, `uname -r` and /proc/version report the kernel of whatever machine runs the build, because a container shares it; the image then bakes in paths, headers or modules for a kernel that is not the one it will run on. It usually marks a step that builds kernel modules, which belong on the host, not in a container.",
  fix: "Pass the target kernel version explicitly (`ARG KERNEL_VERSION`) if the image really builds against one, or move kernel-specific work to the host.",
  example: "# bad\nRUN apt-get install -y linux-headers-$(uname -r)\n# good\nARG KERNEL_VERSION=6.8.0-45-generic\nRUN apt-get install -y linux-headers-${KERNEL_VERSION}",
  references: ["https://man7.org/linux/man-pages/man2/uname.2.html", "https://man7.org/linux/man-pages/man5/proc_version.5.html", "https://docs.docker.com/reference/dockerfile/#arg"],
  checkImage(image, { report }) {
    for (const { command: command2 } of imageCommands(image)) {
      const read = kernelVersionRead(command2);
      if (!read) continue;
      const what = basename(read.value) === "uname" ? "uname" : read.value;
      report(read, `${what} reports the build host's kernel version, not the one the image will run on`);
    }
  }
});

// rules/mount-propagation-shared.ts
var SHARED = /* @__PURE__ */ new Set(["shared", "rshared"]);
var mount_propagation_shared_default = defineRule({
  id: "mount-propagation-shared",
  title: "Bind mount propagation is shared",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Mount namespaces keep what a container mounts to itself. With shared propagation, mounts it makes under the bind mount propagate back into the host's mount namespace and into every other container sharing that path. A container that can mount (SYS_ADMIN, privileged) can then place filesystems where host processes will use them.",
  fix: "Use the default `rprivate` propagation, or `rslave` when the container must see mounts the host makes there but must not send its own back.",
  example: "services:\n  agent:\n    volumes:\n      - type: bind\n        source: /mnt/data\n        target: /data\n        bind:\n          propagation: rslave",
  references: [
    "https://docs.docker.com/engine/storage/bind-mounts/#configure-bind-propagation",
    "https://docs.kernel.org/filesystems/sharedsubtree.html"
  ],
  checkRuntime(container, { report }) {
    for (const mount2 of container.mounts) {
      const propagation = resolvedText(mount2.propagation)?.toLowerCase();
      if (!propagation || !SHARED.has(propagation)) continue;
      const source = mount2.source?.value ?? "a mount";
      report(mount2.propagation, `service ${container.name.value} mounts ${source} with ${propagation} propagation: its mounts reach the host`);
    }
  }
});

// rules/no-cpu-limit.ts
var no_cpu_limit_default = defineRule({
  id: "no-cpu-limit",
  title: "No CPU limit",
  level: "note",
  securitySeverity: 2,
  profile: "strict",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Containers share the host kernel's scheduler. Without a CPU quota a busy or compromised container can take every core, starving its neighbours and the host's own services.",
  fix: 'Set `cpus` (or `deploy.resources.limits.cpus`), e.g. `cpus: "1.5"`.',
  example: 'services:\n  api:\n    cpus: "1.0"',
  references: ["https://docs.docker.com/reference/compose-file/services/#cpus"],
  checkRuntime(container, { report }) {
    if (!container.limits.cpus) report(container.name, `service ${container.name.value} has no CPU limit (cpus, cpu_quota or deploy.resources.limits.cpus)`);
  }
});

// rules/no-memory-limit.ts
var no_memory_limit_default = defineRule({
  id: "no-memory-limit",
  title: "No memory limit",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "All containers draw on one kernel's memory. Without a cgroup memory limit a leak or a deliberate allocation storm pushes the whole host into reclaim and the kernel's OOM killer, which may pick processes outside the container.",
  fix: "Set `mem_limit` (or `deploy.resources.limits.memory`) to what the service needs.",
  example: "services:\n  api:\n    mem_limit: 512m",
  references: ["https://docs.docker.com/reference/compose-file/services/#mem_limit", "https://docs.docker.com/engine/containers/resource_constraints/"],
  checkRuntime(container, { report }) {
    if (!container.limits.memory) report(container.name, `service ${container.name.value} has no memory limit (mem_limit or deploy.resources.limits.memory)`);
  }
});

// rules/no-new-privileges-missing.ts
var ON = /^(|true|t|1)$/;
var OFF = /^(false|f|0)$/;
var no_new_privileges_missing_default = defineRule({
  id: "no-new-privileges-missing",
  title: "no-new-privileges not set",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "privilege",
  rationale: "Without the no_new_privs bit, a process in the container that runs a setuid or setgid binary, or one with file capabilities, gains privileges its parent did not have. An intruder running as an unprivileged user can then climb to root inside the container, one step closer to the shared kernel; with the bit set, execve never grants more.",
  fix: 'Add `security_opt: ["no-new-privileges:true"]` to the service.',
  example: "services:\n  api:\n    security_opt:\n      - no-new-privileges:true",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#security_opt",
    "https://docs.docker.com/reference/cli/docker/container/run/#security-opt",
    "https://docs.kernel.org/userspace-api/no_new_privs.html"
  ],
  checkRuntime(container, { report }) {
    const name2 = container.name.value;
    const last = securityOptions(container, "no-new-privileges").at(-1);
    if (!last) {
      report(container.name, `service ${name2} does not set no-new-privileges, so setuid binaries can raise privileges`, {
        logicalKey: `service ${name2}/no-new-privileges`
      });
      return;
    }
    const value2 = optionValue(last);
    if (ON.test(value2)) return;
    if (OFF.test(value2)) report(last, `service ${name2} turns no-new-privileges off (${last.written.trim()})`);
  }
});

// rules/no-pids-limit.ts
var no_pids_limit_default = defineRule({
  id: "no-pids-limit",
  title: "No process-count limit",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Process IDs come from the shared kernel's one table. A fork bomb in a container without a pids cgroup limit exhausts it, and then nothing on the host, including its administrators, can start a process.",
  fix: "Set `pids_limit` (or `deploy.resources.limits.pids`), e.g. `pids_limit: 256`.",
  example: "services:\n  api:\n    pids_limit: 256",
  references: ["https://docs.docker.com/reference/compose-file/services/#pids_limit"],
  checkRuntime(container, { report }) {
    if (!container.limits.pids) report(container.name, `service ${container.name.value} has no process-count limit (pids_limit or deploy.resources.limits.pids)`);
  }
});

// rules/oom-kill-disabled.ts
var oom_kill_disabled_default = defineRule({
  id: "oom-kill-disabled",
  title: "OOM killer disabled for the container",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "When the shared kernel runs out of memory it must kill something. Exempting this container means the kernel kills other containers or host processes instead, or the host hangs; without a memory limit the whole machine is at stake.",
  fix: "Remove `oom_kill_disable`, and give the service a memory limit sized for it.",
  example: "services:\n  db:\n    mem_limit: 2g",
  references: ["https://docs.docker.com/reference/compose-file/services/#oom_kill_disable", "https://docs.docker.com/engine/containers/resource_constraints/#understand-the-risks-of-running-out-of-memory"],
  checkRuntime(container, { report }) {
    const v = container.oomKillDisable;
    if (isTrue(v)) report(v, `service ${container.name.value} disables the OOM killer`);
  }
});

// src/word-parts.ts
function partText(part) {
  return part.word.value.slice(part.start ?? 0, part.end ?? part.word.value.length);
}
function wordPartLoc(part, lines) {
  const { word } = part;
  if (!lines || part.start === void 0 && part.end === void 0) return word.loc;
  const start2 = part.start ?? 0;
  const end = part.end ?? word.value.length;
  if (end <= start2) return word.loc;
  const first = word.offsets[start2];
  const last = word.offsets[end - 1];
  if (first === void 0 || last === void 0) return word.loc;
  return lines.location(first, last + 1);
}
function syntheticWord(value2, loc) {
  return { value: value2, raw: value2, hasExpansion: false, loc, offsets: [] };
}

// src/written.ts
var NOT_FILES = /* @__PURE__ */ new Set(["/dev/null", "/dev/stdout", "/dev/stderr"]);
function writtenText(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const program = basename(name2.value);
  const files = targetFiles(cmd);
  switch (program) {
    case "echo":
    case "printf": {
      if (files.length === 0) return void 0;
      let first = 0;
      while (program === "echo" && first < args2.length && isEchoOption(args2[first].value)) first++;
      return { parts: args2.slice(first).map((word) => ({ word })), files };
    }
    case "tee":
    case "cat": {
      if (!cmd.stdinText) return void 0;
      const named = program === "tee" ? args2.filter((a) => !a.value.startsWith("-")) : [];
      const all = [...named, ...files];
      return all.length ? { parts: [{ word: cmd.stdinText }], files: all } : void 0;
    }
    case "add-apt-repository":
    case "apt-add-repository":
      return { parts: args2.filter((a) => !a.value.startsWith("-")).map((word) => ({ word })), files: [] };
    case "sed":
      return sedWrites(args2, files);
  }
  return void 0;
}
function isEchoOption(value2) {
  return /^-[neE]+$/.test(value2);
}
function targetFiles(cmd) {
  const files = cmd.writes.filter((w) => !NOT_FILES.has(w.value));
  for (const next of cmd.pipedInto) {
    if (programOf(next) !== "tee") continue;
    files.push(...unwrapCommand(next).args.filter((a) => !a.value.startsWith("-") && !NOT_FILES.has(a.value)));
    files.push(...next.writes.filter((w) => !NOT_FILES.has(w.value)));
  }
  return files;
}
function sedWrites(args2, redirected) {
  const scripts = [];
  const files = [];
  let inPlace = false;
  let explicitScript = false;
  for (let i2 = 0; i2 < args2.length; i2++) {
    const a = args2[i2];
    const v = a.value;
    if (v === "-e" || v === "--expression") {
      const next = args2[++i2];
      if (next) scripts.push(next);
      explicitScript = true;
    } else if (v.startsWith("--expression=")) {
      scripts.push({ ...a, value: v.slice("--expression=".length), offsets: a.offsets.slice("--expression=".length) });
      explicitScript = true;
    } else if (v === "-f" || v === "--file") {
      i2++;
      explicitScript = true;
    } else if (/^-[a-zA-Z]*i/.test(v) || v.startsWith("--in-place")) {
      inPlace = true;
    } else if (v.startsWith("-") && v.length > 1) {
      continue;
    } else if (!explicitScript && scripts.length === 0) {
      scripts.push(a);
    } else {
      files.push(a);
    }
  }
  if (!inPlace && redirected.length === 0) return void 0;
  const parts2 = [];
  for (const word of scripts) parts2.push(...sedInserted(word));
  return parts2.length ? { parts: parts2, files: inPlace ? files : redirected } : void 0;
}
function sedInserted(word) {
  const script = word.value;
  const parts2 = [];
  const subst = /(?:^|[;{}\s\/\d$!])s([^\s\w\\])((?:\\.|(?!\1)[^\\])*)\1((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const m of script.matchAll(subst)) {
    const start2 = m.index + m[0].length - 1 - m[3].length;
    parts2.push({ word, start: start2, end: start2 + m[3].length });
  }
  if (parts2.length) return parts2;
  const text = /^(?:\/(?:\\.|[^\\/])*\/|\d+|\$)?\s*[aic]\\?\s*(\S.*)$/s.exec(script);
  if (text) parts2.push({ word, start: script.length - text[1].length, end: script.length });
  return parts2;
}

// rules/package-signature-bypass.ts
var TRUE = /^(true|1|yes)$/i;
var FALSE = /^(false|0|no|off)$/i;
function aptOption(args2, i2) {
  const w = args2[i2];
  if (w.value === "-o" || w.value === "--option") return args2[i2 + 1] ? { word: args2[i2 + 1], value: args2[i2 + 1].value } : void 0;
  const m = /^(?:-o|--option=)(.+)$/.exec(w.value);
  return m ? { word: w, value: m[1] } : void 0;
}
function setopt(args2, i2) {
  const w = args2[i2];
  if (w.value === "--setopt") return args2[i2 + 1] ? { word: args2[i2 + 1], value: args2[i2 + 1].value } : void 0;
  return w.value.startsWith("--setopt=") ? { word: w, value: w.value.slice("--setopt=".length) } : void 0;
}
var APT_UNAUTHENTICATED = /^(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)=(.*)$/i;
function commandBypass(program, args2) {
  const flag2 = (names) => args2.find((a) => names.includes(a.value));
  switch (program) {
    case "apk": {
      const w = flag2(["--allow-untrusted"]);
      return w && { at: { word: w }, what: "apk --allow-untrusted" };
    }
    case "apt-get":
    case "apt":
    case "aptitude": {
      const w = flag2(["--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories"]);
      if (w) return { at: { word: w }, what: `${program} ${w.value}` };
      for (let i2 = 0; i2 < args2.length; i2++) {
        const o = aptOption(args2, i2);
        const m = o && APT_UNAUTHENTICATED.exec(o.value);
        if (o && m && TRUE.test(m[2])) return { at: { word: o.word }, what: `${program} -o ${m[1]}=${m[2]}` };
      }
      return void 0;
    }
    case "rpm": {
      const w = flag2(["--nosignature", "--nodigest"]);
      return w && { at: { word: w }, what: `rpm ${w.value}` };
    }
    case "yum":
    case "dnf":
    case "dnf5":
    case "microdnf":
    case "tdnf":
    case "yum-config-manager": {
      const w = flag2(["--nogpgcheck", "--no-gpgchecks"]);
      if (w) return { at: { word: w }, what: `${program} ${w.value}` };
      for (let i2 = 0; i2 < args2.length; i2++) {
        const o = setopt(args2, i2);
        const m = o && /^(?:[^=]*\.)?(gpgcheck|localpkg_gpgcheck)=(.*)$/i.exec(o.value);
        if (o && m && FALSE.test(m[2])) return { at: { word: o.word }, what: `${program} --setopt=${m[1]}=${m[2]}` };
      }
      return void 0;
    }
    case "zypper": {
      const w = flag2(["--no-gpg-checks", "--no-gpgcheck", "--allow-unsigned-rpm"]);
      if (w) return { at: { word: w }, what: `zypper ${w.value}` };
      const sub = args2.find((a) => !a.value.startsWith("-"));
      const g = /^(ar|addrepo|mr|modifyrepo)$/.test(sub?.value ?? "") ? args2.find((a) => /^-[a-zA-Z]*G[a-zA-Z]*$/.test(a.value)) : void 0;
      return g && { at: { word: g }, what: "zypper addrepo -G (no GPG check)" };
    }
  }
  return void 0;
}
var LOCAL_URI = /^\s*(?:file|copy|cdrom):/i;
var WRITTEN = [
  { re: /\[[^\]]*?\b(trusted=yes)\b[^\]]*\]/gi, what: "an APT source marked [trusted=yes]", local: (text, end) => LOCAL_URI.test(text.slice(end)) },
  // deb822 lists URIs before or after Trusted:, so the stanza is local when every URI written is.
  {
    re: /^\s*(Trusted:\s*yes)\b/gim,
    what: "an APT source marked Trusted: yes",
    local: (text) => {
      const uris = [...text.matchAll(/^\s*URIs:\s*(.+)$/gim)].flatMap((m) => m[1].trim().split(/\s+/));
      return uris.length > 0 && uris.every((u) => LOCAL_URI.test(u));
    }
  },
  { re: /(?<![\w-])(gpgcheck\s*=\s*(?:0|false|no|off))\b/gi, what: "gpgcheck=0 in a repository file" },
  { re: /((?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)\s+"?(?:true|1|yes)"?)/gi, what: "an APT configuration that accepts unsigned repositories" },
  { re: /^\s*(SigLevel\s*=\s*Never)\b/gim, what: "pacman SigLevel = Never" }
];
function writtenBypass(part) {
  const text = partText(part).replace(/\\[nt]/g, "\n ");
  for (const { re, what, local } of WRITTEN) {
    for (const m of text.matchAll(re)) {
      if (local?.(text, m.index + m[0].length)) continue;
      const start2 = (part.start ?? 0) + m.index + m[0].indexOf(m[1]);
      return { at: { word: part.word, start: start2, end: start2 + m[1].length }, what };
    }
  }
  return void 0;
}
var package_signature_bypass_default = defineRule({
  id: "package-signature-bypass",
  title: "Package signature checks bypassed",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image"],
  category: "supply-chain",
  rationale: "Package signatures are what tie a downloaded package to its distribution; with the check off, a mirror, proxy or spoofed repository can hand over any package. Its install scripts run as root during the build, and the binaries it leaves run in every container on the shared kernel.",
  fix: "Import the repository's signing key (`signed-by=` keyring for APT, `gpgkey=` for dnf/yum, `apk add --keys-dir` or a key in /etc/apk/keys) and keep verification on. Packages the build made itself can be served from a local source (`deb [trusted=yes] file:/tmp/pkgs ./`), which is not flagged.",
  example: 'RUN curl -fsSLo /etc/apt/keyrings/example.asc https://example.com/key.asc \\\n && echo "deb [signed-by=/etc/apt/keyrings/example.asc] https://example.com/apt stable main" > /etc/apt/sources.list.d/example.list',
  references: [
    "https://manpages.debian.org/stable/apt/sources.list.5.en.html",
    "https://manpages.debian.org/stable/apt/apt-secure.8.en.html",
    "https://man7.org/linux/man-pages/man5/dnf.conf.5.html"
  ],
  checkImage(image, { report }) {
    for (const { command: command2 } of imageCommands(image, ["RUN"])) {
      const findings = [];
      const { name: name2, args: args2 } = unwrapCommand(command2);
      const direct = name2 && commandBypass(basename(name2.value), args2);
      if (direct) findings.push(direct);
      for (const part of writtenText(command2)?.parts ?? []) {
        const hit = writtenBypass(part);
        if (hit) findings.push(hit);
      }
      for (const f of findings) {
        const loc = wordPartLoc(f.at, image.lines);
        report(loc, `${f.what}: packages are installed without checking their signatures`);
      }
    }
  }
});

// src/secrets.ts
var SECRET_ANYWHERE = /PASSWORD|PASSWD|SECRET|CREDENTIAL|PRIVATE_?KEY|ACCESS_?KEY|API_?KEY/i;
function words(name2) {
  return name2.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_\-.]+/);
}
function looksSecretName(name2) {
  if (namesSecretMetadata(name2)) return false;
  return SECRET_ANYWHERE.test(name2) || words(name2).some((w) => w === "token" || w === "tokens");
}
var QUALIFIERS = /* @__PURE__ */ new Set([
  "FILE",
  "FILES",
  "PATH",
  "DIR",
  "URL",
  "URI",
  "ENDPOINT",
  "HOST",
  "PORT",
  "LENGTH",
  "LEN",
  "SIZE",
  "TTL",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "LIFETIME",
  "TIMEOUT",
  "ENABLED",
  "DISABLED",
  "REQUIRED",
  "TYPE",
  "NAME",
  "HEADER",
  "POLICY"
]);
var SECRET_PART = /PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY/g;
function namesSecretMetadata(name2) {
  const upper = name2.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().replace(/[-.]/g, "_");
  let lastEnd = -1;
  for (const m of upper.matchAll(SECRET_PART)) lastEnd = m.index + m[0].length;
  if (lastEnd < 0) return false;
  const rest = upper.slice(lastEnd).split("_").filter(Boolean);
  return rest.length > 0 && QUALIFIERS.has(rest[rest.length - 1]);
}
var PLACEHOLDER_WORDS = /dummy|placeholder|example|your_|your-/i;
function isPlaceholderValue(value2) {
  const v = value2.trim();
  if (v === "") return true;
  const ref = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:(:?[-?])(.*))?\})$/s.exec(v);
  if (ref) return ref[3]?.endsWith("-") ? isPlaceholderValue(ref[4]) : true;
  if (/^(.)\1*$/s.test(v)) return true;
  if (/^<.*>$/s.test(v) || /^\{\{.*\}\}$/s.test(v) || /^__.+__$/s.test(v)) return true;
  return PLACEHOLDER_WORDS.test(v);
}

// src/credentials.ts
function looksSecretValue(value2) {
  const v = value2.trim();
  if (isPlaceholderValue(v)) return false;
  if (/^(true|false|yes|no|on|off|0|1)$/i.test(v)) return false;
  if (/^\/[\w.@%+-]*(\/[\w.@%+-]*)*$/.test(v)) return false;
  return true;
}
function hasShellExpansion(text) {
  return /\$[{(A-Za-z_]|`/.test(text);
}
var URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/:@'"]+):([^\s/@'"]+)@/gi;
function urlCredentials(text) {
  const out2 = [];
  for (const m of text.matchAll(URL_CREDENTIALS)) {
    const password = m[2];
    if (hasShellExpansion(password) || /^%\(|^\{\{/.test(password) || isPlaceholderValue(password)) continue;
    const start2 = m.index + m[0].indexOf("://") + 3;
    out2.push({ start: start2, end: start2 + m[1].length + 1 + password.length });
  }
  return out2;
}

// rules/plaintext-secret-env.ts
var plaintext_secret_env_default = defineRule({
  id: "plaintext-secret-env",
  title: "Secret written in plain text in environment or build args",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["runtime"],
  category: "secrets",
  rationale: "A literal credential in the Compose file is in version control, in `docker inspect` output and in the environment of every process in the container, where any process that can read /proc/<pid>/environ sees it. Build args are worse: they stay in the image history.",
  fix: "Use Compose `secrets:` (mounted as files; point the app at `*_FILE`), or interpolate from an untracked `.env` with `${VAR}`.",
  example: "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]",
  references: ["https://docs.docker.com/compose/how-tos/use-secrets/", "https://docs.docker.com/reference/compose-file/services/#environment"],
  checkRuntime(container, { report }) {
    const check = (entry, where) => {
      const v = entry.value;
      if (!v || v.interpolated || v.unresolved?.length) return;
      const name2 = entry.name.value;
      if (!looksSecretName(name2) || !looksSecretValue(String(v.value))) return;
      report(entry.name, `service ${container.name.value} sets ${entry.name.value} to a literal value in ${where}`);
    };
    for (const e of container.environment) if (!e.fromEnvFile) check(e, "environment");
    for (const a of container.build?.args ?? []) check(a, "build.args");
  }
});

// rules/port-on-all-interfaces.ts
var port_on_all_interfaces_default = defineRule({
  id: "port-on-all-interfaces",
  title: "Port published on all host interfaces",
  level: "note",
  securitySeverity: 2,
  profile: "strict",
  sources: ["runtime"],
  category: "network",
  rationale: "A published port without a host IP listens on every interface of the host, bypassing host firewall rules through Docker's own NAT rules. Services meant for a reverse proxy or local use are then reachable from any network the host is on.",
  fix: 'Bind to the interface that needs it (`"127.0.0.1:8080:8080"`), or put the service behind a proxy on an internal network.',
  example: 'services:\n  api:\n    ports:\n      - "127.0.0.1:8080:8080"',
  references: ["https://docs.docker.com/reference/compose-file/services/#ports", "https://docs.docker.com/engine/network/packet-filtering-firewalls/"],
  checkRuntime(container, { report }) {
    for (const port2 of container.ports) {
      if (!port2.allInterfaces || internalPortsOnAllInterfaces(port2).length > 0) continue;
      report(port2, `service ${container.name.value} publishes port ${port2.target} on all host interfaces`);
    }
  }
});

// rules/privileged-container.ts
var privileged_container_default = defineRule({
  id: "privileged-container",
  title: "Container runs privileged",
  level: "error",
  securitySeverity: 9.5,
  profile: "recommended",
  sources: ["runtime"],
  category: "privilege",
  rationale: "A privileged container gets every capability, every host device, no seccomp filter, no AppArmor/SELinux confinement and writable /sys and /proc. Root inside it can mount the host disk or load a kernel module, so on the shared kernel it is root on the host.",
  fix: "Remove `privileged: true`. Grant only what the service needs: a single `cap_add` entry, one device under `devices:`, or a narrower mount.",
  example: "services:\n  agent:\n    # privileged: true\n    cap_add: [NET_ADMIN]",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#privileged",
    "https://docs.docker.com/reference/cli/docker/container/run/#privileged"
  ],
  checkRuntime(container, { report }) {
    const v = container.privileged;
    if (isTrue(v)) report(v, `service ${container.name.value} runs privileged: it has every capability and device of the host`);
  }
});

// rules/root-user.ts
var root_user_default = defineRule({
  id: "root-user",
  title: "Container runs as root",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "privilege",
  rationale: "Root in a container is root on the host kernel: the same UID 0, held back only by dropped capabilities, seccomp and namespaces. Any kernel bug or misconfigured mount that lets a process out of its fences then hands the host to an attacker with full privileges. Windows images are not judged: Windows has no root (foreign-kernel-image notes them).",
  fix: 'Create an unprivileged user in the image and end the built stage with `USER <name or uid>`; in Compose, set `user: "1000:1000"`.',
  example: "RUN useradd --uid 10001 app\nUSER app",
  references: ["https://docs.docker.com/build/building/best-practices/#user", "https://docs.docker.com/engine/security/#linux-kernel-capabilities"],
  checkImage(image, { report }) {
    const stage = image.builtStage;
    if (!stage || isWindowsStage(stage)) return;
    const user = image.effectiveUser(stage);
    if (!user) {
      report(stage.from.keywordLoc, "the built stage sets no USER, so the container runs as root", { logicalKey: `stage ${stage.index}/no-user` });
      return;
    }
    if (user.resolved !== void 0 && isRootUser(user.resolved)) {
      report(user.written, `the built stage runs as root (USER ${user.written.value})`);
    }
  },
  checkRuntime(container, { report, profile }) {
    const name2 = container.name.value;
    if (container.user) {
      if (!container.user.unresolved?.length && isRootUser(String(container.user.value))) {
        report(container.user, `service ${name2} runs as root (user: ${container.user.value})`);
      }
      return;
    }
    const image = container.builtImage;
    const stage = image?.builtStage;
    const platform = resolvedText(container.platform);
    const ref = resolvedText(container.image);
    if (stage && isWindowsStage(stage) || platform && isWindowsPlatform(platform) || !container.build && ref && isWindowsImage(ref)) return;
    if (image && stage) {
      const user = image.effectiveUser(stage);
      if (!user) {
        report(container.name, `service ${name2} has no user: and its Dockerfile sets no USER, so it runs as root`, {
          related: [{ loc: stage.from.keywordLoc, message: "built stage without USER" }]
        });
      } else if (user.resolved !== void 0 && isRootUser(user.resolved)) {
        report(container.name, `service ${name2} has no user: and its Dockerfile ends with USER ${user.written.value}`, {
          related: [{ loc: user.written.loc, message: "the USER the image ends with" }]
        });
      }
      return;
    }
    if (!container.build && profile !== "recommended") {
      report(container.name, `service ${name2} sets no user:, so it runs as whatever user its image defaults to (often root)`, {
        level: "note",
        securitySeverity: 3
      });
    }
  }
});

// rules/seccomp-disabled.ts
var seccomp_disabled_default = defineRule({
  id: "seccomp-disabled",
  title: "Seccomp filtering disabled",
  level: "error",
  securitySeverity: 8,
  profile: "recommended",
  sources: ["runtime"],
  category: "confinement",
  rationale: "Docker's default seccomp profile blocks the few dozen system calls (keyctl, bpf, unshare, mount, kexec_load, ...) behind most kernel exploits and container escapes. Unconfined, every system call reaches the shared kernel, so one kernel bug reachable from any of them is a way out.",
  fix: "Remove `seccomp=unconfined`. If one system call is missing, copy the default profile, allow just that call, and use `seccomp=/path/profile.json`.",
  example: "services:\n  api:\n    security_opt:\n      - seccomp=./seccomp-with-perf.json",
  references: [
    "https://docs.docker.com/engine/security/seccomp/",
    "https://docs.docker.com/reference/compose-file/services/#security_opt"
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, "seccomp")) {
      if (optionValue(opt) === "unconfined") report(opt, `service ${container.name.value} runs without a seccomp filter (${opt.written.trim()})`);
    }
  }
});

// rules/secret-file-copied.ts
var SSH_KEYS = /* @__PURE__ */ new Set(["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"]);
var CREDENTIAL_FILES = /* @__PURE__ */ new Set([".npmrc", ".pypirc", ".git-credentials", ".netrc"]);
var SSH_PUBLIC = /^(known_hosts2?|authorized_keys2?|config|.*\.pub)$/;
var ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?|schema)$/i;
var TRUST_STORES = /^\/(usr\/local\/share\/ca-certificates|usr\/share\/ca-certificates|etc\/ssl\/certs|etc\/pki\/ca-trust\/source\/anchors|etc\/pki\/tls\/certs)(\/|$)/;
function secretFileKind(path) {
  const segments = path.replace(/\/+$/, "").split("/").filter((s) => s !== "" && s !== ".");
  const base = segments[segments.length - 1] ?? "";
  if (SSH_KEYS.has(base)) return "an SSH private key";
  const ssh = segments.indexOf(".ssh");
  if (ssh >= 0 && (ssh === segments.length - 1 || !SSH_PUBLIC.test(base))) return "SSH keys";
  if (segments.includes(".aws")) return "AWS credentials";
  if (base === ".env" || base.startsWith(".env.") && !ENV_TEMPLATE.test(base)) return "an environment file";
  if (/\.pem$/i.test(base)) return "a PEM key or certificate";
  if (/\.key$/i.test(base)) return "a private key";
  if (CREDENTIAL_FILES.has(base)) return "a credentials file";
  if (segments.slice(-2).join("/") === ".docker/config.json") return "Docker registry credentials";
  return void 0;
}
var secret_file_copied_default = defineRule({
  id: "secret-file-copied",
  title: "Credential file copied into the image",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image"],
  category: "secrets",
  rationale: "A file copied into a layer stays in the image even if a later step deletes it, and anyone who can pull the image can extract it. Keys and tokens copied this way give access to the hosts, registries and clouds that feed the shared kernel its workloads.",
  fix: "Mount the file only for the step that needs it (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc` or `--mount=type=ssh`), and list it in `.dockerignore`.",
  example: "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci",
  references: ["https://docs.docker.com/build/building/secrets/", "https://docs.docker.com/build/building/context/#dockerignore-files"],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ["COPY", "ADD"])) {
      const sources = copySources(ins);
      const dest = ins.expand(ins.args[ins.args.length - 1]?.value.replace(/^"|"\s*\]$/g, "") ?? "").value;
      for (const source of sources) {
        const path = ins.expand(source.value);
        if (path.unresolved.length || /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(path.value)) continue;
        const kind = secretFileKind(path.value);
        if (!kind) continue;
        if (kind.startsWith("a PEM") && TRUST_STORES.test(dest)) continue;
        report(source, `${ins.keyword} copies ${kind} (${path.value}) into the image`);
      }
    }
  }
});

// rules/secret-in-env.ts
var secret_in_env_default = defineRule({
  id: "secret-in-env",
  title: "Secret written into ENV or ARG",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image"],
  category: "secrets",
  rationale: "ENV values are stored in the image configuration and ARG values in the build history, so anyone who can pull the image can read them with `docker inspect` or `docker history`. A leaked registry or cloud credential lets an attacker replace the images and infrastructure the shared kernel runs.",
  fix: "Pass build-time secrets with `RUN --mount=type=secret,id=<id>` (or `env=<NAME>`), and runtime secrets through Compose `secrets:` or the orchestrator, never through ENV/ARG defaults.",
  example: "RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci",
  references: [
    "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/",
    "https://docs.docker.com/build/building/secrets/"
  ],
  checkImage(image, { report }) {
    for (const ins of [...image.globalArgs, ...buildInstructions(image, ["ENV", "ARG"])]) {
      for (const { name: name2, value: value2 } of ins.properties) {
        if (!value2 || !looksSecretName(name2.value)) continue;
        const expanded = ins.expand(value2.value);
        if (expanded.unresolved.length || !looksSecretValue(expanded.value)) continue;
        report(name2, `${ins.keyword} ${name2.value} is given a literal value, which stays in the image ${ins.keyword === "ENV" ? "configuration" : "history"}`);
      }
    }
  }
});

// src/curl.ts
var VALUE_SHORT = new Set("AbcCdDeEFHKmoPQrtTuUwxXyYz".split(""));
var VALUE_LONG = /* @__PURE__ */ new Set([
  "user",
  "proxy-user",
  "output",
  "header",
  "proxy-header",
  "data",
  "data-raw",
  "data-binary",
  "data-urlencode",
  "form",
  "request",
  "config",
  "cookie",
  "cookie-jar",
  "url",
  "proxy",
  "referer",
  "user-agent",
  "cert",
  "key",
  "pass",
  "cacert",
  "capath",
  "write-out",
  "max-time",
  "connect-timeout",
  "retry",
  "retry-delay",
  "retry-max-time",
  "range",
  "upload-file",
  "output-dir",
  "oauth2-bearer",
  "resolve",
  "connect-to",
  "interface",
  "dump-header",
  "time-cond",
  "continue-at",
  "limit-rate",
  "max-filesize",
  "proto",
  "proto-redir"
]);
function curlOptions(args2) {
  const out2 = [];
  for (let i2 = 0; i2 < args2.length; i2++) {
    const word = args2[i2];
    const v = word.value;
    if (v === "--") break;
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      const name2 = eq > 0 ? v.slice(2, eq) : v.slice(2);
      if (eq > 0) out2.push({ name: name2, word, value: { word, start: eq + 1 } });
      else if (VALUE_LONG.has(name2) && args2[i2 + 1]) out2.push({ name: name2, word, value: { word: args2[++i2] } });
      else out2.push({ name: name2, word });
      continue;
    }
    if (!v.startsWith("-") || v.length < 2) continue;
    for (let j = 1; j < v.length; j++) {
      const name2 = v[j];
      if (!VALUE_SHORT.has(name2)) {
        out2.push({ name: name2, word });
        continue;
      }
      if (j + 1 < v.length) out2.push({ name: name2, word, value: { word, start: j + 1 } });
      else if (args2[i2 + 1]) out2.push({ name: name2, word, value: { word: args2[++i2] } });
      else out2.push({ name: name2, word });
      break;
    }
  }
  return out2;
}

// rules/secret-in-run.ts
function literal(part) {
  const text = partText(part);
  if (text === "" || text === "-") return false;
  if (part.word.hasExpansion && hasShellExpansion(text)) return false;
  return !isPlaceholderValue(text) && !(text.includes(":") && isPlaceholderValue(text.slice(text.indexOf(":") + 1)));
}
var REGISTRY_CLIS = /* @__PURE__ */ new Set(["docker", "podman", "buildah", "skopeo", "nerdctl", "helm", "oras", "crane"]);
function registryLogin(args2) {
  const login = args2.findIndex((a) => a.value === "login");
  if (login < 0) return void 0;
  for (let i2 = login + 1; i2 < args2.length; i2++) {
    const w = args2[i2];
    let value2;
    if (w.value === "-p" || w.value === "--password") value2 = args2[i2 + 1] && { word: args2[i2 + 1] };
    else if (w.value.startsWith("--password=")) value2 = { word: w, start: "--password=".length };
    else if (/^-p./.test(w.value)) value2 = { word: w, start: 2 };
    if (value2 && literal(value2)) return { at: value2, what: "a registry password given to login on the command line" };
  }
  return void 0;
}
function awsConfigure(args2) {
  if (args2[0]?.value !== "configure" || args2[1]?.value !== "set") return void 0;
  const positional = [];
  for (let i2 = 2; i2 < args2.length; i2++) {
    if (args2[i2].value.startsWith("--")) i2++;
    else positional.push(args2[i2]);
  }
  const [key, value2] = positional;
  if (!key || !value2 || !/(^|\.)(aws_secret_access_key|aws_session_token)$/i.test(key.value)) return void 0;
  return literal({ word: value2 }) ? { at: { word: value2 }, what: `a literal ${key.value}` } : void 0;
}
var NPM_AUTH_KEY = /(^|:)(_authToken|_auth|_password)$|^npmAuthToken$|^npmAuthIdent$/;
function npmAuth(args2) {
  const set = args2.findIndex((a) => a.value === "set");
  if (set < 0) return void 0;
  const key = args2[set + 1];
  if (!key) return void 0;
  const eq = key.value.indexOf("=");
  const name2 = eq >= 0 ? key.value.slice(0, eq) : key.value;
  if (!NPM_AUTH_KEY.test(name2)) return void 0;
  const value2 = eq >= 0 ? { word: key, start: eq + 1 } : args2[set + 2] && { word: args2[set + 2] };
  return value2 && literal(value2) ? { at: value2, what: `a literal npm ${name2.replace(/^.*:/, "")}` } : void 0;
}
function curlUser(args2) {
  for (const o of curlOptions(args2)) {
    if (!["u", "user", "U", "proxy-user"].includes(o.name) || !o.value) continue;
    const text = partText(o.value);
    const colon = text.indexOf(":");
    if (colon < 0) continue;
    const password = { word: o.value.word, start: (o.value.start ?? 0) + colon + 1 };
    if (literal(password)) return { at: o.value, what: "a literal user:password given to curl" };
  }
  return void 0;
}
function wgetPassword(args2) {
  for (let i2 = 0; i2 < args2.length; i2++) {
    const m = /^--(?:http-|ftp-|proxy-)?password(=)?/.exec(args2[i2].value);
    if (!m || !m[1] && args2[i2].value !== m[0]) continue;
    const value2 = m[1] ? { word: args2[i2], start: m[0].length } : args2[i2 + 1] && { word: args2[i2 + 1] };
    if (value2 && literal(value2)) return { at: value2, what: "a literal password given to wget" };
  }
  return void 0;
}
function passwordOnStdin(cmd) {
  const reads = (c) => {
    const { name: name2, args: args2 } = unwrapCommand(c);
    const program = name2 && basename(name2.value);
    return program === "chpasswd" ? "chpasswd" : program === "passwd" && args2.some((a) => a.value === "--stdin") ? "passwd" : void 0;
  };
  const fromEcho = () => {
    const program = programOf(cmd);
    if (program !== "echo" && program !== "printf") return void 0;
    const into = cmd.pipedInto.map(reads).find(Boolean);
    return into && { into, words: unwrapCommand(cmd).args.filter((a) => !/^-[neE]+$/.test(a.value)) };
  };
  const source = cmd.stdinText && reads(cmd) ? { into: reads(cmd), words: [cmd.stdinText] } : fromEcho();
  if (!source) return void 0;
  for (const word of source.words) {
    if (word.value.includes("%s")) continue;
    if (source.into === "passwd") {
      if (literal({ word })) return { at: { word }, what: "a literal password fed to passwd --stdin" };
      continue;
    }
    for (const line of word.value.split(/\\n|\n/)) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      const start2 = word.value.indexOf(line) + colon + 1;
      if (literal({ word, start: start2, end: start2 + line.length - colon - 1 })) return { at: { word }, what: "a literal user:password fed to chpasswd" };
    }
  }
  return void 0;
}
function credentialsInUrl(program, args2) {
  if (!["git", "curl", "wget"].includes(program) && !/^pip[0-9.]*$/.test(program)) return void 0;
  for (const word of args2) {
    const hit = urlCredentials(word.value)[0];
    if (hit) return { at: { word, start: hit.start, end: hit.end }, what: `credentials written in a URL given to ${program}` };
  }
  return void 0;
}
function writtenCredential(part) {
  const text = partText(part);
  const base = part.start ?? 0;
  const npm = /_authToken\s*=\s*([^\s'"]+)/.exec(text);
  if (npm && !hasShellExpansion(npm[1])) {
    const start2 = base + npm.index + npm[0].length - npm[1].length;
    return { at: { word: part.word, start: start2, end: start2 + npm[1].length }, what: "a literal npm _authToken written into a file" };
  }
  const netrc = /\bmachine\s+\S+\s+login\s+\S+\s+password\s+([^\s'"]+)/.exec(text);
  if (netrc && !hasShellExpansion(netrc[1])) {
    const start2 = base + netrc.index + netrc[0].length - netrc[1].length;
    return { at: { word: part.word, start: start2, end: start2 + netrc[1].length }, what: "a literal .netrc password written into a file" };
  }
  const url = urlCredentials(text)[0];
  if (url) return { at: { word: part.word, start: base + url.start, end: base + url.end }, what: "credentials in a URL written into a file" };
  return void 0;
}
function secretAssignment(cmd) {
  for (const { name: name3, value: value2 } of cmd.assignments) {
    if (!looksSecretName(name3) || !literal({ word: value2 }) || !looksSecretValue(value2.value)) continue;
    const loc = { ...value2.loc, startColumn: value2.loc.startColumn - name3.length - 1 };
    return { at: { word: syntheticWord(name3, loc) }, what: `${name3} set to a literal value` };
  }
  const { name: name2, wrappers } = unwrapCommand(cmd);
  if (!wrappers.some((w) => basename(w.value) === "env")) return void 0;
  for (const word of cmd.words) {
    if (word === name2) break;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word.value);
    if (m && looksSecretName(m[1]) && looksSecretValue(m[2]) && literal({ word, start: m[1].length + 1 })) {
      return { at: { word, start: 0, end: m[1].length }, what: `${m[1]} set to a literal value` };
    }
  }
  return void 0;
}
function findSecrets(cmd) {
  const out2 = [];
  const add = (f) => f && out2.push(f);
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  const program = name2 ? basename(name2.value) : "";
  if (REGISTRY_CLIS.has(program)) add(registryLogin(args2));
  if (program === "aws") add(awsConfigure(args2));
  if (["npm", "yarn", "pnpm"].includes(program)) add(npmAuth(args2));
  if (program === "curl") add(curlUser(args2));
  if (program === "wget") add(wgetPassword(args2));
  add(credentialsInUrl(program, args2));
  add(passwordOnStdin(cmd));
  add(secretAssignment(cmd));
  for (const part of writtenText(cmd)?.parts ?? []) add(writtenCredential(part));
  return out2;
}
var secret_in_run_default = defineRule({
  id: "secret-in-run",
  title: "Credential written into a RUN step",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["image"],
  category: "secrets",
  rationale: "Every RUN command line is kept in the image history, and files it writes stay in a layer even if a later step deletes them. Anyone who can pull the image can read the credential and use it against the registries, clouds and hosts that run the shared-kernel workloads.",
  fix: "Pass the credential as a build secret and read it only inside the step: `RUN --mount=type=secret,id=token,env=TOKEN ...`, or `docker login --password-stdin < /run/secrets/...`.",
  example: "RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci",
  references: ["https://docs.docker.com/build/building/secrets/", "https://docs.docker.com/reference/cli/docker/login/"],
  checkImage(image, { report }) {
    for (const { command: command2 } of imageCommands(image, ["RUN"])) {
      for (const f of findSecrets(command2)) {
        const loc = wordPartLoc(f.at, image.lines);
        report(loc, `${f.what} stays in the image history`);
      }
    }
  }
});

// rules/selinux-disabled.ts
var UNCONFINED_TYPES = /* @__PURE__ */ new Set(["type:spc_t", "type:unconfined_t"]);
var selinux_disabled_default = defineRule({
  id: "selinux-disabled",
  title: "SELinux confinement disabled",
  level: "warning",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["runtime"],
  category: "confinement",
  rationale: "On SELinux hosts each container runs as container_t with its own category pair, which keeps it out of host files and out of other containers even when it is root. Disabling labels, or running as spc_t, removes that fence: any host path it can reach through a mount or an escape is open to it.",
  fix: "Remove `label=disable` / `label=type:spc_t`. Relabel the mounts the service needs with `:z` / `:Z` instead.",
  example: "services:\n  api:\n    volumes:\n      - ./data:/data:Z",
  references: [
    "https://docs.docker.com/reference/cli/docker/container/run/#security-opt",
    "https://docs.docker.com/reference/compose-file/services/#security_opt"
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, "label")) {
      const value2 = optionValue(opt).replace(/\s+/g, "");
      if (value2 === "disable" || UNCONFINED_TYPES.has(value2)) {
        report(opt, `service ${container.name.value} runs without SELinux confinement (${opt.written.trim()})`);
      }
    }
  }
});

// rules/sensitive-host-mount.ts
var KERNEL_AND_ENGINE_TREES = [
  ["/proc", "the host's /proc (kernel settings and every host process)"],
  ["/sys", "the host's /sys (kernel, cgroup and device settings)"],
  ["/dev", "the host's device nodes"],
  ["/boot", "the host's kernels and boot loader"],
  ["/lib/modules", "the host's kernel modules"],
  ["/usr/lib/modules", "the host's kernel modules"],
  ["/usr/src", "the host's kernel sources and headers"],
  ["/var/lib/docker", "Docker's state (every container's filesystem and volumes)"],
  ["/var/lib/containerd", "containerd's state (every container's filesystem)"],
  ["/var/lib/kubelet", "the kubelet's state (pod volumes and secrets)"],
  ["/root", "root's home directory on the host"]
];
var HARMLESS = /* @__PURE__ */ new Set(["/dev/log"]);
var TIME_FILES = /* @__PURE__ */ new Set(["/etc/localtime", "/etc/timezone"]);
var ETC_SECRETS = ["/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/sudoers.d", "/etc/ssh", "/etc/ssl/private", "/etc/pki/tls/private", "/etc/kubernetes", "/etc/docker"];
var CONTROL_SOCKETS = ["/run/systemd", "/var/run/systemd", "/run/dbus", "/var/run/dbus"];
function within(path, root) {
  return path === root || path.startsWith(root + "/");
}
function hostPathExposure(path, readOnly) {
  const level2 = readOnly ? "warning" : "error";
  if (path === "/") return { what: "the host's root filesystem", level: "error" };
  if (path === "/etc") return { what: "the host's configuration and secrets (/etc)", level: "error" };
  if (within(path, "/etc")) {
    if (TIME_FILES.has(path)) return readOnly ? void 0 : { what: "the host's time zone, which the container can rewrite (add :ro)", level: "warning" };
    if (!readOnly) return { what: "the host's own configuration, which the container can rewrite", level: "error" };
    return ETC_SECRETS.some((s) => within(path, s)) ? { what: "host secrets (password hashes, keys or credentials)", level: "warning" } : void 0;
  }
  if (path.split("/").includes(".ssh")) return { what: "an SSH directory (keys and authorized_keys)", level: level2 };
  if (HARMLESS.has(path)) return void 0;
  const tree = KERNEL_AND_ENGINE_TREES.find(([root]) => within(path, root));
  if (tree) return { what: tree[1], level: level2 };
  if (path === "/home") return { what: "every home directory on the host", level: level2 };
  if (path === "~" || /^\/home\/[^/]+$/.test(path)) return { what: "a home directory on the host (keys, tokens, shell start-up files)", level: level2 };
  if (CONTROL_SOCKETS.some((s) => within(path, s))) return { what: "the host's systemd or D-Bus control sockets", level: level2 };
  return void 0;
}
var sensitive_host_mount_default = defineRule({
  id: "sensitive-host-mount",
  title: "Sensitive host path mounted",
  level: "error",
  securitySeverity: 8,
  profile: "recommended",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "Namespaces give a container its own view of the filesystem; a bind mount of a host path puts that part of the host back in view. Paths like /, /etc, /proc, /sys, /dev, /var/lib/docker or an .ssh folder hold the host's secrets, its kernel's controls and other containers' data: writable, they are a direct way to root on the host, and even read-only they leak credentials.",
  fix: "Mount only the specific files or folders the service needs, read-only (`:ro`), from a project directory or a named volume rather than a system path.",
  example: "services:\n  app:\n    volumes:\n      - ./config/app.yaml:/etc/app/app.yaml:ro",
  references: [
    "https://docs.docker.com/engine/storage/bind-mounts/",
    "https://docs.docker.com/reference/compose-file/services/#volumes"
  ],
  checkRuntime(container, { report }) {
    for (const mount2 of container.mounts) {
      const path = bindHostPath(mount2);
      if (!path || mountedEngineSocket(mount2)) continue;
      const exposure = hostPathExposure(path, mount2.readOnly);
      if (!exposure || !mount2.source) continue;
      const mode = mount2.readOnly ? "read-only" : "read-write";
      report(mount2.source, `service ${container.name.value} mounts ${mount2.source.value} ${mode}: ${exposure.what}`, {
        level: exposure.level,
        securitySeverity: exposure.level === "error" ? 8 : 6
      });
    }
  }
});

// src/file-mode.ts
function modeEffect(mode) {
  const state = /^[0-7]+$/.test(mode) ? octal(mode) : symbolic(mode);
  if (!state) return void 0;
  return { setuid: state.setuid === true, setgid: state.setgid === true, worldWritable: state.worldWritable === true, sticky: state.sticky === true };
}
function octal(mode) {
  const n = parseInt(mode, 8);
  if (n > 4095) return void 0;
  return { setuid: (n & 2048) !== 0, setgid: (n & 1024) !== 0, sticky: (n & 512) !== 0, worldWritable: (n & 2) !== 0 };
}
function symbolic(mode) {
  const state = {};
  for (const clause of mode.split(",")) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!m) return void 0;
    const who = m[1];
    const u = who === "" || /[ua]/.test(who);
    const g = who === "" || /[ga]/.test(who);
    const o = who === "" || /[oa]/.test(who);
    for (const [, op, perms] of m[2].matchAll(/([-+=])([rwxXst]*|[ugo])/g)) {
      const copy = /^[ugo]$/.test(perms);
      const apply = (bit, affected, letter) => {
        if (!affected) return;
        if (copy) state[bit] = void 0;
        else if (op === "=") state[bit] = perms.includes(letter);
        else if (perms.includes(letter)) state[bit] = op === "+";
      };
      apply("setuid", u, "s");
      apply("setgid", g, "s");
      apply("sticky", o, "t");
      apply("worldWritable", o && who !== "", "w");
    }
  }
  return state;
}
function commandMode(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const program = basename(name2.value);
  const found = program === "chmod" ? chmodMode(args2) : program === "install" || program === "mkdir" ? optionMode(args2, program) : void 0;
  if (!found || found.word.hasExpansion) return void 0;
  return found;
}
function modeSettings(commands) {
  const created = /* @__PURE__ */ new Set();
  const out2 = [];
  for (const command2 of commands) {
    const mode = commandMode(command2);
    if (mode) {
      const known = !mode.recursive && mode.paths.length > 0 && mode.paths.every((p) => !p.hasExpansion && created.has(normalizePath(p.value)));
      out2.push({ ...mode, onDirectories: mode.makesDirectories || known });
    }
    for (const dir of createdDirectories(command2)) created.add(dir);
  }
  return out2;
}
function createdDirectories(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  const program = name2 && basename(name2.value);
  if (program !== "mkdir" && program !== "install") return [];
  const { operands, directories } = parseOptions(args2, program);
  if (program === "install" && !directories) return [];
  return operands.filter((w) => !w.hasExpansion).map((w) => normalizePath(w.value));
}
function normalizePath(path) {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}
function chmodMode(args2) {
  let recursive = false;
  for (let i2 = 0; i2 < args2.length; i2++) {
    const word = args2[i2];
    const a = word.value;
    if (a === "--") return args2[i2 + 1] ? { word: args2[i2 + 1], mode: args2[i2 + 1].value, paths: args2.slice(i2 + 2), makesDirectories: false, recursive } : void 0;
    if (a.startsWith("--reference")) return void 0;
    if (a === "--recursive") recursive = true;
    if (a.startsWith("--")) continue;
    if (/^-[Rcfvh]+$/.test(a)) {
      if (a.includes("R")) recursive = true;
      continue;
    }
    const rest = args2.slice(i2 + 1);
    if (rest.some((w) => /^-[cfvh]*R[Rcfvh]*$/.test(w.value) || w.value === "--recursive")) recursive = true;
    return { word, mode: a, paths: rest.filter((w) => !w.value.startsWith("-")), makesDirectories: false, recursive };
  }
  return void 0;
}
function optionMode(args2, program) {
  const { mode, operands, directories } = parseOptions(args2, program);
  if (!mode) return void 0;
  return { ...mode, paths: operands, makesDirectories: program === "mkdir" || directories, recursive: false };
}
function parseOptions(args2, program) {
  const valued = program === "install" ? "mogtS" : "mZ";
  const longValued = /^--(mode|owner|group|suffix|target-directory|context|strip-program)$/;
  let mode;
  let directories = false;
  const operands = [];
  for (let i2 = 0; i2 < args2.length; i2++) {
    const word = args2[i2];
    const a = word.value;
    if (a === "--") {
      operands.push(...args2.slice(i2 + 1));
      break;
    }
    if (a.startsWith("--")) {
      if (a === "--directory") directories = true;
      if (a.startsWith("--mode=")) mode ??= { word, mode: a.slice("--mode=".length) };
      if (a === "--mode" && args2[i2 + 1]) mode ??= { word: args2[i2 + 1], mode: args2[i2 + 1].value };
      if (longValued.test(a)) i2++;
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      operands.push(word);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const letter = a[j];
      if (letter === "d" && program === "install") directories = true;
      if (!valued.includes(letter)) continue;
      const rest = a.slice(j + 1);
      if (letter === "m") {
        if (rest) mode ??= { word, mode: rest };
        else if (args2[i2 + 1]) mode ??= { word: args2[i2 + 1], mode: args2[i2 + 1].value };
      }
      if (!rest) i2++;
      break;
    }
  }
  return { mode, operands, directories };
}

// rules/setuid-bit.ts
var setuid_bit_default = defineRule({
  id: "setuid-bit",
  title: "File made setuid or setgid",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image"],
  category: "privilege",
  rationale: "A setuid or setgid program runs with its owner's identity, usually root, whoever starts it. In a container that runs as an unprivileged USER, each such binary is a way back to UID 0 on the shared kernel; one bug in it, or in what it loads, undoes the non-root user. A setgid directory is different and not flagged: it only makes files created in it inherit its group.",
  fix: "Do not add setuid/setgid bits to programs; give the program the one capability it needs with `setcap`, or run that step as root at build time. Use modes such as `755`, and `--chmod=755` on COPY/ADD. For a shared directory, create it with its mode (`install -d -m 2775 /srv/shared`).",
  example: "# bad\nRUN chmod u+s /usr/local/bin/helper\n# good\nRUN chmod 755 /usr/local/bin/helper \\\n && install -d -m 2775 -g app /srv/shared",
  references: [
    "https://man7.org/linux/man-pages/man1/chmod.1.html",
    "https://docs.docker.com/reference/dockerfile/#copy---chown---chmod",
    "https://docs.docker.com/engine/security/#linux-kernel-capabilities"
  ],
  checkImage(image, { report }) {
    for (const { shell } of [...buildInstructions(image, ["RUN"]), ...containerStarts(image)]) {
      for (const mode of modeSettings(shell?.commands ?? [])) {
        const effect = modeEffect(mode.mode);
        if (effect && !effect.setuid && mode.onDirectories) continue;
        const bits = special(effect);
        if (bits) report(mode.word, `mode ${mode.mode} sets the ${bits} ${bits.includes(" and ") ? "bits" : "bit"}`);
      }
    }
    for (const ins of buildInstructions(image, ["COPY", "ADD"])) {
      for (const flag2 of ins.flags) {
        if (flag2.name !== "chmod" || flag2.value === void 0) continue;
        const { value: value2, unresolved } = ins.expand(flag2.value);
        const bits = unresolved.length ? void 0 : special(modeEffect(value2));
        if (bits) report(flag2, `${ins.keyword} --chmod=${value2} sets the ${bits} ${bits.includes(" and ") ? "bits" : "bit"}`);
      }
    }
  }
});
function special(effect) {
  if (!effect) return void 0;
  if (effect.setuid && effect.setgid) return "setuid and setgid";
  if (effect.setuid) return "setuid";
  if (effect.setgid) return "setgid";
  return void 0;
}

// rules/ssh-server.ts
var SERVER_PACKAGES = /* @__PURE__ */ new Set(["openssh-server", "dropbear", "dropbear-bin", "tinysshd"]);
var SERVER_PACKAGES_BY_MANAGER = {
  apk: /* @__PURE__ */ new Set(["openssh"]),
  pacman: /* @__PURE__ */ new Set(["openssh"]),
  "apt-get": /* @__PURE__ */ new Set(["ssh"]),
  apt: /* @__PURE__ */ new Set(["ssh"]),
  aptitude: /* @__PURE__ */ new Set(["ssh"])
};
var DAEMONS = /* @__PURE__ */ new Set(["sshd", "dropbear", "tinysshd"]);
var SERVICES = /* @__PURE__ */ new Set(["ssh", "sshd", "dropbear"]);
function sshServerCommand(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const program = basename(name2.value);
  if (DAEMONS.has(program)) return name2;
  if ((program === "service" || program === "rc-service") && args2[0] && SERVICES.has(args2[0].value)) return args2[0];
  if (/^\/etc\/init\.d\/(ssh|sshd|dropbear)$/.test(name2.value)) return name2;
  return void 0;
}
function sshPlaces(stage) {
  const places = [];
  const triggers = stage.instructions.flatMap((i2) => i2.trigger ? [i2.trigger] : []);
  for (const ins of [...stage.instructions, ...triggers].filter((i2) => i2.keyword === "RUN")) {
    for (const command2 of ins.shell?.commands ?? []) {
      const install = packageInstall(command2);
      for (const pkg of install?.packages ?? []) {
        if (SERVER_PACKAGES.has(pkg.value) || SERVER_PACKAGES_BY_MANAGER[install.manager]?.has(pkg.value)) {
          places.push({ loc: pkg.loc, message: `${pkg.value} installs an SSH server` });
        }
      }
    }
  }
  const starts = [...stageStartInstructions(stage).filter((i2) => i2.stage === stage), ...triggers.filter((i2) => i2.keyword === "CMD" || i2.keyword === "ENTRYPOINT")];
  for (const ins of starts) {
    for (const command2 of ins.shell?.commands ?? []) {
      const daemon = sshServerCommand(command2);
      if (daemon) places.push({ loc: daemon.loc, message: `the container starts an SSH server (${daemon.value})` });
    }
  }
  for (const port2 of portsDeclared([...stage.instructions, ...triggers])) {
    if (exposesTcp(port2, 22)) places.push({ loc: port2.written.loc, message: `EXPOSE ${port2.written.value} declares the SSH port 22` });
  }
  return places.sort((a, b) => a.loc.startLine - b.loc.startLine || a.loc.startColumn - b.loc.startColumn);
}
var ssh_server_default = defineRule({
  id: "ssh-server",
  title: "SSH server in the image",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image"],
  category: "network",
  rationale: "An SSH daemon adds a network login service, host keys and usually a password or key to every container started from the image, and it typically runs as root to switch users: a remote way in that sits directly on the shared kernel. The engine already gives operators a shell through `docker exec`, without any listening port.",
  fix: "Remove the SSH server and the EXPOSE 22; use `docker exec` (or `kubectl exec`) to get a shell, and ship files in with the build or a volume.",
  example: '# bad\nRUN apt-get install -y openssh-server\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\n# good\n# docker exec -it <container> sh',
  references: ["https://docs.docker.com/reference/cli/docker/container/exec/", "https://man.openbsd.org/sshd", "https://docs.docker.com/reference/dockerfile/#expose"],
  checkImage(image, { report }) {
    for (const stage of image.stages) {
      const [first, ...others] = sshPlaces(stage);
      if (!first) continue;
      const name2 = stage.name ? `stage ${stage.name.value}` : `stage ${stage.index}`;
      const more = others.length ? ` (and ${others.length} more ${others.length === 1 ? "place" : "places"} in ${name2})` : "";
      report(first.loc, `${first.message}${more}`, { related: others, logicalKey: `${name2}/ssh-server` });
    }
  }
});

// rules/sudo-usage.ts
var sudo_usage_default = defineRule({
  id: "sudo-usage",
  title: "sudo or su used or installed in the image",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image"],
  category: "privilege",
  rationale: "Build steps already run as root, so sudo only matters at run time, where it is a ready-made path from the app user back to root on the shared kernel. A setuid sudo binary in the image also undoes the point of running as an unprivileged USER.",
  fix: "Run privileged build steps before switching USER, and drop sudo from the packages; use `gosu`/`su-exec` only in an entrypoint that steps down from root.",
  example: "USER root\nRUN apt-get install -y curl\nUSER app",
  references: ["https://docs.docker.com/build/building/best-practices/#user"],
  checkImage(image, { report }) {
    for (const { command: command2 } of [...imageCommands(image), ...startCommands(image)]) {
      const sudo = runsProgram(command2, "sudo");
      if (sudo) report(sudo, "sudo is run in the image");
      const { name: name2, args: args2 } = unwrapCommand(command2);
      if (name2 && basename(name2.value) === "su" && args2.some((a) => a.value === "-c" || a.value === "--command")) {
        report(name2, "su -c is run in the image");
      }
      for (const pkg of packageInstall(command2)?.packages ?? []) {
        if (pkg.value === "sudo") report(pkg, "sudo is installed into the image");
      }
    }
  }
});

// rules/sysctl-in-build.ts
var PROC_SYS = /^\/proc\/sys\//;
function sysctlWrite(cmd) {
  const target = cmd.writes.find((w) => PROC_SYS.test(w.value));
  if (target) return target;
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const program = basename(name2.value);
  if (program === "sysctl") {
    const writes = args2.some((a) => {
      const v = a.value;
      if (v.startsWith("--")) return /^--(write|load|system)(=|$)/.test(v);
      if (v.startsWith("-")) return v[1] === "p" || /^-[a-zA-Z]*w[a-zA-Z]*$/.test(v) || /^-[a-zA-Z]+$/.test(v) && v.includes("p");
      return v.includes("=");
    });
    return writes ? name2 : void 0;
  }
  if (program === "tee") return args2.find((a) => !a.value.startsWith("-") && PROC_SYS.test(a.value));
  return void 0;
}
function reportWrites(commands, report) {
  for (const command2 of commands) {
    const write = sysctlWrite(command2);
    if (write) report(write, basename(write.value) === "sysctl" ? "sysctl writes kernel parameters of the shared kernel" : `writing ${write.value} changes a parameter of the shared kernel`);
  }
}
var sysctl_in_build_default = defineRule({
  id: "sysctl-in-build",
  title: "Kernel parameters changed from inside a container",
  level: "warning",
  securitySeverity: 4,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "kernel",
  rationale: "Most kernel parameters are not namespaced: a container that could write them would change the host's one kernel for every process on it. Docker mounts /proc/sys read-only, so the write fails, or it only succeeds in a privileged container, where it reaches the host. Either way the image assumes control of a kernel it does not own.",
  fix: "Set namespaced parameters (`net.*`, some `kernel.*` IPC keys) per container with `docker run --sysctl` or Compose `sysctls:`, and set the rest on the host (`/etc/sysctl.d/`).",
  example: "# bad\nRUN sysctl -w net.core.somaxconn=1024\n# good (compose)\n# sysctls:\n#   net.core.somaxconn: 1024",
  references: [
    "https://docs.docker.com/reference/cli/docker/container/run/#sysctl",
    "https://man7.org/linux/man-pages/man8/sysctl.8.html",
    "https://docs.kernel.org/admin-guide/sysctl/index.html"
  ],
  checkImage(image, { report }) {
    reportWrites([...imageCommands(image), ...startCommands(image)].map((c) => c.command), report);
  },
  checkRuntime(container, { report }) {
    reportWrites(runtimeCommands(container), report);
  }
});

// rules/system-paths-unmasked.ts
var system_paths_unmasked_default = defineRule({
  id: "system-paths-unmasked",
  title: "Masked kernel paths exposed",
  level: "error",
  securitySeverity: 7,
  profile: "recommended",
  sources: ["runtime"],
  category: "confinement",
  rationale: "Docker masks or mounts read-only the parts of /proc and /sys that talk straight to the shared kernel: /proc/kcore (kernel memory), /proc/sysrq-trigger, /proc/sys, /sys/firmware and others. With `systempaths=unconfined` a process with enough privilege can read kernel memory, reboot or crash the host, or change kernel settings for every container on it.",
  fix: "Remove `systempaths=unconfined`. A tool that needs one kernel interface (for example a nested container runtime) belongs in a VM, not in a container on a shared host.",
  example: "services:\n  builder:\n    security_opt:\n      - no-new-privileges:true",
  references: [
    "https://docs.docker.com/reference/cli/docker/container/run/#security-opt",
    "https://docs.docker.com/reference/compose-file/services/#security_opt"
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, "systempaths")) {
      if (optionValue(opt) === "unconfined") report(opt, `service ${container.name.value} unmasks the host kernel's /proc and /sys paths (${opt.written.trim()})`);
    }
  }
});

// src/tls.ts
var FALSE2 = /^(false|0|no|off)$/i;
function tlsEnvOff(name2, value2) {
  switch (name2.toUpperCase()) {
    case "NODE_TLS_REJECT_UNAUTHORIZED":
      return value2 === "0";
    case "GIT_SSL_NO_VERIFY":
      return true;
    case "PYTHONHTTPSVERIFY":
      return value2 === "0";
    case "PIP_TRUSTED_HOST":
    case "GOINSECURE":
      return value2 !== void 0 && value2.trim() !== "";
    case "NPM_CONFIG_STRICT_SSL":
    case "YARN_ENABLE_STRICT_SSL":
      return value2 !== void 0 && /^(false|0)$/i.test(value2.trim());
  }
  return false;
}
function tlsConfigOff(text, fileNames = []) {
  const t = text.replace(/\\[nt]/g, "  ");
  const patterns = [
    [/(?<![\w-])sslverify\s*=\s*(0|false|no|off)\b/i, "sslverify off (dnf/yum or git configuration)"],
    [/Acquire::https::(?:\S+::)?Verify-(?:Peer|Host)\s*"?(false|0|no)\b/i, "apt Acquire::https Verify-Peer false"],
    [/(?<![\w-])strict-ssl\s*=\s*false\b/i, "strict-ssl=false (npm configuration)"],
    [/(?<![\w-])check[_-]?certificate\s*=\s*(off|0|no|false)\b/i, "check_certificate=off (wget configuration)"],
    [/(?<![\w-])trusted-host\s*=\s*\S/i, "trusted-host (pip configuration)"]
  ];
  if (fileNames.some((f) => basename(f) === ".curlrc")) patterns.push([/(?<![\w-])(--insecure|insecure|-k)(?![\w-])/, "insecure in .curlrc"]);
  for (const [re, what] of patterns) {
    const m = re.exec(t);
    if (m) return { start: m.index, end: m.index + m[0].length, what };
  }
  return void 0;
}
function disablesTls(cmd) {
  for (const { name: name3, value: value2 } of cmd.assignments) {
    if (tlsEnvOff(name3, value2.hasExpansion ? void 0 : value2.value)) {
      const loc = { ...value2.loc, startColumn: value2.loc.startColumn - name3.length - 1 };
      return { at: { word: syntheticWord(name3, loc) }, what: name3 };
    }
  }
  const { name: name2, args: args2, wrappers } = unwrapCommand(cmd);
  if (wrappers.some((w) => basename(w.value) === "env")) {
    for (const word of cmd.words) {
      if (word === name2) break;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word.value);
      if (m && tlsEnvOff(m[1], word.hasExpansion ? void 0 : m[2])) return { at: { word, start: 0, end: m[1].length }, what: m[1] };
    }
  }
  const written = writtenText(cmd);
  if (written) {
    const files = written.files.map((f) => f.value);
    for (const part of written.parts) {
      const hit = tlsConfigOff(partText(part), files);
      if (hit) {
        const base = part.start ?? 0;
        return { at: { word: part.word, start: base + hit.start, end: base + hit.end }, what: hit.what };
      }
    }
  }
  if (!name2) return void 0;
  const program = basename(name2.value);
  const check = PROGRAMS[program] ?? (isPythonPip(program, args2) ? pip : void 0);
  return check?.(args2, program);
}
var LOOPBACK = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@]*@)?(localhost|127(?:\.\d+){3}|\[::1\])(?::\d+)?(?:\/|$)/i;
var curl = (args2) => {
  const off = curlOptions(args2).find((o) => ["k", "insecure", "proxy-insecure", "doh-insecure"].includes(o.name));
  if (!off) return void 0;
  const urls = args2.filter((a) => /^[a-z][a-z0-9+.-]*:\/\//i.test(a.value));
  if (urls.length > 0 && urls.every((u) => LOOPBACK.test(u.value))) return void 0;
  return { at: { word: off.word }, what: `curl ${off.name.length === 1 ? "-" : "--"}${off.name}` };
};
var wget = (args2) => {
  for (let i2 = 0; i2 < args2.length; i2++) {
    const w = args2[i2];
    if (w.value === "--no-check-certificate") return { at: { word: w }, what: "wget --no-check-certificate" };
    const execute = /^(?:-e|--execute)$/.test(w.value) ? args2[i2 + 1] : void 0;
    const command2 = execute?.value ?? /^(?:-e|--execute=)(.+)$/.exec(w.value)?.[1];
    if (command2 !== void 0 && /^check[_-]?certificate\s*=\s*(off|0|no|false)$/i.test(command2.trim())) {
      return { at: { word: execute ?? w }, what: "wget check_certificate=off" };
    }
  }
  return void 0;
};
var pip = (args2) => {
  for (let i2 = 0; i2 < args2.length; i2++) {
    const w = args2[i2];
    if (w.value === "--trusted-host" || w.value.startsWith("--trusted-host=")) return { at: { word: w }, what: "pip --trusted-host" };
    if (/^[a-z]+\.trusted-host(=|$)/i.test(w.value) && args2.some((a) => a.value === "config")) return { at: { word: w }, what: "pip config trusted-host" };
  }
  return void 0;
};
var uv = (args2) => {
  const w = args2.find((a) => a.value === "--allow-insecure-host" || a.value.startsWith("--allow-insecure-host=") || a.value === "--trusted-host" || a.value.startsWith("--trusted-host="));
  return w ? { at: { word: w }, what: `uv ${w.value.split("=")[0]}` } : void 0;
};
var nodePackageManager = (args2, program) => {
  for (let i2 = 0; i2 < args2.length; i2++) {
    const w = args2[i2];
    const v = w.value;
    if (/^(--)?strict-ssl=(false|0)$/i.test(v) || v === "--no-strict-ssl") return { at: { word: w }, what: `${program} strict-ssl false` };
    if (/^(--)?strict-ssl$|^enableStrictSsl$/i.test(v) && FALSE2.test(args2[i2 + 1]?.value ?? "")) return { at: { word: w }, what: `${program} strict-ssl false` };
  }
  return void 0;
};
var git = (args2) => {
  for (let i2 = 0; i2 < args2.length; i2++) {
    const w = args2[i2];
    const inline = /^http(?:\.[^=\s]+)?\.sslverify=(.*)$/i.exec(w.value);
    if (inline && (inline[1] === "" || FALSE2.test(inline[1]))) return { at: { word: w }, what: "git http.sslVerify=false" };
    if (/^http(?:\.\S+)?\.sslverify$/i.test(w.value) && FALSE2.test(args2[i2 + 1]?.value ?? "") && args2.some((a) => a.value === "config")) {
      return { at: { word: w }, what: "git config http.sslVerify false" };
    }
  }
  return void 0;
};
var rpmFamily = (args2, program) => {
  for (let i2 = 0; i2 < args2.length; i2++) {
    const w = args2[i2];
    const setopt2 = w.value === "--setopt" ? args2[i2 + 1] : w.value.startsWith("--setopt=") ? w : void 0;
    if (!setopt2) continue;
    const value2 = setopt2 === w ? w.value.slice("--setopt=".length) : setopt2.value;
    if (/^(?:[^=]*\.)?sslverify=(0|false|no|off)$/i.test(value2)) return { at: { word: setopt2 }, what: `${program} --setopt=sslverify=0` };
  }
  return void 0;
};
var zypper = (args2) => {
  const w = args2.find((a) => /[?&]ssl_verify=no\b/i.test(a.value));
  return w ? { at: { word: w }, what: "zypper repository with ssl_verify=no" } : void 0;
};
var apt = (args2, program) => {
  for (let i2 = 0; i2 < args2.length; i2++) {
    const w = args2[i2];
    const option = /^(-o|--option)$/.test(w.value) ? args2[i2 + 1] : /^(-o|--option=)./.test(w.value) ? w : void 0;
    if (!option) continue;
    const value2 = option === w ? w.value.replace(/^(-o|--option=)/, "") : option.value;
    if (/^Acquire::https::(?:\S+::)?Verify-(?:Peer|Host)=(false|0|no)$/i.test(value2)) return { at: { word: option }, what: `${program} -o Acquire::https::Verify-Peer=false` };
  }
  return void 0;
};
var conda = (args2, program) => {
  for (let i2 = 0; i2 < args2.length; i2++) {
    const w = args2[i2];
    if (w.value === "--insecure" || w.value === "-k") return { at: { word: w }, what: `${program} --insecure` };
    if (/^ssl_verify$/i.test(w.value) && FALSE2.test(args2[i2 + 1]?.value ?? "")) return { at: { word: w }, what: `${program} config ssl_verify false` };
  }
  return void 0;
};
var PROGRAMS = {
  curl,
  wget,
  uv,
  npm: nodePackageManager,
  yarn: nodePackageManager,
  pnpm: nodePackageManager,
  git,
  dnf: rpmFamily,
  dnf5: rpmFamily,
  yum: rpmFamily,
  microdnf: rpmFamily,
  tdnf: rpmFamily,
  "yum-config-manager": rpmFamily,
  zypper,
  "apt-get": apt,
  apt,
  aptitude: apt,
  conda,
  mamba: conda,
  micromamba: conda
};
function isPythonPip(program, args2) {
  if (/^pip[0-9.]*$/.test(program)) return true;
  if (!/^python[0-9.]*$/.test(program)) return false;
  const m = args2.findIndex((a) => a.value === "-m");
  return m >= 0 && /^pip[0-9.]*$/.test(args2[m + 1]?.value ?? "");
}

// rules/tls-verification-disabled.ts
var tls_verification_disabled_default = defineRule({
  id: "tls-verification-disabled",
  title: "TLS certificate verification turned off",
  level: "warning",
  securitySeverity: 5,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "supply-chain",
  rationale: "Without certificate checks anyone on the network path (a proxy, a hijacked DNS answer, a rogue Wi-Fi) can answer in the server's place. Packages and scripts fetched that way are replaced on the way in and then run inside containers on the shared kernel, and a setting left in ENV keeps doing this at run time.",
  fix: "Keep verification on and make the certificate trusted instead: add the internal CA to the image (`COPY ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`), or point the tool at it (`--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`, `GIT_SSL_CAINFO`).",
  example: "COPY corp-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates && curl -fsSL https://internal.example/tool -o /usr/local/bin/tool",
  references: [
    "https://curl.se/docs/manpage.html#-k",
    "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
    "https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify",
    "https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host"
  ],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ["ENV", "ARG"])) {
      for (const { name: name2, value: value2 } of ins.properties) {
        if (!value2) continue;
        const expanded = ins.expand(value2.value);
        if (tlsEnvOff(name2.value, expanded.unresolved.length ? void 0 : expanded.value)) {
          report(name2, `${ins.keyword} ${name2.value}=${value2.value} turns TLS certificate checks off`);
        }
      }
    }
    for (const { command: command2 } of [...imageCommands(image), ...startCommands(image)]) {
      const off = disablesTls(command2);
      if (!off) continue;
      const loc = wordPartLoc(off.at, image.lines);
      report(loc, `${off.what} turns TLS certificate checks off`);
    }
  },
  checkRuntime(container, { report }) {
    const name2 = container.name.value;
    for (const entry of container.environment) {
      const v = entry.value;
      if (!v || v.unresolved?.length) continue;
      if (tlsEnvOff(entry.name.value, String(v.value))) {
        report(entry.name, `service ${name2} sets ${entry.name.value}=${String(v.value)}, which turns TLS certificate checks off`);
      }
    }
    for (const command2 of runtimeCommands(container)) {
      const off = disablesTls(command2);
      if (off) report(wordPartLoc(off.at, void 0), `service ${name2} starts with ${off.what}, which turns TLS certificate checks off`);
    }
  }
});

// rules/unnamespaced-sysctl.ts
var IPC_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.msgmax",
  "kernel.msgmnb",
  "kernel.msgmni",
  "kernel.sem",
  "kernel.shmall",
  "kernel.shmmax",
  "kernel.shmmni",
  "kernel.shm_rmid_forced"
]);
var UTS_SYSCTLS = /* @__PURE__ */ new Set(["kernel.hostname", "kernel.domainname"]);
function sysctlNamespace(key) {
  const k = key.trim().toLowerCase().replace(/\//g, ".");
  if (IPC_SYSCTLS.has(k) || k.startsWith("fs.mqueue.")) return "ipc";
  if (k.startsWith("net.")) return "net";
  if (UTS_SYSCTLS.has(k)) return "uts";
  return void 0;
}
var unnamespaced_sysctl_default = defineRule({
  id: "unnamespaced-sysctl",
  title: "Sysctl that is not namespaced",
  level: "error",
  securitySeverity: 6,
  profile: "recommended",
  sources: ["runtime"],
  category: "kernel",
  rationale: "Only IPC and network sysctls (and the UTS names) are kept per namespace; every other key, such as kernel.randomize_va_space or vm.overcommit_memory, is a setting of the one kernel all containers and the host share. A namespaced key is global too when the container shares that namespace with the host (`net.*` with `network_mode: host`). Such a setting weakens or changes the host for everyone; runc refuses it, so it also keeps the service from starting.",
  fix: "Remove the key and, if the host really needs it, set it on the host (e.g. in /etc/sysctl.d/) where it is reviewed as a host change. Keep only `net.*`, `kernel.shm*`/`msg*`/`sem` and `fs.mqueue.*` keys, in a namespace of the container's own.",
  example: "services:\n  api:\n    sysctls:\n      net.core.somaxconn: 1024",
  references: [
    "https://docs.docker.com/reference/compose-file/services/#sysctls",
    "https://docs.docker.com/reference/cli/docker/container/run/#sysctl"
  ],
  checkRuntime(container, { report }) {
    const name2 = container.name.value;
    const shared = { net: isHostMode(container.networkMode), ipc: isHostMode(container.ipc), uts: isHostMode(container.uts) };
    for (const sysctl of container.sysctls) {
      const key = sysctl.name.value;
      const ns = sysctlNamespace(key);
      if (!ns) report(sysctl.name, `service ${name2} sets ${key}, which is not namespaced: it would change the host kernel`);
      else if (shared[ns]) report(sysctl.name, `service ${name2} sets ${key} in the host's ${ns.toUpperCase()} namespace: it would change the host`);
    }
  }
});

// rules/unpinned-image.ts
var unpinned_image_default = defineRule({
  id: "unpinned-image",
  title: "Image pulled without a version tag",
  level: "warning",
  securitySeverity: 3,
  profile: "recommended",
  sources: ["image", "runtime"],
  category: "supply-chain",
  rationale: "A container runs whatever userland its image brings onto the shared kernel, and `latest` (or no tag) is whatever the publisher pushed most recently. Every build or pull can silently bring in different binaries, so a compromised or broken upstream push reaches the host without any change in the repository.",
  fix: "Name a version tag (`FROM alpine:3.20`), or better a digest (`FROM alpine:3.20@sha256:...`) kept current by Renovate or Dependabot.",
  example: "FROM python            # bad\nFROM python:3.12-slim  # good",
  references: [
    "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
    "https://docs.docker.com/reference/dockerfile/#from",
    "https://docs.docker.com/reference/dockerfile/#copy---from"
  ],
  checkImage(image, { report }) {
    for (const pulled of pulledImages(image)) {
      const pinning = imagePinning(pulled.ref);
      if (!floatsToLatest(pinning)) continue;
      const how = pinning.kind === "latest" ? "the :latest tag" : "no tag (Docker pulls :latest)";
      report(pulled.loc, `${pulled.via} image ${pulled.ref} has ${how}`);
    }
  },
  checkRuntime(container, { report }) {
    const image = container.image;
    if (!image || container.build || image.unresolved?.length) return;
    const pinning = imagePinning(String(image.value));
    if (!floatsToLatest(pinning)) return;
    const how = pinning.kind === "latest" ? "the :latest tag" : "no tag (Docker pulls :latest)";
    report(image, `service ${container.name.value} runs image ${String(image.value)}, which has ${how}`);
  }
});

// rules/vm-runtime-required.ts
var STRONG_RUNTIMES = /* @__PURE__ */ new Set([
  "runsc",
  "io.containerd.runsc.v1",
  "kata",
  "kata-runtime",
  "kata-qemu",
  "kata-fc",
  "kata-clh",
  "io.containerd.kata.v2",
  "aws.firecracker"
]);
var vm_runtime_required_default = defineRule({
  id: "vm-runtime-required",
  title: "Untrusted workload without a VM-backed runtime",
  level: "error",
  securitySeverity: 8,
  profile: "untrusted",
  // A service marked untrusted is checked whatever the profile.
  checksOutsideProfile: true,
  sources: ["runtime"],
  category: "vm-isolation",
  rationale: "Namespaces, cgroups and seccomp all rely on the one host kernel being bug-free: a single kernel exploit from inside an ordinary container owns the host. Code you do not trust should get a kernel of its own (Kata Containers, Firecracker) or a user-space kernel (gVisor) so that such an exploit stays inside.",
  fix: "Set `runtime: runsc` (gVisor) or a Kata/Firecracker runtime configured on the host; a Windows service can use `isolation: hyperv`.",
  example: "services:\n  sandbox:\n    runtime: runsc\n    x-isolint:\n      trust: untrusted",
  references: ["https://gvisor.dev/docs/user_guide/quick_start/docker/", "https://github.com/kata-containers/kata-containers/tree/main/docs", "https://docs.docker.com/reference/compose-file/services/#runtime"],
  checkRuntime(container, { report, profile }) {
    const marked = container.trust && !container.trust.unresolved?.length && String(container.trust.value).toLowerCase() === "untrusted";
    if (profile !== "untrusted" && !marked) return;
    if (container.isolation && String(container.isolation.value).toLowerCase() === "hyperv") return;
    const runtime = container.runtime;
    if (runtime?.unresolved?.length) return;
    const name2 = container.name.value;
    if (!runtime) report(container.name, `service ${name2} runs untrusted code on the shared host kernel: set a VM-backed runtime such as runsc or kata`);
    else if (!STRONG_RUNTIMES.has(String(runtime.value))) report(runtime, `service ${name2} runs untrusted code with runtime ${String(runtime.value)}, which shares the host kernel`);
  }
});

// rules/world-writable.ts
var world_writable_default = defineRule({
  id: "world-writable",
  title: "File made world-writable",
  level: "warning",
  securitySeverity: 4,
  profile: "recommended",
  sources: ["image"],
  category: "privilege",
  rationale: "A world-writable file or directory can be changed by every user in the container, including whatever an attacker first lands as. Scripts, binaries or configs that a root process later reads or runs then become a step from an unprivileged process to root, and root in the container is root on the shared kernel, fenced only by capabilities and seccomp.",
  fix: "Give the files to the user that needs them (`chown app:app` or `COPY --chown=app:app`) and use `755`/`644` (or `775` with a shared group) instead of `777`/`666`. A scratch directory every user must write to gets the sticky bit, as /tmp has (`install -d -m 1777 /scratch`): it is not flagged.",
  example: "# bad\nRUN chmod -R 777 /app\n# good\nRUN chown -R app:app /app && chmod -R 755 /app \\\n && install -d -m 1777 /app/scratch",
  references: [
    "https://man7.org/linux/man-pages/man1/chmod.1.html",
    "https://docs.docker.com/reference/dockerfile/#copy---chown---chmod"
  ],
  checkImage(image, { report }) {
    for (const { command: command2 } of [...imageCommands(image), ...startCommands(image)]) {
      const mode = commandMode(command2);
      if (mode && worldWritable(modeEffect(mode.mode))) report(mode.word, `mode ${mode.mode} lets every user write`);
    }
    for (const ins of buildInstructions(image, ["COPY", "ADD"])) {
      for (const flag2 of ins.flags) {
        if (flag2.name !== "chmod" || flag2.value === void 0) continue;
        const { value: value2, unresolved } = ins.expand(flag2.value);
        if (!unresolved.length && worldWritable(modeEffect(value2))) report(flag2, `${ins.keyword} --chmod=${value2} lets every user write`);
      }
    }
  }
});
function worldWritable(effect) {
  return !!effect && effect.worldWritable && !effect.sticky;
}

// rules/writable-root-filesystem.ts
var writable_root_filesystem_default = defineRule({
  id: "writable-root-filesystem",
  title: "Root filesystem is writable",
  level: "note",
  securitySeverity: 3,
  profile: "strict",
  sources: ["runtime"],
  category: "host-resources",
  rationale: "A writable root filesystem lets an intruder replace binaries and libraries inside the container, persist tooling and stage kernel exploits from files it drops. A read-only root with explicit tmpfs or volume mounts for the few paths that need writing leaves far less to work with on the shared kernel.",
  fix: "Set `read_only: true` and mount writable paths explicitly (`tmpfs: [/tmp]`, volumes for data).",
  example: "services:\n  api:\n    read_only: true\n    tmpfs: [/tmp]",
  references: ["https://docs.docker.com/reference/compose-file/services/#read_only"],
  checkRuntime(container, { report }) {
    const ro = container.readOnly;
    if (ro?.unresolved?.length) return;
    if (ro && !isTrue(ro)) report(ro, `service ${container.name.value} sets read_only to ${String(ro.value)}: its root filesystem is writable`);
    else if (!ro) report(container.name, `service ${container.name.value} does not set read_only: true, so its root filesystem is writable`);
  }
});

// rules/index.ts
var allRules = [
  add_remote_url_default,
  apparmor_disabled_default,
  build_privileged_default,
  capabilities_not_dropped_default,
  curl_pipe_shell_default,
  dangerous_capability_default,
  docker_api_port_default,
  docker_socket_mount_default,
  exposed_internal_port_default,
  foreign_kernel_image_default,
  healthcheck_missing_default,
  host_cgroupns_default,
  host_device_default,
  host_ipc_default,
  host_network_default,
  host_pid_default,
  host_userns_default,
  host_uts_default,
  image_not_digest_pinned_default,
  init_system_default,
  kernel_module_load_default,
  kernel_package_default,
  kernel_version_assumption_default,
  mount_propagation_shared_default,
  no_cpu_limit_default,
  no_memory_limit_default,
  no_new_privileges_missing_default,
  no_pids_limit_default,
  oom_kill_disabled_default,
  package_signature_bypass_default,
  plaintext_secret_env_default,
  port_on_all_interfaces_default,
  privileged_container_default,
  root_user_default,
  seccomp_disabled_default,
  secret_file_copied_default,
  secret_in_env_default,
  secret_in_run_default,
  selinux_disabled_default,
  sensitive_host_mount_default,
  setuid_bit_default,
  ssh_server_default,
  sudo_usage_default,
  sysctl_in_build_default,
  system_paths_unmasked_default,
  tls_verification_disabled_default,
  unnamespaced_sysctl_default,
  unpinned_image_default,
  vm_runtime_required_default,
  world_writable_default,
  writable_root_filesystem_default
];

// src/format/repo.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, isAbsolute, join as join2, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
function repoRootOf(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    if (existsSync2(join2(dir, ".git"))) return dir;
    const up = dirname2(dir);
    if (up === dir) return resolve(cwd);
    dir = up;
  }
}
function repoPath(file, cwd, root) {
  const abs = resolve(cwd, file);
  const rel = relative(root, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return { path: abs.split(sep).join("/"), inRepo: false };
  return { path: rel.split(sep).join("/"), inRepo: true };
}
function repoUri(p) {
  if (!p.inRepo) return pathToFileURL(p.path).href;
  return p.path.split("/").map(encodeURIComponent).join("/");
}
function fingerprints(findings, pathOf) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const identity = [f.ruleId, pathOf(f), f.logicalKey].join("\0");
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return createHash("sha256").update(`${identity}\0${occurrence}`).digest("hex").slice(0, 32);
  });
}

// src/format/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command2, properties, message) {
  const props = Object.entries(properties).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command2}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
var githubFormatter = {
  name: "github",
  description: "GitHub Actions workflow commands (annotations)",
  format({ result, rules, cwd, repoRoot }) {
    const root = repoRoot ?? repoRootOf(cwd);
    const path = (file) => repoPath(file, cwd, root).path;
    const titles = new Map(rules.map((r) => [r.id, r.title]));
    const lines = [];
    for (const f of result.findings) {
      const { startLine, startColumn, endLine, endColumn } = f.location;
      const title = titles.get(f.ruleId);
      const related = f.related.map((r) => `
${path(r.loc.file)}:${r.loc.startLine}:${r.loc.startColumn}: ${r.message}`).join("");
      lines.push(
        workflowCommand(
          COMMAND[f.level],
          { file: path(f.location.file), line: startLine, col: startColumn, endLine, endColumn, title: title ? `${f.ruleId}: ${title}` : f.ruleId },
          f.message + related
        )
      );
    }
    for (const e of result.errors) {
      lines.push(workflowCommand("error", { file: path(e.file), line: e.line, col: e.line ? e.column ?? 1 : void 0, title: "isolint: file error" }, e.message));
    }
    return lines.length ? lines.join("\n") + "\n" : "";
  }
};

// src/version.ts
import { readFileSync } from "node:fs";
import { dirname as dirname3, join as join3 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var TOOL_NAME = "isolint";
var INFORMATION_URI = "https://github.com/isolint/isolint";
function readVersion() {
  const here = dirname3(fileURLToPath2(import.meta.url));
  for (const candidate of [join3(here, "..", "..", "package.json"), join3(here, "..", "package.json"), join3(here, "package.json")]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, "utf8"));
      if (pkg.name === TOOL_NAME && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var TOOL_VERSION = readVersion();

// src/format/sarif.ts
var import_node_sarif_builder = __toESM(require_dist(), 1);
import { pathToFileURL as pathToFileURL2 } from "node:url";

// src/docs.ts
function ruleDocPath(ruleId) {
  return `docs/rules/${ruleId}.md`;
}

// src/format/sarif.ts
var DEFAULT_CATEGORY = "isolint";
var SRCROOT = "%SRCROOT%";
var GITHUB_LIMITS = { resultsPerRun: 25e3, locationsPerResult: 1e3 };
function ruleHelpUri(ruleId) {
  return `${INFORMATION_URI}/blob/main/${ruleDocPath(ruleId)}`;
}
function securitySeverityText(n) {
  return n.toFixed(1);
}
function automationId(category) {
  const c = (category ?? "").trim() || DEFAULT_CATEGORY;
  return c.endsWith("/") ? c : `${c}/`;
}
var sarifFormatter = {
  name: "sarif",
  description: "SARIF 2.1.0 for GitHub code scanning and SARIF viewers",
  format(input) {
    return JSON.stringify(buildSarif(input), null, 2) + "\n";
  }
};
function buildSarif(input, limits = GITHUB_LIMITS) {
  const { result, cwd } = input;
  const root = input.repoRoot ?? repoRootOf(cwd);
  const at = (file) => repoPath(file, cwd, root);
  const run2 = new import_node_sarif_builder.SarifRunBuilder({
    tool: {
      driver: {
        name: TOOL_NAME,
        version: TOOL_VERSION,
        semanticVersion: TOOL_VERSION,
        informationUri: INFORMATION_URI,
        rules: []
      }
    },
    automationDetails: { id: automationId(input.category) },
    columnKind: "utf16CodeUnits",
    results: []
  });
  const rules = [...new Map(input.rules.map((r) => [r.id, r])).values()];
  const all = [...result.findings, ...result.suppressed ?? []];
  for (const f of all) {
    if (rules.some((r) => r.id === f.ruleId)) continue;
    const rule = allRules.find((r) => r.id === f.ruleId);
    if (rule) rules.push(rule);
  }
  for (const rule of rules) run2.addRule(new import_node_sarif_builder.SarifRuleBuilder(ruleDescriptor(rule)));
  const ruleIndex = new Map(rules.map((r, i2) => [r.id, i2]));
  const prints = fingerprints(all, (f) => at(f.location.file).path);
  const kept = mostSevere(all, limits.resultsPerRun);
  for (const i2 of kept) {
    const f = all[i2];
    const sarif = sarifResult(f, prints[i2], ruleIndex.get(f.ruleId), rules, at, limits);
    if (f.suppression) sarif.suppressions = [{ kind: "inSource", justification: f.suppression.justification }];
    run2.addResult(new import_node_sarif_builder.SarifResultBuilder(sarif));
  }
  const notifications = result.errors.map((e) => fileErrorNotification(e, at));
  const dropped = all.length - kept.length;
  if (dropped > 0) {
    notifications.push({
      level: "warning",
      descriptor: { id: "results-capped" },
      message: {
        text: `${TOOL_NAME} found ${all.length} results, more than the ${limits.resultsPerRun} GitHub code scanning accepts in one run: the ${dropped} least severe were left out of this log.`
      }
    });
  }
  if (input.versionControl) run2.run.versionControlProvenance = [{ ...input.versionControl, mappedTo: { uriBaseId: SRCROOT } }];
  run2.run.invocations = [
    {
      // The analysis ran to the end; files it could not read or parse are notifications.
      executionSuccessful: true,
      toolExecutionNotifications: notifications
    }
  ];
  const builder = new import_node_sarif_builder.SarifBuilder({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [] });
  builder.addRun(run2);
  const log = builder.buildSarifOutput();
  for (const r of log.runs) {
    delete r.artifacts;
    for (const res of r.results ?? []) for (const l of res.locations ?? []) delete l.physicalLocation?.artifactLocation?.index;
  }
  return log;
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: sentence(rule.title) },
    fullDescription: { text: rule.rationale },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: rule.level },
    properties: {
      tags: ["security", rule.category],
      // Rules match exact constructs of the parsed file, not guesses about them.
      precision: "high",
      "security-severity": securitySeverityText(rule.securitySeverity)
    }
  };
}
function sarifResult(f, fingerprint, ruleIndex, rules, at, limits) {
  const rule = ruleIndex === void 0 ? void 0 : rules[ruleIndex];
  const related = f.related.slice(0, limits.locationsPerResult);
  return {
    ruleId: f.ruleId,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: f.level,
    message: { text: sentence(f.message) },
    locations: [{ physicalLocation: physicalLocation(f.location, at) }],
    ...related.length ? { relatedLocations: related.map((r, i2) => ({ id: i2 + 1, physicalLocation: physicalLocation(r.loc, at), message: { text: sentence(r.message) } })) } : {},
    partialFingerprints: { primaryLocationLineHash: fingerprint },
    // A rule may rate one finding above or below its default (a read-only mount, a lesser capability).
    ...rule && rule.securitySeverity !== f.securitySeverity ? { properties: { "security-severity": securitySeverityText(f.securitySeverity) } } : {}
  };
}
function physicalLocation(loc, at) {
  return {
    artifactLocation: artifactLocation(at(loc.file)),
    region: { startLine: loc.startLine, startColumn: loc.startColumn, endLine: loc.endLine, endColumn: loc.endColumn }
  };
}
function artifactLocation(p) {
  return p.inRepo ? { uri: repoUri(p), uriBaseId: SRCROOT } : { uri: pathToFileURL2(p.path).href };
}
function fileErrorNotification(e, at) {
  return {
    level: "error",
    descriptor: { id: "file-error" },
    message: { text: sentence(`${e.file}: ${e.message}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(at(e.file)),
          ...e.line ? { region: { startLine: e.line, startColumn: e.column ?? 1 } } : {}
        }
      }
    ]
  };
}
var LEVEL_RANK2 = { error: 3, warning: 2, note: 1 };
function mostSevere(findings, max) {
  const all = findings.map((_, i2) => i2);
  if (findings.length <= max) return all;
  const bySeverity = [...all].sort(
    (a, b) => LEVEL_RANK2[findings[b].level] - LEVEL_RANK2[findings[a].level] || findings[b].securitySeverity - findings[a].securitySeverity || a - b
  );
  return bySeverity.slice(0, max).sort((a, b) => a - b);
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function sentence(text) {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function exampleLanguage(rule) {
  return rule.sources.includes("image") ? "dockerfile" : "yaml";
}
function helpText(rule) {
  const parts2 = [`${rule.title} (${rule.id})`, rule.rationale, `Fix: ${rule.fix}`];
  if (rule.example) parts2.push(`Example:
${rule.example}`);
  if (rule.references.length) parts2.push(`References:
${rule.references.join("\n")}`);
  return parts2.join("\n\n");
}
function helpMarkdown(rule) {
  const parts2 = [`**${rule.title}** (\`${rule.id}\`)`, rule.rationale, `**Fix:** ${rule.fix}`];
  if (rule.example) {
    const longest = Math.max(2, ...(rule.example.match(/`+/g) ?? []).map((s) => s.length));
    const fence = "`".repeat(longest + 1);
    parts2.push(`**Example:**

${fence}${exampleLanguage(rule)}
${rule.example}
${fence}`);
  }
  if (rule.references.length) parts2.push(`**References:**

${rule.references.map((r) => `- <${r}>`).join("\n")}`);
  return parts2.join("\n\n");
}

// src/format/xml.ts
var INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlText(s) {
  return s.replace(INVALID, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttr(s) {
  return xmlText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
var XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

// src/format/checkstyle.ts
var SEVERITY = { error: "error", warning: "warning", note: "info" };
var checkstyleFormatter = {
  name: "checkstyle",
  description: "Checkstyle XML (reviewdog, Jenkins)",
  format({ result }) {
    const byFile = /* @__PURE__ */ new Map();
    const entriesOf = (file) => {
      let list = byFile.get(file);
      if (!list) byFile.set(file, list = []);
      return list;
    };
    for (const f of result.files) entriesOf(f.file);
    for (const f of result.findings) {
      const { startLine, startColumn } = f.location;
      entriesOf(f.location.file).push(
        `<error line="${startLine}" column="${startColumn}" severity="${SEVERITY[f.level]}" message="${xmlAttr(f.message)}" source="${xmlAttr(f.ruleId)}"/>`
      );
    }
    for (const e of result.errors) {
      const at = e.line ? `line="${e.line}" column="${e.column ?? 1}" ` : "";
      entriesOf(e.file).push(`<error ${at}severity="error" message="${xmlAttr(e.message)}" source="isolint"/>`);
    }
    const out2 = [XML_DECLARATION, '<checkstyle version="4.3">'];
    for (const file of [...byFile.keys()].sort((a, b) => a.localeCompare(b))) {
      const entries2 = byFile.get(file);
      if (!entries2.length) {
        out2.push(`  <file name="${xmlAttr(file)}"/>`);
        continue;
      }
      out2.push(`  <file name="${xmlAttr(file)}">`, ...entries2.map((e) => `    ${e}`), "  </file>");
    }
    out2.push("</checkstyle>");
    return out2.join("\n") + "\n";
  }
};

// src/format/gitlab.ts
function gitlabSeverity(f) {
  if (f.level === "note") return "info";
  if (f.securitySeverity >= 9) return "blocker";
  if (f.securitySeverity >= 7) return "critical";
  if (f.securitySeverity >= 4) return "major";
  return "minor";
}
var gitlabFormatter = {
  name: "gitlab",
  description: "GitLab Code Quality JSON",
  format({ result, cwd, repoRoot }) {
    const root = repoRoot ?? repoRootOf(cwd);
    const path = (file) => repoPath(file, cwd, root).path;
    const prints = fingerprints(result.findings, (f) => path(f.location.file));
    const issues = result.findings.map((f, i2) => ({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: prints[i2],
      severity: gitlabSeverity(f),
      location: { path: path(f.location.file), lines: { begin: f.location.startLine } }
    }));
    return JSON.stringify(issues, null, 2) + "\n";
  }
};

// src/format/json.ts
var JSON_SCHEMA_VERSION = 1;
var jsonFormatter = {
  name: "json",
  description: "versioned JSON document (schemaVersion 1)",
  format({ result, profile }) {
    const doc = {
      schemaVersion: JSON_SCHEMA_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      profile,
      findings: result.findings.map(findingJson),
      suppressed: (result.suppressed ?? []).map((f) => ({ ...findingJson(f), justification: f.suppression?.justification ?? "" })),
      errors: result.errors.map((e) => ({ file: e.file, message: e.message, ...e.line ? { line: e.line, column: e.column ?? 1 } : {} })),
      files: result.files
    };
    return JSON.stringify(doc, null, 2) + "\n";
  }
};
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    securitySeverity: f.securitySeverity,
    message: f.message,
    file: f.location.file,
    startLine: f.location.startLine,
    startColumn: f.location.startColumn,
    endLine: f.location.endLine,
    endColumn: f.location.endColumn,
    related: f.related.map((r) => ({
      message: r.message,
      file: r.loc.file,
      startLine: r.loc.startLine,
      startColumn: r.loc.startColumn,
      endLine: r.loc.endLine,
      endColumn: r.loc.endColumn
    }))
  };
}

// src/format/junit.ts
var junitFormatter = {
  name: "junit",
  description: "JUnit XML: a test case per file, a failure per finding",
  format({ result }) {
    const cases = /* @__PURE__ */ new Map();
    const caseOf = (file) => {
      let c = cases.get(file);
      if (!c) cases.set(file, c = { file, findings: [], errors: [] });
      return c;
    };
    for (const f of result.files) caseOf(f.file);
    for (const f of result.findings) caseOf(f.location.file).findings.push(f);
    for (const e of result.errors) caseOf(e.file).errors.push(e);
    const all = [...cases.values()].sort((a, b) => a.file.localeCompare(b.file));
    const failures = all.filter((c) => c.findings.length).length;
    const errors = all.filter((c) => c.errors.length).length;
    const counts = `tests="${all.length}" failures="${failures}" errors="${errors}" skipped="0"`;
    const out2 = [XML_DECLARATION, `<testsuites name="isolint" ${counts}>`, `  <testsuite name="isolint" ${counts}>`];
    for (const c of all) {
      const open = `    <testcase classname="isolint" name="${xmlAttr(c.file)}" file="${xmlAttr(c.file)}"`;
      if (!c.findings.length && !c.errors.length) {
        out2.push(`${open}/>`);
        continue;
      }
      out2.push(`${open}>`);
      for (const f of c.findings) {
        const { file, startLine, startColumn } = f.location;
        const body2 = [`${file}:${startLine}:${startColumn} ${f.level} ${f.ruleId} ${f.message}`, ...f.related.map((r) => `    ${r.loc.file}:${r.loc.startLine}:${r.loc.startColumn} ${r.message}`)];
        out2.push(`      <failure type="${xmlAttr(f.ruleId)}" message="${xmlAttr(`${f.ruleId}: ${f.message}`)}">${xmlText(body2.join("\n"))}</failure>`);
      }
      for (const e of c.errors) {
        const where = e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file;
        out2.push(`      <error type="file-error" message="${xmlAttr(e.message)}">${xmlText(`${where} ${e.message}`)}</error>`);
      }
      out2.push("    </testcase>");
    }
    out2.push("  </testsuite>", "</testsuites>");
    return out2.join("\n") + "\n";
  }
};

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer2 = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer2 >> 16 & 255,
          integer2 >> 8 & 255,
          integer2 & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value2 = Math.max(red, green, blue) * 2;
        if (value2 === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value2 === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag2, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag2.startsWith("-") ? "" : flag2.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag2);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level2) {
  if (level2 === 0) {
    return false;
  }
  return {
    level: level2,
    hasBasic: true,
    has256: level2 >= 2,
    has16m: level2 >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level2 = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level2);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = Symbol("GENERATOR");
var STYLER = Symbol("STYLER");
var IS_EMPTY = Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings2) => strings2.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level2, type, ...arguments_2) => {
  if (model === "rgb") {
    if (level2 === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_2);
    }
    if (level2 === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_2));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_2));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level2, type, ...ansi_styles_default.hexToRgb(...arguments_2));
  }
  return ansi_styles_default[type][model](...arguments_2);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level: level2 } = this;
      return function(...arguments_2) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level2], "color", ...arguments_2), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level: level2 } = this;
      return function(...arguments_2) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level2], "bgColor", ...arguments_2), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level2) {
      this[GENERATOR].level = level2;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self2, _styler, _isEmpty) => {
  const builder = (...arguments_2) => applyStyle(builder, arguments_2.length === 1 ? "" + arguments_2[0] : arguments_2.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self2;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self2, string) => {
  if (self2.level <= 0 || !string) {
    return self2[IS_EMPTY] ? "" : string;
  }
  let styler = self2[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/format/text.ts
var textFormatter = {
  name: "text",
  description: "findings grouped by file, for people (default)",
  format({ result }, { color }) {
    const c = new Chalk({ level: color ? 1 : 0 });
    const paint = { error: c.red, warning: c.yellow, note: c.cyan };
    const lines = [];
    const byFile = /* @__PURE__ */ new Map();
    for (const f of result.findings) {
      const list = byFile.get(f.location.file) ?? [];
      list.push(f);
      byFile.set(f.location.file, list);
    }
    for (const [file, findings] of byFile) {
      lines.push(c.underline(file));
      for (const f of findings) {
        const { startLine, startColumn } = f.location;
        lines.push(`${c.dim(`${file}:${startLine}:${startColumn}`)} ${paint[f.level](f.level)} ${c.bold(f.ruleId)} ${f.message}`);
        for (const r of f.related) lines.push(`    ${c.dim(`${r.loc.file}:${r.loc.startLine}:${r.loc.startColumn}`)} ${r.message}`);
      }
      lines.push("");
    }
    for (const e of result.errors) {
      const where = e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file;
      lines.push(`${where} ${c.red("error")} ${e.message}`);
    }
    if (result.errors.length) lines.push("");
    const count = (level2) => result.findings.filter((f) => f.level === level2).length;
    const linted = result.files.filter((f) => f.status === "linted").length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const summary = [
      plural(result.findings.length, "finding"),
      `(${paint.error(plural(count("error"), "error"))}, ${paint.warning(plural(count("warning"), "warning"))}, ${paint.note(plural(count("note"), "note"))})`,
      `in ${plural(linted, "file")}`
    ];
    const suppressed = result.suppressed?.length ?? 0;
    if (suppressed) summary.push(`; ${suppressed} suppressed`);
    if (result.errors.length) summary.push(`; ${c.red(plural(result.errors.length, "file error"))}`);
    lines.push(summary.join(" ").replaceAll(" ;", ";"));
    return lines.join("\n") + "\n";
  }
};

// src/format/index.ts
var formatters = [textFormatter, jsonFormatter, sarifFormatter, githubFormatter, gitlabFormatter, junitFormatter, checkstyleFormatter];
function formatterNamed(name2) {
  return formatters.find((f) => f.name === name2);
}

// src/lint.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { resolve as resolve7 } from "node:path";

// src/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import { readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { basename as basename2, join as join4, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function kindOfName(name2) {
  const lower = name2.toLowerCase();
  if (lower.endsWith(".dockerignore")) return void 0;
  if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(lower)) return "compose";
  if (/^(dockerfile|containerfile)(\..+)?$/.test(lower)) return "dockerfile";
  if (/\.(dockerfile|containerfile)$/.test(lower)) return "dockerfile";
  return void 0;
}
function kindOfExplicitFile(name2) {
  return kindOfName(basename2(name2)) ?? (/\.ya?ml$/i.test(name2) ? "compose" : "dockerfile");
}
function displayPath(path, cwd) {
  const rel = relative2(cwd, path) || basename2(path);
  return rel.split(sep2).join("/");
}
function discover(paths, cwd) {
  const files = /* @__PURE__ */ new Map();
  const errors = [];
  const add = (path, kind) => {
    if (!files.has(path)) files.set(path, { path, display: displayPath(path, cwd), kind });
  };
  for (const p of paths) {
    const abs = resolve2(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (e) {
      errors.push({ file: p, message: describeFsError(e) });
      continue;
    }
    if (stat.isDirectory()) walk(abs, [], /* @__PURE__ */ new Set(), add);
    else add(abs, kindOfExplicitFile(abs));
  }
  const sorted = [...files.values()].sort((a, b) => a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
  return { files: sorted, errors };
}
function walk(dir, scopes, visited, add) {
  let real2;
  try {
    real2 = realpathSync(dir);
  } catch {
    return;
  }
  if (visited.has(real2)) return;
  visited.add(real2);
  let entries2;
  try {
    entries2 = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const here = gitignoreScope(dir);
  const active = here ? [...scopes, here] : scopes;
  for (const entry of entries2.sort((a, b) => a.name < b.name ? -1 : 1)) {
    if (SKIPPED_DIRS.has(entry.name)) continue;
    const path = join4(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
    }
    if (isIgnored(active, path, isDir)) continue;
    if (isDir) walk(path, active, visited, add);
    else if (isFile) {
      const kind = kindOfName(entry.name);
      if (kind) add(path, kind);
    }
  }
  visited.delete(real2);
}
function gitignoreScope(dir) {
  let text;
  try {
    text = readFileSync2(join4(dir, ".gitignore"), "utf8");
  } catch {
    return void 0;
  }
  return { dir, rules: (0, import_ignore.default)().add(text) };
}
function isIgnored(scopes, path, isDir) {
  for (const scope of scopes) {
    const rel = relative2(scope.dir, path).split(sep2).join("/");
    if (rel && scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
function describeFsError(e) {
  const err2 = e;
  switch (err2.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return err2.message ?? String(e);
  }
}

// src/engine/finding.ts
function compareFindings(a, b) {
  return a.location.file.localeCompare(b.location.file) || a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

// src/engine/run.ts
function runImageRules(image, ctx) {
  const findings = [];
  for (const rule of activeRules(ctx, "checkImage")) {
    try {
      rule.checkImage(image, { profile: ctx.profile, report: reporter(rule, ctx, findings) });
    } catch (e) {
      ctx.onRuleError(rule, image.file, e);
    }
  }
  return findings;
}
function runRuntimeRules(container, ctx) {
  const findings = [];
  for (const rule of activeRules(ctx, "checkRuntime")) {
    try {
      rule.checkRuntime(container, { profile: ctx.profile, report: reporter(rule, ctx, findings) });
    } catch (e) {
      ctx.onRuleError(rule, container.file, e);
    }
  }
  return findings;
}
function activeRules(ctx, check) {
  return ctx.rules.filter((r) => r[check] && ruleCanFire(r, ctx.profile));
}
function reporter(rule, ctx, out2) {
  return (at, message, options = {}) => {
    const loc = "loc" in at ? at.loc : at;
    out2.push({
      ruleId: rule.id,
      level: options.level ?? rule.level,
      securitySeverity: options.securitySeverity ?? rule.securitySeverity,
      message,
      location: loc,
      related: options.related ?? [],
      logicalKey: options.logicalKey ?? contentKey(loc, ctx.sourceOf(loc.file), message)
    });
  };
}
function contentKey(loc, source, message) {
  const lineText = source ? lineAt(source, loc.startLine) : "";
  return `${lineText.trim()}|${loc.startColumn}|${message}`;
}
function lineAt(source, line) {
  const start2 = source.offsetOf(line - 1, 0);
  const end = source.text.indexOf("\n", start2);
  return source.text.slice(start2, end < 0 ? void 0 : end);
}

// src/engine/suppress.ts
var DIRECTIVE = /#\s*isolint-ignore:\s*([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)\s*(?:--\s*(.*?))?\s*$/;
function parseSuppressions(source, dockerfile) {
  const lines = source.text.split(/\r?\n/);
  const out2 = [];
  lines.forEach((text, i2) => {
    const m = DIRECTIVE.exec(text);
    if (!m) return;
    const standalone = text.slice(0, m.index).trim() === "";
    let first = i2;
    if (standalone) {
      first = i2 + 1;
      while (first < lines.length && /^\s*(#.*)?$/.test(lines[first])) first++;
    }
    let last = first;
    if (dockerfile) while (last + 1 < lines.length && /\\\s*$/.test(lines[last])) last++;
    const column = m.index + 1;
    out2.push({
      rules: new Set(m[1].split(",").map((r) => r.trim())),
      justification: m[2]?.trim() || "suppressed in source",
      loc: { file: source.file, startLine: i2 + 1, startColumn: column, endLine: i2 + 1, endColumn: text.length + 1 },
      firstLine: first + 1,
      lastLine: last + 1
    });
  });
  return out2;
}
function applySuppressions(findings, suppressionsOf) {
  const reported = [];
  const suppressed = [];
  for (const f of findings) {
    const line = f.location.startLine;
    const by = suppressionsOf(f.location.file).find((s) => s.rules.has(f.ruleId) && line >= s.firstLine && line <= s.lastLine);
    if (by) suppressed.push({ ...f, suppression: { justification: by.justification, loc: by.loc } });
    else reported.push(f);
  }
  return { reported, suppressed };
}

// src/compose/index.ts
import { resolve as resolve6 } from "node:path";

// src/compose/build.ts
import { existsSync as existsSync3, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname4, isAbsolute as isAbsolute2, join as join5, relative as relative3 } from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value2 = source;
  let sign = 1;
  if (value2[0] === "-" || value2[0] === "+") {
    if (value2[0] === "-") sign = -1;
    value2 = value2.slice(1);
  }
  if (value2.startsWith("0b")) return sign * parseInt(value2.slice(2), 2);
  if (value2.startsWith("0o")) return sign * parseInt(value2.slice(2), 8);
  if (value2.startsWith("0x")) return sign * parseInt(value2.slice(2), 16);
  return sign * parseInt(value2, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value2 = source;
  let sign = 1;
  if (value2[0] === "-" || value2[0] === "+") {
    if (value2[0] === "-") sign = -1;
    value2 = value2.slice(1);
  }
  if (value2.startsWith("0b")) return sign * parseInt(value2.slice(2), 2);
  if (value2.startsWith("0o")) return sign * parseInt(value2.slice(2), 8);
  if (value2.startsWith("0x")) return sign * parseInt(value2.slice(2), 16);
  return sign * parseInt(value2, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value2 = source.replace(/_/g, "");
  let sign = 1;
  if (value2[0] === "-" || value2[0] === "+") {
    if (value2[0] === "-") sign = -1;
    value2 = value2.slice(1);
  }
  if (value2.startsWith("0b")) return sign * parseInt(value2.slice(2), 2);
  if (value2.startsWith("0x")) return sign * parseInt(value2.slice(2), 16);
  if (value2.includes(":")) {
    let result = 0;
    for (const part of value2.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value2 !== "0" && value2[0] === "0") return sign * parseInt(value2, 8);
  return sign * parseInt(value2, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value2 = source.toLowerCase();
  const sign = value2[0] === "-" ? -1 : 1;
  if ("+-".includes(value2[0])) value2 = value2.slice(1);
  if (value2 === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value2 === ".nan") return NaN;
  const result = sign * parseFloat(value2);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value2 = source.toLowerCase();
    const sign = value2[0] === "-" ? -1 : 1;
    if ("+-".includes(value2[0])) value2 = value2.slice(1);
    if (value2 === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value2 === ".nan") return NaN;
    const result2 = sign * parseFloat(value2);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value2 = source.toLowerCase().replace(/_/g, "");
  const sign = value2[0] === "-" ? -1 : 1;
  if ("+-".includes(value2[0])) value2 = value2.slice(1);
  if (value2 === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value2 === ".nan") return NaN;
  let result = 0;
  if (value2.includes(":")) {
    for (const part of value2.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value2);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary2 = atob(input);
  const result = new Uint8Array(binary2.length);
  for (let index = 0; index < binary2.length; index++) result[index] = binary2.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary2 = "";
  for (let index = 0; index < object.length; index++) binary2 += String.fromCharCode(object[index]);
  return btoa(binary2);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value2 = match[7].slice(0, 3);
    while (value2.length < 3) value2 += "0";
    fraction = +value2;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value2) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value: value2,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value2;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value2) => {
    if (value2 !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value2 = tag2.resolve(source, false, tag2.tagName);
      if (value2 !== NOT_RESOLVED) return {
        value: value2,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value2) => {
    container.set(key, value2);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value2) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value: value2,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value2;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i2 = 1; i2 <= opts.linesBefore; i2++) {
    if (foundLineNo - i2 < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i2], lineEnds[foundLineNo - i2], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i2]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i2 + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i2 = 1; i2 <= opts.linesAfter; i2++) {
    if (foundLineNo + i2 >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i2], lineEnds[foundLineNo + i2], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i2]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i2 + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i2 = 0; i2 < 256; i2++) {
  simpleEscapeCheck[i2] = simpleEscapeSequence(i2) ? 1 : 0;
  simpleEscapeMap[i2] = simpleEscapeSequence(i2);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start2, end) {
  let result = "";
  let position = start2;
  let captureStart = start2;
  let captureEnd = start2;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start2, end) {
  let result = "";
  let position = start2;
  let captureStart = start2;
  let captureEnd = start2;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start2, end) {
  let result = "";
  let position = start2;
  let captureStart = start2;
  let captureEnd = start2;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start2, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start2, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar2) {
  if (scalar2.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar2;
  if (scalar2.fast) return input.slice(valueStart, valueEnd);
  switch (scalar2.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar2.indent, scalar2.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar2.indent, scalar2.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start2, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start: start2,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start2, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start: start2,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start2, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start2, end));
  if (match !== null) {
    state.position = start2 + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start2 = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start2;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start2 = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start2) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start2;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start2 = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start2) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start2, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start2 = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start2, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start2 = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start2, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start2 = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start2) return false;
  checkPrintable(state, start2, end);
  addScalarEvent(state, start2, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start2 = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name2 = state.input.slice(nameStart, state.position);
  const args2 = [];
  if (name2.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start2 = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args2.push(state.input.slice(start2, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name2 === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args2.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args2[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args2[0]
    });
  } else if (name2 === "TAG") {
    if (args2.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle2, prefix] = args2;
    if (!PATTERN_TAG_HANDLE.test(handle2)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle2)) throwError(state, `there is a previously declared suffix for "${handle2}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle2] = prefix;
    state.directives.push({
      kind: "tag",
      handle: handle2,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
var INVALID2 = Symbol("INVALID");
var VISIT_BREAK = Symbol("visit:break");
var VISIT_SKIP = Symbol("visit:skip");
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value2 = layout.node.value;
  const multiline = value2.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value2.length) {
    let lineEnd = value2.length;
    const nextLineBreak = value2.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value2.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name2) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name2)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/compose/yaml.ts
var YamlError = class extends Error {
  constructor(message, offset, line, column) {
    super(message);
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
};
var MAX_DEPTH = 100;
var MAX_EXPANDED_NODES = 1e5;
var MAX_MERGE_KEYS = 1e5;
function locOf(node) {
  return node.file.lines.location(node.start, node.end);
}
var SCALAR_MEASURE = { size: 1, depth: 1 };
function parseYaml(file) {
  const { text } = file;
  let events;
  try {
    events = parseEvents(text, { filename: file.display, maxDepth: MAX_DEPTH });
  } catch (e) {
    const err2 = e;
    const reason = err2.reason ?? err2.message ?? String(e);
    const message = /maxDepth/.test(reason) ? `nesting deeper than ${MAX_DEPTH} levels` : `invalid YAML: ${reason}`;
    if (err2.mark) throw new YamlError(message, err2.mark.position, err2.mark.line + 1, err2.mark.column + 1);
    throw new YamlError(message, void 0);
  }
  return new Builder(file, events).build();
}
var Builder = class {
  constructor(file, events) {
    this.file = file;
    this.events = events;
    this.sizeLimit = MAX_EXPANDED_NODES + 10 * events.length;
  }
  anchors = /* @__PURE__ */ new Map();
  sizes = /* @__PURE__ */ new WeakMap();
  sizeLimit;
  mergeBudget = MAX_MERGE_KEYS;
  stack = [];
  root;
  lastEnd = 0;
  build() {
    for (const ev of this.events) {
      switch (ev.type) {
        case EVENT_ID.DOCUMENT:
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const anchor = ev.anchorStart >= 0 ? this.file.text.slice(ev.anchorStart, ev.anchorEnd) : void 0;
          const tag = ev.tagStart >= 0 ? this.file.text.slice(ev.tagStart, ev.tagEnd) : void 0;
          const node = ev.type === EVENT_ID.MAPPING ? { kind: "map", file: this.file, start: ev.start, end: ev.start, pairs: [], ...tag ? { tag } : {} } : { kind: "seq", file: this.file, start: ev.start, end: ev.start, items: [], ...tag ? { tag } : {} };
          const frame = { node, size: 1, depth: 0, anchor, flow: ev.style === 2, lastEnd: ev.start };
          if (node.kind === "map") Object.assign(frame, { merges: [], own: /* @__PURE__ */ new Map() });
          this.stack.push(frame);
          this.lastEnd = Math.max(this.lastEnd, ev.start);
          break;
        }
        case EVENT_ID.SCALAR: {
          const node = this.scalar(ev);
          if (ev.anchorStart >= 0) this.anchors.set(this.file.text.slice(ev.anchorStart, ev.anchorEnd), node);
          this.add(node, node.end);
          break;
        }
        case EVENT_ID.ALIAS: {
          const name2 = this.file.text.slice(ev.anchorStart, ev.anchorEnd);
          const target = this.anchors.get(name2);
          if (!target) throw this.error(`unknown alias *${name2}`, ev.anchorStart - 1);
          this.add(target, ev.anchorEnd);
          break;
        }
        case EVENT_ID.POP: {
          const frame = this.stack.pop();
          if (!frame) break;
          const node = this.finish(frame);
          if (frame.anchor !== void 0) this.anchors.set(frame.anchor, node);
          this.add(node, node.end);
          break;
        }
      }
    }
    const root = this.root;
    if (!root || isEmptyScalar(root)) return { kind: "map", file: this.file, start: 0, end: 0, pairs: [] };
    if (root.kind !== "map") {
      const what = root.kind === "seq" ? "a list" : "a single value";
      throw this.error(`a Compose file must be a mapping (services:, volumes:, ...), but this one is ${what}`, root.start);
    }
    return root;
  }
  error(message, offset) {
    const pos = this.file.lines.position(Math.max(0, offset));
    return new YamlError(message, offset, pos.line, pos.column);
  }
  scalar(ev) {
    const { text: src } = this.file;
    const decoded = getScalarValue(src, ev);
    const tag = ev.tagStart >= 0 ? src.slice(ev.tagStart, ev.tagEnd) : void 0;
    let start2 = ev.valueStart;
    let end = ev.valueEnd;
    if (start2 < 0) {
      start2 = end = this.lastEnd + (src[this.lastEnd] === ":" ? 1 : 0);
    } else if (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED) {
      if (src[start2 - 1] === "'" || src[start2 - 1] === '"') start2--;
      if (src[end] === "'" || src[end] === '"') end++;
    } else if (ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK) {
      start2 = blockIndicator(src, start2);
      while (end > start2 && /\s/.test(src[end - 1])) end--;
    }
    const value2 = ev.style === SCALAR_STYLE.PLAIN ? resolvePlain(decoded, tag) : resolveTagged(decoded, tag);
    const node = { kind: "scalar", file: this.file, start: start2, end, value: value2, text: decoded, style: ev.style, ...tag ? { tag } : {} };
    if (ev.valueStart >= 0) node.raw = [ev.valueStart, ev.valueEnd];
    return node;
  }
  /** Attaches a finished node to its parent (or makes it the root). */
  add(node, end) {
    this.lastEnd = Math.max(this.lastEnd, end);
    const frame = this.stack[this.stack.length - 1];
    const measure = this.sizes.get(node) ?? SCALAR_MEASURE;
    if (!frame) {
      if (isEmptyScalar(node) && this.root) return;
      if (this.root && !isEmptyScalar(this.root)) {
        throw this.error("the file has several YAML documents (---); a Compose file is one document", node.start);
      }
      this.root = node;
      return;
    }
    frame.size += measure.size;
    const mergeValue = frame.node.kind === "map" && frame.key !== void 0 && frame.keyIsMerge;
    frame.depth = Math.max(frame.depth, measure.depth - (mergeValue ? node.kind === "seq" ? 2 : 1 : 0));
    if (frame.size > this.sizeLimit) {
      throw this.error(`aliases expand this document to more than ${this.sizeLimit} values (an alias bomb?)`, frame.node.start);
    }
    if (frame.depth + 1 > MAX_DEPTH) throw this.error(`nesting deeper than ${MAX_DEPTH} levels (through aliases)`, frame.node.start);
    frame.lastEnd = end;
    if (frame.node.kind === "seq") {
      frame.node.items.push(node);
      return;
    }
    if (frame.key === void 0) {
      if (node.kind !== "scalar") throw this.error("a mapping key must be a plain value, not a list or mapping", node.start);
      if (frame.own.has(node.text) && !isMergeKey(node)) {
        const first = frame.own.get(node.text);
        throw this.error(`duplicate key "${node.text}" (first written at line ${locOf(first).startLine})`, node.start);
      }
      frame.key = node;
      frame.keyIsMerge = isMergeKey(node);
      if (!frame.keyIsMerge) frame.own.set(node.text, node);
      return;
    }
    const key = frame.key;
    frame.key = void 0;
    if (frame.keyIsMerge) {
      frame.merges.push(node);
      return;
    }
    frame.node.pairs.push({ key, value: node, start: key.start, end: Math.max(end, key.end) });
  }
  finish(frame) {
    const node = frame.node;
    const empty = node.kind === "map" ? node.pairs.length === 0 && !frame.merges.length : node.items.length === 0;
    const lastEnd = empty ? node.start + (frame.flow ? 1 : 0) : Math.max(frame.lastEnd, node.start);
    node.end = frame.flow ? flowEnd(this.file.text, lastEnd, node.kind === "map" ? "}" : "]") : lastEnd;
    if (node.kind === "map" && frame.merges.length) this.applyMerges(node, frame);
    this.sizes.set(node, { size: frame.size, depth: frame.depth + 1 });
    return node;
  }
  /**
   * `<<: *a` and `<<: [*a, *b]`: keys written in the mapping win, then earlier merge sources
   * win over later ones. Merged entries are the anchor's own pairs, so they keep its position.
   */
  applyMerges(node, frame) {
    const seen = new Set(node.pairs.map((p) => p.key.text));
    for (const source of frame.merges) {
      const maps = source.kind === "seq" ? source.items : [source];
      for (const m of maps) {
        if (m.kind !== "map") throw this.error("a merge key (<<) takes a mapping or a list of mappings", m.start);
        this.mergeBudget -= m.pairs.length + 1;
        if (this.mergeBudget < 0) throw this.error(`merge keys (<<) copy more than ${MAX_MERGE_KEYS} keys (an alias bomb?)`, m.start);
        for (const pair of m.pairs) {
          if (seen.has(pair.key.text)) continue;
          seen.add(pair.key.text);
          node.pairs.push(pair);
        }
      }
    }
  }
};
function isEmptyScalar(node) {
  return node.kind === "scalar" && node.value === null && node.text === "" && node.start === node.end && !node.tag;
}
function isMergeKey(node) {
  return node.text === "<<" && (node.style === SCALAR_STYLE.PLAIN ? !node.tag || /merge$/.test(node.tag) : false);
}
function blockIndicator(src, contentStart) {
  let lineEnd = contentStart - 1;
  while (lineEnd >= 0) {
    const lineStart = src.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = src.slice(lineStart, lineEnd);
    const m = /[|>][-+0-9]*\s*(#.*)?\r?$/.exec(line);
    if (m) return lineStart + m.index;
    if (line.trim() !== "") break;
    lineEnd = lineStart - 1;
  }
  return contentStart;
}
function flowEnd(src, from, close) {
  let i2 = from;
  while (i2 < src.length) {
    const ch = src[i2];
    if (ch === close) return i2 + 1;
    if (ch === "#") {
      const eol = src.indexOf("\n", i2);
      i2 = eol < 0 ? src.length : eol;
      continue;
    }
    if (!/[\s,]/.test(ch)) break;
    i2++;
  }
  return from;
}
var NULL_RE = /^(?:~|null|Null|NULL|)$/;
var TRUE_RE = /^(?:true|True|TRUE)$/;
var FALSE_RE = /^(?:false|False|FALSE)$/;
var INT_RE = /^[-+]?[0-9]+$/;
var OCT_RE = /^0o[0-7]+$/;
var HEX_RE = /^0x[0-9a-fA-F]+$/;
var FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function resolvePlain(text, tag) {
  if (tag) return resolveTagged(text, tag);
  if (NULL_RE.test(text)) return null;
  if (TRUE_RE.test(text)) return true;
  if (FALSE_RE.test(text)) return false;
  if (INT_RE.test(text)) return Number(text);
  if (OCT_RE.test(text)) return parseInt(text.slice(2), 8);
  if (HEX_RE.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_RE.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}
function resolveTagged(text, tag) {
  switch (tag) {
    case "!!null":
      return null;
    case "!!bool":
      return TRUE_RE.test(text) ? true : FALSE_RE.test(text) ? false : text;
    case "!!int":
    case "!!float": {
      const v = resolvePlain(text, void 0);
      return typeof v === "number" ? v : text;
    }
    default:
      return text;
  }
}
function scalarOffsets(s) {
  if (s.offsets) return s.offsets;
  const raw = s.raw;
  const src = s.file.text;
  const out2 = [];
  if (!raw) {
    for (let i2 = 0; i2 < s.text.length; i2++) out2.push(s.start);
    s.offsets = out2;
    return out2;
  }
  if (raw[1] - raw[0] === s.text.length && src.startsWith(s.text, raw[0])) {
    for (let i2 = 0; i2 < s.text.length; i2++) out2.push(raw[0] + i2);
    s.offsets = out2;
    return out2;
  }
  let p = raw[0];
  const end = raw[1];
  let lastEscape = p;
  for (const ch of s.text) {
    while (p < end && src[p] !== ch && /[\s\\'"]/.test(src[p])) {
      if (src[p] === "\\") lastEscape = p;
      p++;
    }
    const at = p < end && src[p] === ch ? p : Math.min(lastEscape, Math.max(raw[0], end - 1));
    for (let k = 0; k < ch.length; k++) out2.push(at);
    if (p < end) p++;
  }
  s.offsets = out2;
  return out2;
}
function sliceScalar(s, from, to = s.text.length) {
  const offsets = scalarOffsets(s);
  const text = s.text.slice(from, to);
  const sliced = offsets.slice(from, to);
  const start2 = sliced.length ? sliced[0] : (offsets[from - 1] ?? s.start - 1) + 1;
  const end = sliced.length ? sliced[sliced.length - 1] + 1 : start2;
  const spans = (s.variableSpans ?? []).filter((u) => u.start < to && u.end > from || u.start === u.end && u.start >= from && u.start <= to);
  const node = { kind: "scalar", file: s.file, start: start2, end, value: text, text, style: SCALAR_STYLE.PLAIN, offsets: sliced };
  if (spans.length) {
    node.interpolated = true;
    node.variableSpans = spans.map((u) => ({ ...u, start: Math.max(0, u.start - from), end: Math.min(text.length, u.end - from) }));
    const missing = spans.filter((u) => u.missing);
    if (missing.length) node.unresolved = [...new Set(missing.map((u) => u.name))];
  }
  return node;
}
function syntheticScalar(at, value2, text = value2 === null ? "" : String(value2)) {
  return { kind: "scalar", file: at.file, start: at.start, end: at.end, value: value2, text, style: SCALAR_STYLE.PLAIN, offsets: Array.from({ length: text.length }, () => at.start) };
}
function get(map, key) {
  if (!map || map.kind !== "map") return void 0;
  for (const p of map.pairs) if (p.key.text === key) return p.value;
  return void 0;
}
function getPair(map, key) {
  if (!map || map.kind !== "map") return void 0;
  return map.pairs.find((p) => p.key.text === key);
}
function isNull(node) {
  return !node || node.kind === "scalar" && node.value === null;
}

// src/compose/merge.ts
var KEYED = /* @__PURE__ */ new Set([
  "environment",
  "labels",
  "annotations",
  "sysctls",
  "build.args",
  "build.labels",
  "build.additional_contexts",
  "deploy.labels"
]);
var REPLACED = /* @__PURE__ */ new Set(["command", "entrypoint", "healthcheck.test"]);
var STRING_OR_LIST = /* @__PURE__ */ new Set(["tmpfs", "dns", "dns_search", "env_file"]);
var NAMES_OR_MAP = /* @__PURE__ */ new Set(["depends_on", "networks"]);
function mergeRoots(base, over) {
  return mergeMapping(base, over, (key, b, o) => key === "services" ? mergeServices(b, o) : mergeGeneric(b, o));
}
function mergeServices(base, over) {
  if (base.kind !== "map" || over.kind !== "map") return mergeGeneric(base, over);
  return mergeMapping(base, over, (_name, b, o) => mergeService(b, o));
}
function mergeService(base, over) {
  if (over.tag === "!reset") return void 0;
  if (over.tag === "!override" || base.kind !== "map" || over.kind !== "map") return isNullNode(over) ? base : over;
  return mergeAt(base, over, "");
}
function mergeAt(base, over, path) {
  if (over.tag === "!reset") return void 0;
  if (over.tag === "!override") return over;
  if (REPLACED.has(path)) return over;
  if (KEYED.has(path)) return mergeKeyed(base, over);
  if (path === "build") return mergeMapping(buildMapping(base), buildMapping(over), (k, b, o) => mergeAt(b, o, `build.${k}`));
  if (STRING_OR_LIST.has(path)) return appendSeq(asSeq(base), asSeq(over));
  if (NAMES_OR_MAP.has(path)) return mergeMapping(namesToMap(base), namesToMap(over), (_k, b, o) => mergeGeneric(b, o));
  if (isNullNode(over)) return base;
  if (base.kind === "map" && over.kind === "map") return mergeMapping(base, over, (k, b, o) => mergeAt(b, o, path ? `${path}.${k}` : k));
  if (base.kind === "seq" && over.kind === "seq") return appendSeq(base, over);
  return over;
}
function mergeGeneric(base, over) {
  if (over.tag === "!reset") return void 0;
  if (over.tag === "!override") return over;
  if (isNullNode(over)) return base;
  if (base.kind === "map" && over.kind === "map") return mergeMapping(base, over, (_k, b, o) => mergeGeneric(b, o));
  if (base.kind === "seq" && over.kind === "seq") return appendSeq(base, over);
  return over;
}
function mergeMapping(base, over, merge) {
  const pairs = [];
  const overByKey = new Map(over.pairs.map((p) => [p.key.text, p]));
  const used = /* @__PURE__ */ new Set();
  for (const p of base.pairs) {
    const o = overByKey.get(p.key.text);
    if (!o) {
      pairs.push(p);
      continue;
    }
    used.add(p.key.text);
    const value2 = merge(p.key.text, p.value, o.value);
    if (value2 === void 0) continue;
    pairs.push(value2 === o.value ? o : value2 === p.value ? p : { ...p, value: value2 });
  }
  for (const o of over.pairs) {
    if (used.has(o.key.text)) continue;
    if (o.value.tag === "!reset") continue;
    pairs.push(o);
  }
  return { ...base, pairs };
}
function appendSeq(base, over) {
  return { ...base, items: [...base.items, ...over.items] };
}
function isNullNode(node) {
  return node.kind === "scalar" && node.value === null;
}
function asSeq(node) {
  if (node.kind === "seq") return node;
  return { kind: "seq", file: node.file, start: node.start, end: node.end, items: isNullNode(node) ? [] : [node] };
}
function buildMapping(node) {
  if (node.kind === "map") return node;
  if (node.kind === "scalar" && node.value !== null) {
    const key = syntheticScalar(node, "context");
    return { kind: "map", file: node.file, start: node.start, end: node.end, pairs: [{ key, value: node, start: node.start, end: node.end }] };
  }
  return { kind: "map", file: node.file, start: node.start, end: node.end, pairs: [] };
}
function namesToMap(node) {
  if (node.kind === "map") return node;
  const pairs = [];
  if (node.kind === "seq") {
    for (const item of node.items) {
      if (item.kind !== "scalar") continue;
      pairs.push({ key: item, value: syntheticScalar({ file: item.file, start: item.end, end: item.end }, null), start: item.start, end: item.end });
    }
  }
  return { kind: "map", file: node.file, start: node.start, end: node.end, pairs };
}
function keyedEntries(node) {
  const byKey = /* @__PURE__ */ new Map();
  if (!node) return [];
  if (node.kind === "map") {
    for (const p of node.pairs) {
      const v = p.value;
      const value2 = v.kind === "scalar" ? v.value === null ? void 0 : v : void 0;
      byKey.set(p.key.text, { key: p.key, value: value2, start: p.start, end: p.end, file: p.key.file });
    }
  } else if (node.kind === "seq") {
    for (const item of node.items) {
      if (item.kind !== "scalar" || item.value === null) continue;
      const eq = item.text.indexOf("=");
      const key = eq < 0 ? sliceScalar(item, 0) : sliceScalar(item, 0, eq);
      const value2 = eq < 0 ? void 0 : sliceScalar(item, eq + 1);
      byKey.set(key.text, { key, value: value2, start: item.start, end: item.end, file: item.file });
    }
  }
  return [...byKey.values()];
}
function mergeKeyed(base, over) {
  const entries2 = /* @__PURE__ */ new Map();
  for (const e of [...keyedEntries(base), ...keyedEntries(over)]) {
    entries2.delete(e.key.text);
    entries2.set(e.key.text, e);
  }
  const pairs = [...entries2.values()].map((e) => ({
    key: e.key,
    value: e.value ?? syntheticScalar({ file: e.file, start: e.end, end: e.end }, null),
    start: e.start,
    end: e.end
  }));
  return { kind: "map", file: base.file, start: base.start, end: base.end, pairs };
}

// src/compose/build.ts
var gitRoots = /* @__PURE__ */ new Map();
function gitRoot(dir) {
  const seen = [];
  let d = dir;
  for (; ; ) {
    if (gitRoots.has(d)) {
      const r = gitRoots.get(d);
      for (const s of seen) gitRoots.set(s, r);
      return r;
    }
    seen.push(d);
    if (existsSync3(join5(d, ".git"))) {
      for (const s of seen) gitRoots.set(s, d);
      return d;
    }
    const parent = dirname4(d);
    if (parent === d) {
      for (const s of seen) gitRoots.set(s, void 0);
      return void 0;
    }
    d = parent;
  }
}
function real(path) {
  try {
    return realpathSync2(path);
  } catch {
    return path;
  }
}
function inside(root, path) {
  const rel = relative3(real(root), real(path));
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
function attachBuiltImage(container, service, serviceFile, loader, options) {
  const build = container.build;
  const buildNode = get(service, "build");
  if (!build || !buildNode) return;
  const spec = buildMapping(buildNode);
  const name2 = container.name.value;
  const at = (loc) => ({ line: loc.startLine, column: loc.startColumn });
  const buildArgs = {};
  for (const a of build.args) if (a.value && !a.value.unresolved?.length) buildArgs[a.name.value] = a.value.value;
  const target = build.target && !build.target.unresolved?.length ? build.target.value : void 0;
  const inline = get(spec, "dockerfile_inline");
  if (inline?.kind === "scalar" && typeof inline.value === "string") {
    container.builtImage = inlineImage(inline, target, buildArgs);
    return;
  }
  if (!build.contextPath || !build.dockerfilePath) return;
  const where = build.dockerfile ?? build.context;
  const whereLoc = where?.loc ?? build.loc;
  const root = gitRoot(dirname4(serviceFile)) ?? options.cwd;
  if (!options.allowOutsideContext) {
    for (const [what, path] of [
      ["build context", build.contextPath],
      ["Dockerfile", build.dockerfilePath]
    ]) {
      if (!inside(root, path)) {
        loader.error(
          whereLoc.file,
          `service ${name2}: the ${what} ${loader.display(path)} is outside the project root ${root === options.cwd ? "." : loader.display(root)}; it is not read (--allow-outside-context reads it)`,
          at(whereLoc)
        );
        return;
      }
    }
  }
  const display = loader.display(build.dockerfilePath);
  let text;
  try {
    if (statSync2(build.dockerfilePath, { throwIfNoEntry: false })?.isDirectory()) throw new Error("is a directory");
    text = loader.read(build.dockerfilePath);
  } catch (e) {
    loader.error(whereLoc.file, `service ${name2}: cannot read its Dockerfile ${display}: ${e.message}`, at(whereLoc));
    return;
  }
  let image;
  try {
    image = parseImage({ file: display, text, ...target ? { target } : {}, buildArgs });
  } catch (e) {
    loader.error(display, `cannot parse the Dockerfile of service ${name2}: ${e.message}`);
    return;
  }
  loader.sources.set(display, image.lines);
  if (image.missingTarget) {
    const loc = build.target?.loc ?? whereLoc;
    loader.error(loc.file, `service ${name2}: build target "${image.missingTarget}" is not a stage of ${display}`, at(loc));
    return;
  }
  container.builtImage = image;
}
function inlineImage(s, target, buildArgs) {
  const options = { file: s.file.display, ...target ? { target } : {}, buildArgs };
  const offsets = scalarOffsets(s);
  const src = s.file.text;
  const exact = s.style === 4 && !s.interpolated && offsets.every((o, i2) => src[o] === s.text[i2]);
  if (exact) {
    const keep = new Uint8Array(src.length);
    for (const o of offsets) keep[o] = 1;
    let blanked = "";
    for (let i2 = 0; i2 < src.length; i2++) blanked += keep[i2] || src[i2] === "\n" || src[i2] === "\r" ? src[i2] : " ";
    return parseImage({ ...options, text: blanked });
  }
  const image = parseImage({ ...options, text: s.text });
  const loc = locOf(s);
  relocate(image, loc);
  return image;
}
function relocate(root, to) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map || v instanceof Set) continue;
    const o = v;
    if (typeof o.file === "string" && typeof o.startLine === "number" && typeof o.startColumn === "number") {
      Object.assign(o, { file: to.file, startLine: to.startLine, startColumn: to.startColumn, endLine: to.endLine, endColumn: to.endColumn });
      continue;
    }
    if (o instanceof LineIndex) continue;
    for (const key of Object.keys(o)) stack.push(o[key]);
  }
}

// src/compose/normalize.ts
import { isAbsolute as isAbsolute3, resolve as resolve3, win32 } from "node:path";
function normalizeService(name2, service, defs = {}) {
  const svc = service.kind === "map" ? service : { kind: "map", file: service.file, start: service.start, end: service.end, pairs: [] };
  const limits = get(get(get(svc, "deploy"), "resources"), "limits");
  return {
    kind: "compose-service",
    name: { value: name2.text, loc: locOf(name2) },
    file: name2.file.display,
    image: str(get(svc, "image")),
    build: buildSpec(get(svc, "build")),
    builtImage: void 0,
    user: str(get(svc, "user")),
    privileged: flag(get(svc, "privileged")),
    pid: str(get(svc, "pid")),
    ipc: str(get(svc, "ipc")),
    networkMode: str(get(svc, "network_mode")) ?? hostNetworkByName(svc, defs.networks),
    uts: str(get(svc, "uts")),
    userns: str(get(svc, "userns_mode")),
    cgroup: str(get(svc, "cgroup")),
    capAdd: capabilities(get(svc, "cap_add")),
    capDrop: capabilities(get(svc, "cap_drop")),
    securityOpt: strings(get(svc, "security_opt")).map(securityOpt),
    devices: unique(scalarsOrMaps(get(svc, "devices")).flatMap(device), (d) => d.container ?? d.host.value),
    deviceCgroupRules: strings(get(svc, "device_cgroup_rules")).map((s) => str(s)),
    mounts: [
      ...unique(scalarsOrMaps(get(svc, "volumes")).flatMap(mount).map((m) => bindingVolume(m, defs.volumes)), (m) => m.target?.value ?? `#${m.loc.startLine}:${m.loc.startColumn}`),
      ...strings(get(svc, "tmpfs")).map(tmpfs)
    ],
    sysctls: keyValues(get(svc, "sysctls")),
    limits: {
      memory: numberish(get(svc, "mem_limit")) ?? numberish(get(limits, "memory")),
      pids: numberish(get(svc, "pids_limit")) ?? numberish(get(limits, "pids")),
      cpus: numberish(get(svc, "cpus")) ?? numberish(get(svc, "cpu_quota")) ?? numberish(get(limits, "cpus"))
    },
    readOnly: flag(get(svc, "read_only")),
    oomKillDisable: flag(get(svc, "oom_kill_disable")),
    ports: uniquePorts(scalarsOrMaps(get(svc, "ports"))),
    expose: unique(strings(get(svc, "expose")).map((s) => str(s)), (v) => v.value),
    environment: keyValues(get(svc, "environment")),
    command: command(get(svc, "command")),
    entrypoint: command(get(svc, "entrypoint")),
    runtime: str(get(svc, "runtime")),
    platform: str(get(svc, "platform")),
    isolation: str(get(svc, "isolation")),
    healthcheck: healthcheck(svc),
    trust: str(get(get(svc, "x-isolint"), "trust"))
  };
}
function value(s, v) {
  const out2 = { value: v, loc: locOf(s) };
  if (s.unresolved?.length) out2.unresolved = [...s.unresolved];
  if (s.interpolated) out2.interpolated = true;
  return out2;
}
function scalar(node) {
  return node && node.kind === "scalar" && node.value !== null ? node : void 0;
}
function str(node) {
  const s = scalar(node);
  return s ? value(s, s.text) : void 0;
}
function flag(node) {
  const s = scalar(node);
  return s ? value(s, typeof s.value === "boolean" ? s.value : s.text) : void 0;
}
function numberish(node) {
  const s = scalar(node);
  return s ? value(s, typeof s.value === "number" ? s.value : s.text) : void 0;
}
function strings(node) {
  if (!node) return [];
  if (node.kind === "scalar") return node.value === null ? [] : [node];
  if (node.kind === "seq") return node.items.filter((n) => n.kind === "scalar" && n.value !== null);
  return [];
}
function scalarsOrMaps(node) {
  if (!node || node.kind !== "seq") return [];
  return node.items.filter((n) => !isNull(n));
}
function unique(items, key) {
  const out2 = [];
  const at = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const i2 = at.get(k);
    if (i2 === void 0) {
      at.set(k, out2.length);
      out2.push(item);
    } else out2[i2] = item;
  }
  return out2;
}
function normaliseCapability(name2) {
  return name2.trim().toUpperCase().replace(/^CAP_/, "");
}
function capabilities(node) {
  return unique(
    strings(node).map((s) => value(s, normaliseCapability(s.text))),
    (v) => v.value
  );
}
function parseSecurityOpt(written) {
  const m = /[:=]/.exec(written);
  if (!m) return { key: written.trim().toLowerCase(), value: "" };
  return { key: written.slice(0, m.index).trim().toLowerCase(), value: written.slice(m.index + 1).trim() };
}
function securityOpt(s) {
  return { ...parseSecurityOpt(s.text), written: s.text, loc: locOf(s) };
}
function keyValues(node) {
  return keyedEntries(node).map((e) => {
    const kv = {
      name: { value: e.key.text, loc: locOf(e.key) },
      value: e.value ? value(e.value, e.value.text) : void 0,
      loc: e.file.lines.location(e.start, e.end)
    };
    return kv;
  });
}
var PROPAGATION = /* @__PURE__ */ new Set(["shared", "rshared", "slave", "rslave", "private", "rprivate"]);
function colonParts(text) {
  const parts2 = [];
  let from = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    if (text[i2] !== ":") continue;
    if (i2 - from === 1 && /[A-Za-z]/.test(text[from]) && /[\\/]/.test(text[i2 + 1] ?? "")) continue;
    parts2.push([from, i2]);
    from = i2 + 1;
  }
  parts2.push([from, text.length]);
  return parts2;
}
function isHostPath(source) {
  return /^[./~]/.test(source) || win32.isAbsolute(source) && /^([A-Za-z]:[\\/]|\\\\)/.test(source);
}
function hostPathOf(source, baseDir) {
  if (!source || source.unresolved?.length) return void 0;
  const path = source.value;
  if (!path || path.startsWith("~")) return void 0;
  if (/^([A-Za-z]:[\\/]|\\\\)/.test(path)) return path;
  return isAbsolute3(path) ? resolve3(path) : resolve3(baseDir, path);
}
function mount(node) {
  if (node.kind === "scalar") return [shortMount(node)];
  if (node.kind !== "map") return [];
  const typeText = str(get(node, "type"))?.value ?? "volume";
  const type = ["bind", "volume", "tmpfs", "npipe", "cluster", "image"].includes(typeText) ? typeText : "volume";
  const source = str(get(node, "source"));
  const sourceNode = scalar(get(node, "source"));
  const readOnly = flag(get(node, "read_only"));
  return [
    {
      type,
      source,
      hostPath: type === "bind" && sourceNode ? hostPathOf(source, sourceNode.file.baseDir) : void 0,
      target: str(get(node, "target")),
      readOnly: readOnly ? readOnly.value === true || readOnly.value === "true" : false,
      propagation: str(get(get(node, "bind"), "propagation")),
      loc: locOf(node)
    }
  ];
}
function hostNetworkByName(svc, networks) {
  const joined = get(svc, "networks");
  const names = !joined || isNull(joined) ? ["default"] : joined.kind === "seq" ? joined.items.flatMap((n) => n.kind === "scalar" ? [n.text] : []) : joined.kind === "map" ? joined.pairs.map((p) => p.key.text) : [];
  for (const network of names) {
    const def = get(networks, network);
    const name2 = str(get(def, "name"));
    const external = str(get(def, "external")) ?? flag(get(def, "external"));
    if (name2?.value === "host" && external && String(external.value) === "true") return name2;
  }
  return void 0;
}
function bindingVolume(m, volumes) {
  if (m.type !== "volume" || !m.source?.value || m.source.unresolved?.length) return m;
  const opts = get(get(volumes, m.source.value), "driver_opts");
  const o = str(get(opts, "o"));
  const device2 = str(get(opts, "device"));
  const deviceNode = scalar(get(opts, "device"));
  if (!o || !device2 || !deviceNode || !o.value.split(",").some((x) => ["bind", "rbind"].includes(x.trim()))) return m;
  return { ...m, type: "bind", hostPath: hostPathOf(device2, deviceNode.file.baseDir) };
}
function shortMount(s) {
  const parts2 = colonParts(s.text);
  const slice = ([a, b]) => sliceScalar(s, a, b);
  if (parts2.length === 1) {
    return { type: "volume", source: void 0, hostPath: void 0, target: value(slice(parts2[0]), s.text), readOnly: false, propagation: void 0, loc: locOf(s) };
  }
  const sourceNode = slice(parts2[0]);
  const source = value(sourceNode, sourceNode.text);
  const target = value(slice(parts2[1]), s.text.slice(parts2[1][0], parts2[1][1]));
  const optionsStart = parts2[2]?.[0];
  let readOnly = false;
  let propagation;
  if (optionsStart !== void 0) {
    let from = optionsStart;
    const optionsText = s.text.slice(optionsStart);
    for (const opt of optionsText.split(/[,:]/)) {
      if (opt === "ro" || opt === "readonly") readOnly = true;
      if (PROPAGATION.has(opt)) propagation = value(sliceScalar(s, from, from + opt.length), opt);
      from += opt.length + 1;
    }
  }
  const bind = isHostPath(source.value) || !source.value && !!source.unresolved?.length;
  return {
    type: bind ? "bind" : "volume",
    source,
    hostPath: bind ? hostPathOf(source, s.file.baseDir) : void 0,
    target,
    readOnly,
    propagation,
    loc: locOf(s)
  };
}
function tmpfs(s) {
  const colon = s.text.indexOf(":");
  const target = sliceScalar(s, 0, colon < 0 ? s.text.length : colon);
  const options = colon < 0 ? [] : s.text.slice(colon + 1).split(",");
  return { type: "tmpfs", source: void 0, hostPath: void 0, target: value(target, target.text), readOnly: options.includes("ro"), propagation: void 0, loc: locOf(s) };
}
function device(node) {
  if (node.kind === "map") {
    const host = str(get(node, "source"));
    if (!host) return [];
    return [{ host, container: str(get(node, "target"))?.value, permissions: str(get(node, "permissions"))?.value, loc: locOf(node) }];
  }
  if (node.kind !== "scalar") return [];
  const parts2 = node.text.split(":");
  let from = 0;
  const spans = parts2.map((p) => {
    const span = [from, from + p.length];
    from += p.length + 1;
    return span;
  });
  const hostNode = sliceScalar(node, spans[0][0], spans[0][1]);
  return [{ host: value(hostNode, hostNode.text), container: parts2[1] || void 0, permissions: parts2[2] || void 0, loc: locOf(node) }];
}
var MAX_RANGE = 65536;
function portRange(text) {
  if (!text) return [];
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return [];
  const lo = Number(m[1]);
  const hi = m[2] === void 0 ? lo : Number(m[2]);
  if (hi < lo || lo > 65535) return [];
  const out2 = [];
  for (let p = lo; p <= Math.min(hi, 65535) && out2.length < MAX_RANGE; p++) out2.push(p);
  return out2;
}
function allInterfaces(hostIp) {
  return !hostIp || hostIp === "0.0.0.0" || hostIp === "::" || hostIp === "[::]";
}
function parsePortSpec(spec) {
  const slash = spec.lastIndexOf("/");
  const protocol = slash >= 0 ? spec.slice(slash + 1) || "tcp" : "tcp";
  const raw = slash >= 0 ? spec.slice(0, slash) : spec;
  const parts2 = raw.split(":");
  const n = parts2.length;
  const target = parts2[n - 1];
  let ip;
  let published;
  if (n === 2) published = parts2[0];
  else if (n === 3) [ip, published] = [parts2[0], parts2[1]];
  else if (n > 3) [ip, published] = [parts2.slice(0, n - 2).join(":"), parts2[n - 2]];
  if (ip?.startsWith("[") && ip.endsWith("]")) ip = ip.slice(1, -1);
  return { hostIp: ip || void 0, published: published || void 0, target, protocol: protocol.toLowerCase() };
}
function port(node) {
  if (node.kind === "scalar") {
    const spec = parsePortSpec(node.text);
    return {
      mapping: {
        ...spec,
        targetPorts: portRange(spec.target),
        publishedPorts: portRange(spec.published),
        allInterfaces: allInterfaces(spec.hostIp),
        loc: locOf(node)
      },
      key: node.text
    };
  }
  if (node.kind !== "map") return void 0;
  const target = str(get(node, "target"))?.value;
  if (target === void 0) return void 0;
  const published = str(get(node, "published"))?.value;
  const hostIp = str(get(node, "host_ip"))?.value || void 0;
  const protocol = (str(get(node, "protocol"))?.value ?? "tcp").toLowerCase();
  return {
    mapping: {
      hostIp,
      published,
      target,
      targetPorts: portRange(target),
      publishedPorts: portRange(published),
      protocol,
      allInterfaces: allInterfaces(hostIp),
      loc: locOf(node)
    },
    key: `${hostIp ?? "0.0.0.0"}:${published}:${target}/${protocol}`
  };
}
function uniquePorts(nodes) {
  const ports = nodes.map(port).filter((p) => !!p);
  return unique(ports, (p) => p.key).map((p) => p.mapping);
}
function command(node) {
  if (!node || isNull(node)) return void 0;
  const loc = locOf(node);
  if (node.kind === "scalar") {
    const text = node.text;
    const words3 = splitCommandLine({ text, offsets: scalarOffsets(node), lines: node.file.lines });
    const script = execFormScript(words3, node.file.lines);
    return { loc, written: { value: text, loc }, script };
  }
  if (node.kind !== "seq") return void 0;
  const items = node.items.filter((n) => n.kind === "scalar");
  const words2 = items.map((s) => ({
    value: s.value === null ? "" : s.text,
    raw: s.file.text.slice(s.start, s.end),
    hasExpansion: false,
    loc: locOf(s),
    offsets: scalarOffsets(s)
  }));
  return { loc, written: { value: words2.map((w) => w.value), loc }, script: execFormScript(words2, node.file.lines) };
}
function healthcheck(svc) {
  const pair = getPair(svc, "healthcheck");
  if (!pair) return void 0;
  const hc = pair.value;
  const disable = scalar(get(hc, "disable"));
  if (disable && (disable.value === true || disable.text === "true")) return { loc: locOf(disable), disabled: true, hasTest: false };
  const test = get(hc, "test");
  if (test?.kind === "seq") {
    const first = test.items[0];
    if (first?.kind === "scalar" && first.text === "NONE") return { loc: locOf(test), disabled: true, hasTest: true };
  }
  return { loc: locOf(pair.key), disabled: false, hasTest: !!test && !isNull(test) };
}
var REMOTE_CONTEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;
function buildSpec(node) {
  if (!node || isNull(node)) return void 0;
  const build = buildMapping(node);
  const contextNode = scalar(get(build, "context"));
  const context = str(contextNode);
  const dockerfile = str(get(build, "dockerfile"));
  const dockerfileInline = str(get(build, "dockerfile_inline"));
  let contextPath;
  if (!contextNode) contextPath = build.file.baseDir;
  else if (!context.unresolved?.length && !REMOTE_CONTEXT.test(context.value)) contextPath = resolve3(contextNode.file.baseDir, context.value || ".");
  let dockerfilePath;
  if (contextPath && !dockerfileInline && !dockerfile?.unresolved?.length) dockerfilePath = resolve3(contextPath, dockerfile?.value || "Dockerfile");
  return {
    loc: locOf(node),
    context,
    contextPath,
    dockerfile,
    dockerfilePath,
    dockerfileInline,
    target: str(get(build, "target")),
    args: keyValues(get(build, "args")),
    privileged: flag(get(build, "privileged")),
    network: str(get(build, "network")),
    entitlements: strings(get(build, "entitlements")).map((s) => str(s))
  };
}

// src/compose/env-file.ts
import { resolve as resolve4 } from "node:path";

// src/compose/interpolate.ts
var NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
var MAX_NESTING = 16;
function literal2(text) {
  return { text, map: [...text].map((_, i2) => i2), variables: [], unresolved: [], usedVariables: false };
}
function interpolate(input, lookup, depth = 0) {
  const out2 = { text: "", map: [], variables: [], unresolved: [], usedVariables: false };
  const emit = (s, from) => {
    out2.text += s;
    for (let k = 0; k < s.length; k++) out2.map.push(from);
  };
  const missing = (name2) => {
    const span = { name: name2, start: out2.text.length, end: out2.text.length, missing: true };
    out2.variables.push(span);
    out2.unresolved.push(span);
  };
  const found = (name2, start2) => {
    out2.variables.push({ name: name2, start: start2, end: out2.text.length, missing: false });
  };
  let closes;
  let i2 = 0;
  while (i2 < input.length) {
    const ch = input[i2];
    if (ch !== "$") {
      out2.text += ch;
      out2.map.push(i2);
      i2++;
      continue;
    }
    const next = input[i2 + 1];
    if (next === "$") {
      emit("$", i2);
      i2 += 2;
      continue;
    }
    if (next === "{") {
      const close = (closes ??= matchBraces(input))[i2];
      const body2 = close < 0 ? void 0 : input.slice(i2 + 2, close);
      const m2 = body2 === void 0 ? null : NAME.exec(body2);
      const rest = m2 ? body2.slice(m2[0].length) : "";
      const op = m2 ? /^(:-|-|:\?|\?|:\+|\+)?/.exec(rest)[0] : "";
      if (!m2 || rest && !op) {
        emit("$", i2);
        i2++;
        continue;
      }
      out2.usedVariables = true;
      const name2 = m2[0];
      const argStart = i2 + 2 + name2.length + op.length;
      const arg = input.slice(argStart, close);
      const value2 = lookup(name2);
      const set = value2 !== void 0;
      const nonEmpty = set && value2 !== "";
      const nested = () => {
        const inner = depth < MAX_NESTING ? interpolate(arg, lookup, depth + 1) : literal2(arg);
        for (const u of inner.variables) {
          const span = { ...u, start: out2.text.length + u.start, end: out2.text.length + u.end };
          out2.variables.push(span);
          if (span.missing) out2.unresolved.push(span);
        }
        out2.text += inner.text;
        for (const k of inner.map) out2.map.push(argStart + k);
      };
      const start2 = out2.text.length;
      const before = out2.unresolved.length;
      switch (op) {
        case "":
          if (set) emit(value2, i2);
          else missing(name2);
          break;
        case ":-":
          if (nonEmpty) emit(value2, i2);
          else nested();
          break;
        case "-":
          if (set) emit(value2, i2);
          else nested();
          break;
        case ":?":
          if (nonEmpty) emit(value2, i2);
          else missing(name2);
          break;
        case "?":
          if (set) emit(value2, i2);
          else missing(name2);
          break;
        case ":+":
          if (nonEmpty) nested();
          break;
        case "+":
          if (set) nested();
          break;
      }
      if (out2.unresolved.length === before || out2.unresolved[out2.unresolved.length - 1].name !== name2) found(name2, start2);
      i2 = close + 1;
      continue;
    }
    const m = NAME.exec(input.slice(i2 + 1));
    if (m) {
      out2.usedVariables = true;
      const value2 = lookup(m[0]);
      if (value2 !== void 0) {
        const start2 = out2.text.length;
        emit(value2, i2);
        found(m[0], start2);
      } else missing(m[0]);
      i2 += 1 + m[0].length;
      continue;
    }
    emit("$", i2);
    i2++;
  }
  return out2;
}
function matchBraces(input) {
  const close = new Int32Array(input.length).fill(-1);
  const open = [];
  for (let i2 = 0; i2 < input.length; i2++) {
    const ch = input[i2];
    if (ch === "$" && input[i2 + 1] === "$") i2++;
    else if (ch === "$" && input[i2 + 1] === "{") {
      open.push(i2);
      i2++;
    } else if (ch === "}" && open.length) close[open.pop()] = i2;
  }
  return close;
}
function interpolateTree(node, lookup, memo = /* @__PURE__ */ new Map()) {
  const done = memo.get(node);
  if (done) return done;
  let result = node;
  if (node.kind === "scalar") {
    result = interpolateScalar(node, lookup);
  } else if (node.kind === "seq") {
    const items = node.items.map((n) => interpolateTree(n, lookup, memo));
    if (items.some((n, k) => n !== node.items[k])) result = { ...node, items };
  } else {
    const pairs = node.pairs.map((p) => {
      const value2 = interpolateTree(p.value, lookup, memo);
      return value2 === p.value ? p : { ...p, value: value2 };
    });
    if (pairs.some((p, k) => p !== node.pairs[k])) result = { ...node, pairs };
  }
  memo.set(node, result);
  return result;
}
function interpolateScalar(s, lookup) {
  if (typeof s.value !== "string" || !s.text.includes("$")) return s;
  const r = interpolate(s.text, lookup);
  if (r.text === s.text && !r.usedVariables) return s;
  const base = scalarOffsets(s);
  const offsets = r.map.map((k) => base[k] ?? s.start);
  const out2 = { ...s, text: r.text, value: r.text, offsets };
  if (r.usedVariables) out2.interpolated = true;
  if (r.variables.length) out2.variableSpans = r.variables;
  if (r.unresolved.length) out2.unresolved = [...new Set(r.unresolved.map((u) => u.name))];
  return out2;
}
function readDotEnv(text, lookup = () => void 0) {
  const entries2 = [];
  const vars = /* @__PURE__ */ new Map();
  const resolve8 = (name2) => lookup(name2) ?? vars.get(name2);
  const add = (e) => {
    entries2.push(e);
    vars.set(e.key, e.value);
  };
  let i2 = 0;
  while (i2 < text.length) {
    let eol = text.indexOf("\n", i2);
    if (eol < 0) eol = text.length;
    const lineEnd = text[eol - 1] === "\r" ? eol - 1 : eol;
    const line = text.slice(i2, lineEnd);
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(=|:\s|:$)?/.exec(line);
    if (!m || /^\s*(#|$)/.test(line)) {
      i2 = eol + 1;
      continue;
    }
    const key = m[1];
    const keyStart = i2 + m[0].indexOf(key);
    if (!m[2]) {
      const v = lookup(key);
      if (v !== void 0 && line.slice(m[0].length).trim() === "") add({ key, value: v, keyStart });
      i2 = eol + 1;
      continue;
    }
    let j = i2 + m[0].length;
    while (j < lineEnd && (text[j] === " " || text[j] === "	")) j++;
    const quote = text[j];
    if (quote === "'" || quote === '"') {
      let k = j + 1;
      let value2 = "";
      while (k < text.length && text[k] !== quote) {
        if (quote === '"' && text[k] === "\\" && k + 1 < text.length) {
          const esc = text[k + 1];
          value2 += esc === "n" ? "\n" : esc === "t" ? "	" : esc === "r" ? "\r" : esc === "$" ? "\\$" : esc;
          k += 2;
          continue;
        }
        value2 += text[k];
        k++;
      }
      value2 = value2.replace(/\r\n/g, "\n");
      if (quote === '"') value2 = interpolate(value2.replace(/\\\$/g, "$$$$"), resolve8).text;
      add({ key, value: value2, keyStart, valueStart: j, valueEnd: Math.min(k + 1, text.length) });
      const after = text.indexOf("\n", k);
      i2 = after < 0 ? text.length : after + 1;
      continue;
    }
    let written = text.slice(j, lineEnd);
    const comment = /\s#/.exec(written);
    if (comment) written = written.slice(0, comment.index);
    written = written.trimEnd();
    add({ key, value: interpolate(written.trim(), resolve8).text, keyStart, valueStart: j, valueEnd: j + written.length });
    i2 = eol + 1;
  }
  return entries2;
}
function parseDotEnv(text, lookup = () => void 0) {
  return new Map(readDotEnv(text, lookup).map((e) => [e.key, e.value]));
}

// src/compose/env-file.ts
function entries(node) {
  if (!node) return [];
  const list = node.kind === "seq" ? node.items : [node];
  const out2 = [];
  for (const item of list) {
    if (item.kind === "scalar" && typeof item.value === "string") out2.push({ path: item, required: true });
    else if (item.kind === "map") {
      const path = get(item, "path");
      const required = get(item, "required");
      if (path?.kind === "scalar" && typeof path.value === "string") {
        out2.push({ path, required: !(required?.kind === "scalar" && (required.value === false || required.text === "false")) });
      }
    }
  }
  return out2;
}
function attachEnvFiles(container, service, loader) {
  const fromFiles = [];
  for (const { path, required } of entries(get(service, "env_file"))) {
    const abs = resolve4(path.file.baseDir, path.text);
    let text;
    try {
      text = loader.read(abs);
    } catch (e) {
      if (required) {
        const at = locOf(path);
        loader.error(at.file, `service ${container.name.value}: env_file ${path.text} cannot be read: ${e.message}`, { line: at.startLine, column: at.startColumn });
      }
      continue;
    }
    const lines = loader.lines(abs, text);
    for (const e of readDotEnv(text)) {
      if (e.valueStart === void 0 || e.valueEnd === void 0) continue;
      fromFiles.push({
        name: { value: e.key, loc: lines.location(e.keyStart, e.keyStart + e.key.length) },
        fromEnvFile: true,
        value: { value: e.value, loc: lines.location(e.valueStart, e.valueEnd) },
        loc: lines.location(e.keyStart, e.valueEnd)
      });
    }
  }
  const written = new Set(container.environment.map((e) => e.name.value));
  const last = /* @__PURE__ */ new Map();
  for (const kv of fromFiles) if (!written.has(kv.name.value)) last.set(kv.name.value, kv);
  container.environment.push(...last.values());
}

// src/compose/project.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { basename as basename3, dirname as dirname5, resolve as resolve5 } from "node:path";
var COMPOSE_FILE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var OVERRIDE_FILE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
var MAX_CHAIN = 32;
function groupProjects(paths) {
  const byDir = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const dir = dirname5(p);
    const list = byDir.get(dir) ?? [];
    list.push(p);
    byDir.set(dir, list);
  }
  const projects = [];
  for (const [dir, files] of byDir) {
    const has = new Set(files.map((f) => basename3(f)));
    const base = COMPOSE_FILE_NAMES.find((n) => has.has(n));
    const overrides = OVERRIDE_FILE_NAMES.filter((n) => has.has(n));
    for (const f of files) {
      const name2 = basename3(f);
      if (name2 === base || base && overrides.includes(name2)) continue;
      projects.push([f]);
    }
    if (base) {
      const basePath = resolve5(dir, base);
      if (overrides.length === 0) projects.push([basePath]);
      for (const o of overrides) projects.push([basePath, resolve5(dir, o)]);
    }
  }
  return projects;
}
var Loader = class {
  constructor(options, inMemory) {
    this.options = options;
    for (const [path, text] of inMemory) this.texts.set(path, text);
  }
  errors = [];
  sources = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  envFileCache = /* @__PURE__ */ new Map();
  display(path) {
    return displayPath(path, this.options.cwd);
  }
  read(path) {
    let t = this.texts.get(path);
    if (t === void 0) {
      try {
        t = readFileSync3(path, "utf8");
      } catch (e) {
        t = new Error(describeFsError(e));
      }
      this.texts.set(path, t);
    }
    if (t instanceof Error) throw t;
    return t;
  }
  lines(path, text) {
    const display = this.display(path);
    let index = this.sources.get(display);
    if (!index || index.text !== text) {
      index = new LineIndex(display, text);
      this.sources.set(display, index);
    }
    return index;
  }
  error(file, message, at) {
    const e = { file, message, ...at ? { line: at.line, column: at.column } : {} };
    if (!this.errors.some((x) => x.file === e.file && x.message === e.message && x.line === e.line && x.column === e.column)) this.errors.push(e);
  }
  errorAt(node, message) {
    const loc = locOf(node);
    this.error(node.file.display, message, { line: loc.startLine, column: loc.startColumn });
  }
  /** The variables a project's files are interpolated with. */
  projectEnv(projectDir) {
    const processEnv = this.options.useEnv ? this.options.env ?? process.env : {};
    const fromProcess = (name2) => processEnv[name2];
    const envFiles = this.options.envFiles?.length ? this.options.envFiles.map((f) => resolve5(this.options.cwd, f)) : [resolve5(projectDir, ".env")];
    const required = !!this.options.envFiles?.length;
    const vars = /* @__PURE__ */ new Map();
    for (const f of envFiles) {
      const parsed = this.envFile(f, required, (name2) => fromProcess(name2) ?? vars.get(name2));
      for (const [k, v] of parsed ?? []) vars.set(k, v);
    }
    return (name2) => fromProcess(name2) ?? vars.get(name2);
  }
  envFile(path, required, lookup) {
    if (this.envFileCache.has(path)) return this.envFileCache.get(path);
    let parsed;
    try {
      parsed = parseDotEnv(this.read(path), lookup);
    } catch (e) {
      if (required) this.error(this.display(path), `cannot read env file: ${e.message}`);
    }
    this.envFileCache.set(path, parsed);
    return parsed;
  }
  /**
   * Reads, parses and interpolates one YAML file; undefined (with an error recorded) when it
   * cannot be read or parsed. `from` is where the file was referenced, for a missing file.
   */
  loadFile(path, baseDir, env2, from) {
    const display = this.display(path);
    let text;
    try {
      text = this.read(path);
    } catch (e) {
      if (from) this.errorAt(from.node, `${from.what} ${display}: ${e.message}`);
      else this.error(display, e.message);
      return void 0;
    }
    const file = { path, display, text, lines: this.lines(path, text), baseDir };
    try {
      return interpolateTree(parseYaml(file), env2);
    } catch (e) {
      if (!(e instanceof YamlError)) throw e;
      const suffix = from ? ` (${from.what}ed from ${from.node.file.display})` : "";
      this.error(display, e.message + suffix, e.line !== void 0 ? { line: e.line, column: e.column ?? 1 } : void 0);
      return void 0;
    }
  }
  /**
   * Loads a project: its files merged in order, then `extends` resolved and `include`d
   * projects' services added. The first file's folder is the project directory.
   */
  loadProject(files, chain = files, projectDir = dirname5(files[0]), env2 = this.projectEnv(projectDir)) {
    const failed = /* @__PURE__ */ new Set();
    let root;
    const includes = [];
    for (const path of files) {
      const doc = this.loadFile(path, projectDir, env2);
      if (!doc) {
        failed.add(path);
        continue;
      }
      const inc = get(doc, "include");
      if (inc) includes.push(inc);
      root = root ? mergeRoots(root, doc) : doc;
    }
    const services = [];
    const servicesNode = get(root, "services");
    if (servicesNode?.kind === "map") {
      const extender = new Extends(this, env2, chain);
      for (const pair of servicesNode.pairs) {
        const node = extender.resolve(servicesNode, pair, projectDir);
        if (node) services.push({ name: pair.key, node, defs: { volumes: get(root, "volumes"), networks: get(root, "networks") } });
      }
    } else if (servicesNode && !(servicesNode.kind === "scalar" && servicesNode.value === null)) {
      this.errorAt(servicesNode, "services: must be a mapping of service names to their settings");
    }
    for (const inc of includes) this.include(inc, env2, chain, services);
    return { files, services, failed };
  }
  /** `include:` entries: another project whose services join this one. */
  include(node, env2, chain, services) {
    const entries2 = node.kind === "seq" ? node.items : [node];
    for (const entry of entries2) {
      const pathNode = entry.kind === "map" ? get(entry, "path") : entry;
      const pathScalars = (pathNode?.kind === "seq" ? pathNode.items : pathNode ? [pathNode] : []).filter(
        (n) => n.kind === "scalar" && typeof n.value === "string"
      );
      if (!pathScalars.length) continue;
      const baseDir = pathScalars[0].file.baseDir;
      const paths = pathScalars.map((s) => resolve5(baseDir, s.text));
      if (chain.includes(paths[0]) || chain.length >= MAX_CHAIN) {
        this.errorAt(pathScalars[0], `include ${pathScalars[0].text}: it includes itself (directly or through other files)`);
        continue;
      }
      const dirNode = entry.kind === "map" ? get(entry, "project_directory") : void 0;
      const projectDir = dirNode?.kind === "scalar" && typeof dirNode.value === "string" ? resolve5(baseDir, dirNode.text) : dirname5(paths[0]);
      const envNode = entry.kind === "map" ? get(entry, "env_file") : void 0;
      const envPaths = (envNode?.kind === "seq" ? envNode.items : envNode ? [envNode] : []).filter((n) => n.kind === "scalar" && typeof n.value === "string").map((s) => resolve5(baseDir, s.text));
      const vars = /* @__PURE__ */ new Map();
      for (const f of envPaths.length ? envPaths : [resolve5(projectDir, ".env")]) {
        for (const [k, v] of this.envFile(f, envPaths.length > 0, (name2) => env2(name2) ?? vars.get(name2)) ?? []) vars.set(k, v);
      }
      const includedEnv = (name2) => env2(name2) ?? vars.get(name2);
      const missing = paths.findIndex((p) => {
        try {
          this.read(p);
          return false;
        } catch {
          return true;
        }
      });
      if (missing >= 0) {
        this.errorAt(pathScalars[missing], `include ${pathScalars[missing].text}: ${this.describeMissing(paths[missing])}`);
        continue;
      }
      const sub = this.loadProject(paths, [...chain, ...paths], projectDir, includedEnv);
      for (const s of sub.services) {
        const clash = services.find((x) => x.name.text === s.name.text);
        if (clash) {
          this.errorAt(pathScalars[0], `include ${pathScalars[0].text}: service ${s.name.text} is defined both here and in the included file`);
          continue;
        }
        services.push(s);
      }
    }
  }
  describeMissing(path) {
    try {
      this.read(path);
      return "cannot be read";
    } catch (e) {
      return e.message;
    }
  }
};
var Extends = class {
  constructor(loader, env2, chain) {
    this.loader = loader;
    this.env = env2;
    this.chain = chain;
  }
  done = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  resolve(services, pair, baseDir, stack = []) {
    const name2 = pair.key.text;
    const memo = this.done.get(services) ?? /* @__PURE__ */ new Map();
    this.done.set(services, memo);
    if (memo.has(name2)) return memo.get(name2);
    const node = pair.value;
    if (node.kind !== "map") {
      if (!(node.kind === "scalar" && node.value === null)) {
        this.loader.errorAt(node, `service ${name2} must be a mapping of settings`);
        memo.set(name2, void 0);
        return void 0;
      }
      memo.set(name2, node);
      return node;
    }
    const ext = get(node, "extends");
    if (!ext) {
      memo.set(name2, node);
      return node;
    }
    const own = { ...node, pairs: node.pairs.filter((p) => p.key.text !== "extends") };
    const serviceNode = ext.kind === "map" ? get(ext, "service") : ext;
    const fileNode = ext.kind === "map" ? get(ext, "file") : void 0;
    if (serviceNode?.kind !== "scalar" || typeof serviceNode.value !== "string") {
      this.loader.errorAt(ext, `service ${name2}: extends needs the name of a service`);
      memo.set(name2, own);
      return own;
    }
    let baseServices = services;
    let baseDirOfBase = baseDir;
    let where = services.file.path;
    if (fileNode?.kind === "scalar" && typeof fileNode.value === "string") {
      where = resolve5(fileNode.file.baseDir, fileNode.text);
      baseDirOfBase = dirname5(where);
      if (!this.files.has(where)) {
        const doc = this.loader.loadFile(where, baseDirOfBase, this.env, { node: fileNode, what: "extend" });
        const svcs = get(doc, "services");
        this.files.set(where, svcs?.kind === "map" ? svcs : void 0);
      }
      baseServices = this.files.get(where);
      if (!baseServices) {
        memo.set(name2, own);
        return own;
      }
    }
    const key = `${where}#${serviceNode.text}`;
    if (stack.includes(key) || stack.length >= MAX_CHAIN || this.chain.length >= MAX_CHAIN) {
      this.loader.errorAt(serviceNode, `service ${name2}: extends ${serviceNode.text} goes round in a circle`);
      memo.set(name2, own);
      return own;
    }
    const basePair = baseServices.pairs.find((p) => p.key.text === serviceNode.text);
    if (!basePair) {
      this.loader.errorAt(serviceNode, `service ${name2}: extends ${serviceNode.text}, which is not a service${fileNode ? ` of ${this.loader.display(where)}` : ""}`);
      memo.set(name2, own);
      return own;
    }
    const self2 = `${services.file.path}#${name2}`;
    const base = this.resolve(baseServices, basePair, baseDirOfBase, [...stack, self2, key]);
    const merged = base ? mergeService(base, own) ?? own : own;
    memo.set(name2, merged);
    return merged;
  }
};

// src/compose/index.ts
function loadCompose(files, options) {
  const cwd = options.cwd ?? process.cwd();
  const loader = new Loader(
    {
      cwd,
      ...options.envFiles ? { envFiles: options.envFiles } : {},
      ...options.useEnv ? { useEnv: true } : {},
      ...options.env ? { env: options.env } : {}
    },
    new Map(files.map(({ file, text }) => [file.path, text]))
  );
  const explicit = (options.files ?? []).map((f) => resolve6(cwd, f));
  const explicitSet = new Set(explicit);
  const groups = explicit.length ? [explicit] : [];
  for (const group of groupProjects(files.map(({ file }) => file.path))) {
    if (explicit.length && group.every((p) => explicitSet.has(p))) continue;
    groups.push(group);
  }
  const containers = [];
  const projects = [];
  const failed = /* @__PURE__ */ new Set();
  for (const group of groups) {
    let project;
    try {
      project = loader.loadProject(group);
    } catch (e) {
      loader.error(loader.display(group[0]), `could not be loaded: ${e.message}`);
      for (const f of group) failed.add(f);
      continue;
    }
    for (const f of project.failed) failed.add(f);
    const names = [];
    for (const { name: name2, node, defs } of project.services) {
      try {
        const container = normalizeService(name2, node, defs);
        attachEnvFiles(container, node, loader);
        attachBuiltImage(container, node, name2.file.path, loader, { cwd, ...options.allowOutsideContext ? { allowOutsideContext: true } : {} });
        containers.push(container);
        names.push(name2.text);
      } catch (e) {
        loader.errorAt(name2, `service ${name2.text} could not be read: ${e.message}`);
      }
    }
    projects.push({ files: group.map((p) => loader.display(p)), services: names });
  }
  const statuses = /* @__PURE__ */ new Map();
  for (const path of [...files.map(({ file }) => file.path), ...explicit]) {
    const display = loader.display(path);
    statuses.set(display, { file: display, kind: "compose", status: failed.has(path) ? "error" : "linted" });
  }
  return { containers, errors: loader.errors, files: [...statuses.values()], sources: loader.sources, projects };
}

// src/lint.ts
async function lint(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const profile = options.profile ?? "recommended";
  const rules = options.rules ?? allRules;
  await initShellParser();
  const sources = /* @__PURE__ */ new Map();
  const findings = [];
  const errors = [];
  const ctx = {
    rules,
    profile,
    sourceOf: (f) => sources.get(f),
    onRuleError: (rule, file, e) => errors.push({ file, message: `internal error in rule ${rule.id}: ${e?.message ?? String(e)} (please report this as an isolint bug)` })
  };
  const files = [];
  const paths = options.paths ?? (options.files?.length ? [] : ["."]);
  const discovered = discover(paths, cwd);
  for (const e of discovered.errors) errors.push({ file: e.file, message: e.message });
  const texts = [];
  for (const f of discovered.files) {
    try {
      texts.push({ file: f, text: readFileSync4(f.path, "utf8") });
    } catch (e) {
      errors.push({ file: f.display, message: describeFsError(e) });
      files.push({ file: f.display, kind: f.kind, status: "error" });
    }
  }
  for (const m of options.files ?? []) {
    const path = resolve7(cwd, m.path);
    texts.push({ file: { path, display: displayPath(path, cwd), kind: m.kind ?? kindOfExplicitFile(m.path) }, text: m.text });
  }
  const composeFiles = [];
  for (const { file, text } of texts) {
    if (file.kind === "compose") {
      composeFiles.push({ file, text });
      continue;
    }
    sources.set(file.display, new LineIndex(file.display, text));
    try {
      const image = parseImage({ file: file.display, text, ...options.target ? { target: options.target } : {} });
      if (image.missingTarget) throw new Error(`target stage "${image.missingTarget}" not found`);
      findings.push(...runImageRules(image, ctx));
      files.push({ file: file.display, kind: file.kind, status: "linted" });
    } catch (e) {
      errors.push({ file: file.display, message: e.message });
      files.push({ file: file.display, kind: file.kind, status: "error" });
    }
  }
  if (composeFiles.length || options.compose?.files?.length) {
    const loaded = loadCompose(composeFiles, { cwd, ...options.compose });
    for (const [file, index] of loaded.sources) sources.set(file, index);
    for (const container of loaded.containers) findings.push(...runRuntimeRules(container, ctx));
    errors.push(...loaded.errors);
    files.push(...loaded.files);
  }
  const seen = /* @__PURE__ */ new Set();
  const unique2 = findings.filter((f) => {
    const l = f.location;
    const k = `${f.ruleId}|${l.file}|${l.startLine}:${l.startColumn}-${l.endLine}:${l.endColumn}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const suppressions = /* @__PURE__ */ new Map();
  const suppressionsOf = (file) => {
    let list = suppressions.get(file);
    if (!list) {
      const source = sources.get(file);
      list = source ? parseSuppressions(source, kindOfExplicitFile(file) === "dockerfile") : [];
      suppressions.set(file, list);
    }
    return list;
  };
  const { reported, suppressed } = applySuppressions(unique2, suppressionsOf);
  findings.length = 0;
  findings.push(...reported);
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  errors.sort((a, b) => a.file.localeCompare(b.file));
  files.sort((a, b) => a.file.localeCompare(b.file));
  return { findings, suppressed, errors, files };
}

export {
  __require,
  __commonJS,
  __toESM,
  ruleInProfile,
  ruleCanFire,
  isProfile,
  PROFILES,
  levelAtLeast,
  allRules,
  workflowCommand,
  githubFormatter,
  TOOL_NAME,
  TOOL_VERSION,
  sarifFormatter,
  formatters,
  formatterNamed,
  lint
};
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
