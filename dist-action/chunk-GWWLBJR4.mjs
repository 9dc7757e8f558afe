import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  ownString
} from "./chunk-QKXNSQ3U.mjs";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS,
  __toESM
} from "./chunk-EMAUB6HD.mjs";

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
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
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
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
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
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
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
        const basename3 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path
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
    var throwError = (message, Ctor) => {
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
      _test(originalPath, cache2, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache2) : {
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
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache2) {
        if (path in cache2) {
          return cache2[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths2) {
        return makeArray(paths2).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
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

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
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
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// scripts/bundle-stubs/vscode-languageserver-types.cjs
var require_vscode_languageserver_types = __commonJS({
  "scripts/bundle-stubs/vscode-languageserver-types.cjs"(exports, module2) {
    "use strict";
    var MAX = 2147483647;
    var isUinteger = (v) => Object.prototype.toString.call(v) === "[object Number]" && 0 <= v && v <= MAX;
    var isPosition = (v) => v !== null && typeof v === "object" && isUinteger(v.line) && isUinteger(v.character);
    var Position = {
      create(line, character) {
        if (line === Number.MAX_VALUE) line = MAX;
        if (character === Number.MAX_VALUE) character = MAX;
        return { line, character };
      }
    };
    var Range = {
      create(one, two, three, four) {
        if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four)) return { start: Position.create(one, two), end: Position.create(three, four) };
        if (isPosition(one) && isPosition(two)) return { start: one, end: two };
        throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
      }
    };
    module2.exports = { Position, Range };
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
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
var main_exports = {};
__export(main_exports, {
  TextDocument: () => TextDocument
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
var FullTextDocument, TextDocument;
var init_main = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument = class _FullTextDocument {
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
    (function(TextDocument2) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument2.create = create;
      function update(document2, changes, version) {
        if (document2 instanceof FullTextDocument) {
          document2.update(changes, version);
          return document2;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument2.update = update;
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
      TextDocument2.applyEdits = applyEdits;
    })(TextDocument || (TextDocument = {}));
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction2 = class extends line_1.Line {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
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
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
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
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
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
    exports.Instruction = Instruction2;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name2, nameRange, value, valueRange) {
        this.range = range;
        this.name = name2;
        this.nameRange = nameRange;
        this.value = value;
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document2, range, name2, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name2;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document2.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i2 = 0; i2 < value.length; i2++) {
            switch (value.charAt(i2)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i2 + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document2, value, offset, nameStart, valueStart, i2));
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
            this.options.push(this.createFlagOption(document2, value, offset, nameStart, valueStart, value.length));
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction2 = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
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
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
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
    exports.ModifiableInstruction = ModifiableInstruction2;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
        let value = document2.getText().substring(document2.offsetAt(this.nameRange.start), document2.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document2.getText().substring(document2.offsetAt(this.valueRange.start), document2.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document2, arg);
            value = document2.getText().substring(document2.offsetAt(this.valueRange.start), document2.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
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
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i2 = 0; i2 < value.length; i2++) {
          let char = value.charAt(i2);
          switch (char) {
            case this.escapeChar:
              for (let j = i2 + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
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
                for (let j = i2 + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
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
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
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
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i2 = 1; i2 < value.length; i2++) {
            if (value.charAt(i2) === escapeChar) {
              i2++;
            } else if (value.charAt(i2) === '"' && i2 === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start2 = 0;
        parseValue: for (let i2 = 0; i2 < value.length; i2++) {
          let char = value.charAt(i2);
          switch (char) {
            case escapeChar:
              if (i2 + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i2 + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i2 + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
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
                      if (!inDouble && !inSingle && !literal) {
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
              } else if (inSingle || literal) {
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
                newlineCheck: for (let j = i2 + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
                  let value = content.substring(argStart, mark);
                  args2.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + mark))));
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
          let value = content.substring(argStart, end2);
          args2.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + end2))));
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
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
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
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
    var vscode_languageserver_textdocument_1 = (init_main(), __toCommonJS(main_exports));
    var vscode_languageserver_types_1 = require_vscode_languageserver_types();
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
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name2 = util_1.Util.parseHeredocName(value);
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

// src/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var UnreadableFileError = class extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
};
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readTextFile(path, options = {}) {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UnreadableFileError("is a directory", "directory");
    if (!stat.isFile()) throw new UnreadableFileError("not a regular file (a FIFO, device or socket is not read)", "not-regular");
    if (stat.size > max) throw new UnreadableFileError(tooLarge(stat.size, max), "too-large");
    const buf = Buffer.allocUnsafe(Math.min(max, stat.size) + 1);
    let length = 0;
    for (; ; ) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > max) throw new UnreadableFileError(tooLarge(length, max, true), "too-large");
      if (length === buf.length) throw new UnreadableFileError("changed while it was read; not linted", "not-regular");
    }
    return decode(buf.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}
function readTextStream(fd, options = {}) {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const chunks = [];
  let length = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - length));
    let n;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if (e.code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    length += n;
    if (length > max) throw new UnreadableFileError(tooLarge(length, max, true), "too-large");
  }
  return decode(Buffer.concat(chunks, length));
}
function decode(bytes) {
  if (bytes.includes(0)) throw new UnreadableFileError("binary or not UTF-8 (it holds NUL bytes); not linted", "binary");
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UnreadableFileError("binary or not UTF-8 (it holds bytes that are not UTF-8); not linted", "binary");
  }
}
function tooLarge(size, max, atLeast = false) {
  return atLeast ? `more than the --max-file-size limit of ${max} bytes; skipped` : `${size} bytes, over the --max-file-size limit of ${max} bytes; skipped`;
}
function parseFileSize(value) {
  const m = /^(\d+)([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new Error("must be a size in bytes, or with a k, m or g suffix (10m)");
  const n = Number(m[1]) * 1024 ** " kmg".indexOf((m[2] || " ").toLowerCase());
  if (n < 1) throw new Error("must be at least 1 byte");
  return n;
}
function firstLine(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return void 0;
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString("utf8");
    return head.split(/\r?\n|\r/, 1)[0];
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/runtime/model.ts
function isTrue(v) {
  if (!v || v.unresolved?.length) return false;
  return v.value === true || typeof v.value === "string" && /^(true|yes|on|1)$/i.test(v.value);
}
function defaultContainer(kind, name2, title, file) {
  return {
    kind,
    name: name2,
    title,
    file,
    image: void 0,
    build: void 0,
    builtImage: void 0,
    user: void 0,
    privileged: void 0,
    pid: void 0,
    ipc: void 0,
    networkMode: void 0,
    uts: void 0,
    userns: void 0,
    cgroup: void 0,
    capAdd: [],
    capDrop: [],
    securityOpt: [],
    devices: [],
    deviceCgroupRules: [],
    mounts: [],
    sysctls: [],
    limits: { memory: void 0, pids: void 0, cpus: void 0 },
    readOnly: void 0,
    oomKillDisable: void 0,
    ports: [],
    expose: [],
    environment: [],
    command: void 0,
    entrypoint: void 0,
    runtime: void 0,
    platform: void 0,
    isolation: void 0,
    healthcheck: void 0,
    trust: void 0
  };
}

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
    const bom = lo === 0 && offset > 0 && this.text.charCodeAt(0) === 65279 ? 1 : 0;
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 - bom };
  }
  /** Offset of a 0-based line/character pair (the LSP convention dockerfile-ast uses). */
  offsetOf(line, character) {
    const start2 = this.lineStarts[Math.min(line, this.lineStarts.length - 1)] ?? 0;
    return start2 + character;
  }
  /** The text of each line without its line break (LF, CRLF or a lone CR, as everywhere here). */
  lineTexts() {
    return this.lineStarts.map((start2, i2) => this.lineText(i2 + 1, start2));
  }
  /** The text of a 1-based line without its line break (nor, on line 1, a byte order mark). */
  lineText(line, start2 = this.lineStarts[line - 1] ?? this.text.length) {
    if (start2 === 0 && this.text.charCodeAt(0) === 65279) start2 = 1;
    const next = this.lineStarts[line];
    let end = next ?? this.text.length;
    if (next !== void 0) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return this.text.slice(start2, Math.max(start2, end));
  }
  /** Location of the half-open offset range [start, end). */
  location(start2, end) {
    const s = this.position(start2);
    const e = this.position(Math.max(start2, end));
    return { file: this.file, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  }
};

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

// src/runtime/namespaces.ts
function namespaceSetting(container, kind) {
  return kind === "network" ? container.networkMode : container[kind];
}
function joinTarget(setting) {
  const m = /^(service|container):(.+)$/i.exec(resolvedText(setting) ?? "");
  return m ? { by: m[1].toLowerCase(), name: m[2].trim() } : void 0;
}
var KINDS = ["network", "pid", "ipc"];
function resolveJoinedNamespaces(containers, options = {}) {
  const byService = new Map(options.containerNamesOnly ? [] : containers.map((c) => [c.name.value, c]));
  const byContainerName = /* @__PURE__ */ new Map();
  for (const c of containers) {
    const name2 = resolvedText(c.containerName);
    if (name2) byContainerName.set(name2, c);
  }
  const find = (t) => t.by === "container" ? byContainerName.get(t.name) ?? byService.get(t.name) : byService.get(t.name);
  for (const container of containers) {
    for (const kind of KINDS) {
      const joined = follow(container, kind, find);
      if (!joined) continue;
      container.joined = { ...container.joined, [kind]: joined };
    }
  }
}
function follow(start2, kind, find) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set([start2]);
  let current = start2;
  for (; ; ) {
    const setting = namespaceSetting(current, kind);
    const target = joinTarget(setting);
    if (!target) {
      if (current === start2) return void 0;
      return { chain, owner: current.name.value, ownerTitle: current.title, ownerSetting: setting };
    }
    chain.push({ container: current.name.value, title: current.title, setting });
    const next = find(target);
    if (!next || seen.has(next)) return void 0;
    seen.add(next);
    current = next;
  }
}
function hostNamespace(container, kind) {
  const own = namespaceSetting(container, kind);
  if (own && isHostMode(own)) return { at: own, via: void 0 };
  const joined = container.joined?.[kind];
  if (own && joined && isHostMode(joined.ownerSetting)) return { at: own, via: joined };
  return void 0;
}
function joinPath(via) {
  const names = [...via.chain.slice(1).map((hop) => hop.container), via.owner];
  const first = via.chain[1] ? hopTitle(via.chain[1]) : ownerTitle(via);
  return `${first}${names.slice(1).map((n) => `, which joins ${n}`).join("")}`;
}
function ownerTitle(via) {
  return via.ownerTitle ?? `service ${via.owner}`;
}
function hopTitle(hop) {
  return hop.title ?? `service ${hop.container}`;
}
function joinRelated(via, ownerMessage) {
  return [
    ...via.chain.slice(1).map((hop) => ({ loc: hop.setting.loc, message: `${hopTitle(hop)} joins the namespace of ${joinTarget(hop.setting).name} here` })),
    ...via.ownerSetting ? [{ loc: via.ownerSetting.loc, message: ownerMessage }] : []
  ];
}

// src/discover.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
var import_ignore = __toESM(require_ignore(), 1);
import { basename, dirname, join, relative, resolve, sep } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function displayPath(path, cwd) {
  const rel = relative(cwd, path) || basename(path);
  return rel.split(sep).join("/");
}
function discover(paths2, cwd, claimer) {
  const files = /* @__PURE__ */ new Map();
  const errors = [];
  const add = (path, kind, root, named = false) => {
    if (!files.has(path)) files.set(path, { path, display: displayPath(path, cwd), kind, root, ...named ? { named } : {} });
  };
  for (const p of paths2) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (e) {
      errors.push({ file: p, message: describeFsError(e) });
      continue;
    }
    if (stat.isDirectory()) walk(abs, [], /* @__PURE__ */ new Set(), claimer, (path, kind) => add(path, kind, abs));
    else add(abs, claimer.byPath(abs, true) ?? "unknown", dirname(abs), true);
  }
  const sorted = [...files.values()].sort((a, b) => a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
  return { files: sorted, errors };
}
function walk(dir, scopes, visited, claimer, add) {
  let real;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const here = gitignoreScope(dir);
  const active = here ? [...scopes, here] : scopes;
  for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
    if (SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
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
    if (isDir) walk(path, active, visited, claimer, add);
    else if (isFile) {
      const kind = claimer.byPath(path, false) ?? (claimer.byContent && !entry.name.includes(".") ? claimer.byContent(path) : void 0);
      if (kind) add(path, kind);
    }
  }
  visited.delete(real);
}
function gitignoreScope(dir) {
  let text;
  try {
    text = readTextFile(join(dir, ".gitignore"));
  } catch {
    return void 0;
  }
  return { dir, rules: (0, import_ignore.default)().add(text) };
}
function isIgnored(scopes, path, isDir) {
  for (const scope of scopes) {
    const rel = relative(scope.dir, path).split(sep).join("/");
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
    case "ELOOP":
      return "a loop of symbolic links";
    default:
      return err2.message ?? String(e);
  }
}

// src/sources/source.ts
function prepared(module2, kind) {
  if (module2 === void 0) throw new Error(`the ${kind} source's prepare() must be awaited before its load()`);
  return module2;
}
function emptyOutput() {
  return { images: [], containers: [], errors: [], notes: [], files: [], texts: /* @__PURE__ */ new Map() };
}
function* eachFile(files, read) {
  for (const file of files) {
    const out2 = emptyOutput();
    read(file, out2);
    yield out2;
  }
}

// src/runtime/mount-spec.ts
import { posix, isAbsolute, resolve as resolve2 } from "node:path";

// src/runtime/specs.ts
function normaliseCapability(name2) {
  return name2.trim().toUpperCase().replace(/^CAP_/, "");
}
function parseSecurityOpt(written) {
  const m = /[:=]/.exec(written);
  if (!m) return { key: written.trim().toLowerCase(), value: "" };
  return { key: written.slice(0, m.index).trim().toLowerCase(), value: written.slice(m.index + 1).trim() };
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
var MAX_RANGE = 65536;
function portRange(text) {
  if (!text) return [];
  if (/^\d{1,5}$/.test(text)) {
    const port = Number(text);
    return port <= 65535 ? [port] : [];
  }
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
function portMapping(spec, loc) {
  const p = parsePortSpec(spec);
  return { ...p, targetPorts: portRange(p.target), publishedPorts: portRange(p.published), allInterfaces: allInterfaces(p.hostIp), loc };
}
function parseDeviceSpec(spec) {
  const parts2 = spec.split(":");
  return { host: [0, parts2[0].length], container: parts2[1] || void 0, permissions: parts2[2] || void 0 };
}
function isHostPathSource(source) {
  return /^[./~]/.test(source) || /^([A-Za-z]:[\\/]|\\\\)/.test(source);
}

// src/runtime/mount-spec.ts
function unknownIn(unknown, from, to) {
  return unknown.filter((u) => u.start < to && u.end > from).map((u) => ({ ...u, start: Math.max(0, u.start - from), end: Math.min(to, u.end) - from }));
}
function partOf(spec, from, to) {
  return { text: spec.text.slice(from, to), unknown: unknownIn(spec.unknown, from, to), value: spec.value(from, to) };
}
var WINDOWS_PATH = /^([A-Za-z]:[\\/]|\\\\)/;
function homePathOf(text, unknown, tilde) {
  const first = unknown[0];
  if (first?.home && first.start === 0 && unknown.length === 1) {
    const rest = text.slice(first.end);
    return rest === "" || rest.startsWith("/") ? `~${rest}` : void 0;
  }
  if (unknown.length && tilde === "known-rest") return void 0;
  return text === "~" || text.startsWith("~/") ? text : void 0;
}
function hostPathOf(text, known, baseDir) {
  if (!known || !text || text.startsWith("~")) return void 0;
  if (WINDOWS_PATH.test(text)) return text;
  if (text.startsWith("/")) return posix.resolve(text);
  if (isAbsolute(text)) return resolve2(text);
  return baseDir === void 0 ? void 0 : resolve2(baseDir, text);
}
function isBindSource(text, unknown, rules) {
  if (text.startsWith("/") || text.startsWith("~") || WINDOWS_PATH.test(text)) return true;
  if (rules.relative === "any-dot" && text.startsWith(".")) return true;
  if (rules.relative === "dot-segment" && /^\.\.?(\/|$)/.test(text)) return true;
  const lead = unknown.find((u) => u.start === 0);
  if (!lead) return false;
  return lead.home === true || rules.leadingUnknown === "bind" || text.includes("/");
}
function mountOf(type, source, target, readOnly, propagation, loc, paths2) {
  const bind = type === "bind" && source !== void 0;
  const homePath = bind ? homePathOf(source.text, source.unknown, paths2.tilde) : void 0;
  return {
    type,
    source: source?.value,
    hostPath: bind ? hostPathOf(source.text, !source.value.unresolved?.length, paths2.baseDir) : void 0,
    ...homePath ? { homePath } : {},
    target,
    readOnly,
    propagation,
    loc
  };
}
function splitFields(text, from, separator, quotes) {
  const out2 = [];
  let start2 = from;
  let quoted = false;
  for (let i2 = from; i2 <= text.length; i2++) {
    const ch = text[i2];
    if (quotes && ch === '"') quoted = !quoted;
    if (i2 === text.length || !quoted && separator.test(ch)) {
      if (i2 > start2) out2.push([start2, i2]);
      start2 = i2 + 1;
    }
  }
  return out2;
}
function volumeMount(spec, loc, rules) {
  const text = spec.text;
  const parts2 = colonParts(text);
  if (parts2.length === 1) return { type: "volume", source: void 0, hostPath: void 0, target: spec.value(0, text.length), readOnly: false, propagation: void 0, loc };
  const source = partOf(spec, ...parts2[0]);
  const target = spec.value(...parts2[1]);
  let readOnly = false;
  let propagation;
  const optionsAt = parts2[2]?.[0];
  if (optionsAt !== void 0) {
    for (const [from, to] of splitFields(text, optionsAt, /[,:]/, false)) {
      const opt = text.slice(from, to);
      if (opt === "ro" || opt === "readonly") readOnly = true;
      if (PROPAGATION.has(opt)) propagation = spec.value(from, to);
    }
  }
  const bind = isBindSource(source.text, source.unknown, rules);
  if (!bind) return { type: "volume", source: source.value, hostPath: void 0, target, readOnly, propagation, loc };
  return mountOf("bind", source, target, readOnly, propagation, loc, rules);
}
var BASIC_TYPES = { bind: "bind", volume: "volume", tmpfs: "tmpfs", npipe: "npipe", cluster: "cluster", image: "image" };
var DOCKER_CLI_MOUNT = {
  csvQuotes: true,
  trimValues: false,
  foldTypeCase: true,
  types: { ...BASIC_TYPES, glob: "bind", ramfs: "tmpfs", devpts: "tmpfs" },
  unknownType: "refuse",
  trueWords: /^(true|1|t|yes)$/i
};
var LOCATED_MOUNT = {
  csvQuotes: false,
  trimValues: true,
  foldTypeCase: false,
  types: BASIC_TYPES,
  unknownType: "ignore",
  trueWords: /^(true|1)$/i
};
function mountSpec(spec, loc, dialect, paths2) {
  const text = spec.text;
  let type = "volume";
  let source;
  let target;
  let readOnly = false;
  let propagation;
  let refused;
  for (let [a, b] of splitFields(text, 0, /,/, dialect.csvQuotes)) {
    if (dialect.csvQuotes && b - a >= 2 && text[a] === '"' && text[b - 1] === '"') {
      a++;
      b--;
    }
    const field = text.slice(a, b);
    const eq = field.indexOf("=");
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    let from = a + eq + 1;
    let to = b;
    if (dialect.trimValues && eq >= 0) {
      while (from < to && /\s/.test(text[from])) from++;
      while (to > from && /\s/.test(text[to - 1])) to--;
    }
    const val = eq < 0 ? void 0 : text.slice(from, to);
    switch (key) {
      case "type": {
        if (val === void 0 && dialect.unknownType === "ignore") break;
        const written = dialect.foldTypeCase ? (val ?? "").toLowerCase() : val ?? "";
        const known = Object.hasOwn(dialect.types, written) ? dialect.types[written] : void 0;
        if (known) type = known;
        if (dialect.unknownType === "refuse") refused = known ? void 0 : written;
        break;
      }
      case "source":
      case "src":
        if (val !== void 0) source = partOf(spec, from, to);
        break;
      case "target":
      case "dst":
      case "destination":
        if (val !== void 0) target = spec.value(from, to);
        break;
      case "readonly":
      case "ro":
        readOnly = val === void 0 || dialect.trueWords.test(val);
        break;
      case "bind-propagation":
        if (val !== void 0) propagation = spec.value(from, to);
        break;
    }
  }
  if (refused !== void 0) return { unknownType: refused };
  return mountOf(type, source, target, readOnly, propagation, loc, paths2);
}
function deviceOf(spec, loc) {
  const d = parseDeviceSpec(spec.text);
  return { host: spec.value(...d.host), container: d.container, permissions: d.permissions, loc };
}

// src/sources/common/located-text.ts
function piece(value, offsets, lines, holes = [], raw) {
  const start2 = offsets[0] ?? 0;
  const end = offsets.length ? offsets[offsets.length - 1] + 1 : start2;
  return {
    value,
    raw: raw ?? lines.text.slice(start2, end),
    hasExpansion: holes.length > 0,
    loc: lines.location(start2, end),
    offsets,
    lines,
    holes
  };
}
function slice(p, from, to = p.value.length) {
  const offsets = p.offsets.slice(from, to);
  const holes = p.holes.filter((h) => h.start < to && h.end > from).map((h) => ({ ...h, start: Math.max(0, h.start - from), end: Math.min(to, h.end) - from }));
  const out2 = piece(p.value.slice(from, to), offsets, p.lines, holes);
  if (!offsets.length) {
    const at = p.offsets[from] ?? (p.offsets.length ? p.offsets[p.offsets.length - 1] + 1 : 0);
    out2.loc = p.lines.location(at, at);
  }
  return out2;
}
function valueOf(p, value = p.value) {
  const v = { value, loc: p.loc };
  if (p.holes.length) {
    v.unresolved = p.holes.map((h) => h.name);
    v.interpolated = true;
  }
  return v;
}
function flagValueOf(p) {
  const v = valueOf(p);
  return /^(true|false)$/.test(p.value) && !p.holes.length ? { ...v, value: p.value === "true" } : v;
}
function capability(p) {
  return valueOf(p, normaliseCapability(p.value));
}
function securityOption(p) {
  return { ...parseSecurityOpt(p.value), written: p.value, loc: p.loc };
}
function keyValue(p) {
  const eq = p.value.indexOf("=");
  const name2 = slice(p, 0, eq < 0 ? p.value.length : eq);
  return { name: { value: name2.value, loc: name2.loc }, value: eq < 0 ? void 0 : valueOf(slice(p, eq + 1)), loc: p.loc };
}
function portMapping2(p) {
  return portMapping(p.value, p.loc);
}
function device(p) {
  return deviceOf(specText(p), p.loc);
}
function specText(p) {
  return { text: p.value, unknown: p.holes, value: (from, to) => valueOf(slice(p, from, to)) };
}
function specPart(p) {
  return { text: p.value, unknown: p.holes, value: valueOf(p) };
}
function paths(baseDir) {
  return { baseDir, tilde: "known-rest" };
}
function volumeMount2(p, baseDir) {
  return volumeMount(specText(p), p.loc, { relative: baseDir !== void 0 ? "dot-segment" : "volume-name", leadingUnknown: "bind-with-slash", ...paths(baseDir) });
}
function mountSpec2(p, baseDir) {
  return mountSpec(specText(p), p.loc, LOCATED_MOUNT, paths(baseDir));
}
function mountOf2(type, source, target, readOnly, propagation, loc, baseDir) {
  return mountOf(type, source ? specPart(source) : void 0, target ? valueOf(target) : void 0, readOnly, propagation, loc, paths(baseDir));
}

// src/shell.ts
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

// node_modules/web-tree-sitter/tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
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
    var readyPromise = new Promise((resolve3, reject) => {
      readyPromiseResolve = resolve3;
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
            return new Promise((resolve3, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve3(xhr.response);
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
        return new Promise((resolve3, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve3(mod.exports);
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
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
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
      var str = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
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
        var value = exports[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value == "function") {
            GOT[symName].value = addFunction(value);
          } else if (typeof value == "number") {
            GOT[symName].value = value;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports) {
        var value = exports[e];
        if (typeof value == "object") {
          value = value.value;
        }
        if (typeof value == "number") {
          value += memoryBase2;
        }
        relocated[e] = value;
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
          var value = resolveGlobalSymbol(symName, true).sym;
          if (!value && !entry.required) {
            continue;
          }
          if (typeof value == "function") {
            entry.value = addFunction(value, value.sig);
          } else if (typeof value == "number") {
            entry.value = value;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value}`);
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
    function setValue(ptr, value, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value;
          break;
        case "i8":
          HEAP8[ptr] = value;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
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
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
      var len = 0;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var c = str.charCodeAt(i2);
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
    var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var u = str.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i2);
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
    var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
      var size = lengthBytesUTF8(str) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str;
        str += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str.charCodeAt(i2);
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
  const here = dirname2(fileURLToPath(import.meta.url));
  const local = join2(here, file);
  if (existsSync(local)) return local;
  return createRequire(import.meta.url).resolve(pkgPath);
}
function seaAsset(file) {
  const sea = process.getBuiltinModule?.("node:sea");
  return sea?.isSea() ? new Uint8Array(sea.getAsset(file)) : void 0;
}
async function initShellParser() {
  if (parser) return;
  setFlagsFromString("--liftoff-only");
  const runtimeBytes = seaAsset("tree-sitter.wasm");
  if (runtimeBytes) await Parser.init({ wasmBinary: runtimeBytes });
  else {
    const runtimeWasm = findWasm("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtimeWasm });
  }
  const bash = await Language.load(seaAsset("tree-sitter-bash.wasm") ?? findWasm("tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm"));
  const p = new Parser();
  p.setLanguage(bash);
  parser = p;
}
function requireParser() {
  if (!parser) throw new Error("initShellParser() must be awaited before shell text is parsed");
  return parser;
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"]);
var cache = /* @__PURE__ */ new Map();
var cachedChars = 0;
var cacheLimit = 1 << 19;
var CACHE_TEXT_MAX = 1 << 15;
function parsedText(text) {
  const hit = cache.get(text);
  if (hit) {
    shellParseStats.cacheHits++;
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const cacheable = cacheLimit > 0 && text.length <= CACHE_TEXT_MAX;
  const own = cacheable ? ownString(text) : text;
  const parsed = parseText(own);
  if (cacheable) {
    cache.set(own, parsed);
    cachedChars += text.length;
    for (const key of cache.keys()) {
      if (cachedChars <= cacheLimit) break;
      cache.delete(key);
      cachedChars -= key.length;
    }
  }
  return parsed;
}
var MAX_PARSE_CHARS = 16384;
var MAX_PARSE_OPERATORS = 512;
var MAX_SHELL_COMMANDS = 2e4;
var shellParseStats = { parses: 0, chars: 0, maxChars: 0, nodes: 0, cacheHits: 0 };
function isOperator(code) {
  return code === 40 || code === 41 || code === 59 || code === 38 || code === 124 || code === 60 || code === 62 || code === 96;
}
function countOperators(text, start2 = 0, end = text.length) {
  let n = 0;
  for (let i2 = start2; i2 < end; i2++) {
    const c = text.charCodeAt(i2);
    if (isOperator(c) || c === 36 && (text.charCodeAt(i2 + 1) === 123 || text.charCodeAt(i2 + 1) === 40)) n++;
  }
  return n;
}
function parseText(original) {
  const text = original.includes("\r") ? original.replace(/\r(?!\n)/g, "\n") : original;
  const whole = text.length <= MAX_PARSE_CHARS && countOperators(text) <= MAX_PARSE_OPERATORS;
  let plan;
  try {
    plan = whole ? void 0 : planPieces(text);
  } catch (e) {
    if (e instanceof ShellLimitError) return { commands: [], hasError: true, error: e.message };
    throw e;
  }
  const pieces = plan && !(plan.pieces.length === 1 && !plan.truncated && text.length <= MAX_PARSE_CHARS) ? plan.pieces : [[0, text.length]];
  const commands = [];
  let hasError = plan ? plan.truncated || plan.badGap : false;
  for (const [start2, end] of pieces) {
    const piece2 = start2 === 0 && end === text.length ? text : text.slice(start2, end);
    const tree = parseOnce(piece2);
    if (!tree) {
      hasError = true;
      continue;
    }
    const cursor = tree.walk();
    try {
      const treeHasError = cursor.currentNode.hasError;
      new Walker(piece2, start2, commands, cursor, treeHasError, grammarOf(tree.language)).walk(void 0);
      hasError ||= treeHasError;
    } catch (e) {
      if (e instanceof ShellLimitError) return { commands: [], hasError: true, error: e.message };
      throw e;
    } finally {
      cursor.delete();
      tree.delete();
    }
  }
  return { commands, hasError };
}
function parseOnce(text) {
  shellParseStats.parses++;
  shellParseStats.chars += text.length;
  if (text.length > shellParseStats.maxChars) shellParseStats.maxChars = text.length;
  return requireParser().parse(text);
}
var OPENERS = /* @__PURE__ */ new Set(["if", "case", "for", "while", "until", "select", "{"]);
var CLOSERS = /* @__PURE__ */ new Set(["fi", "esac", "done", "}"]);
var LEADERS = /* @__PURE__ */ new Set(["then", "do", "else", "elif", "if", "while", "until", "!", "{", "}", "fi", "done", "esac", "time"]);
var WORD_END = /[\s;&|<>()'"\\`$]/;
function statementsBetween(text, list) {
  let n = 0;
  let from = 0;
  for (const b of [...list, { start: text.length, end: text.length }]) {
    let i2 = from;
    while (i2 < b.start && (text.charCodeAt(i2) === 32 || text.charCodeAt(i2) === 9 || text.charCodeAt(i2) === 10)) i2++;
    if (i2 < b.start && text[i2] !== "#") n++;
    from = b.end;
  }
  return n;
}
function boundaries(text) {
  const list = [];
  const n = text.length;
  let i2 = 0;
  let ops = 0;
  let depth = 0;
  let parens = 0;
  const opened = [];
  let substitutions = 0;
  const open = (substitution) => {
    parens++;
    opened.push(substitution);
    if (substitution && ++substitutions > MAX_SHELL_NESTING) throw new ShellLimitError(nestingMessage);
  };
  const close = () => {
    if (parens === 0) return;
    parens--;
    if (opened.pop()) substitutions--;
  };
  let braces = 0;
  let backtick = false;
  let commandPosition = true;
  const heredocs = [];
  const add = (start2, end) => {
    if (braces === 0 && !backtick) list.push({ start: start2, end, top: depth === 0 && parens === 0, opsBefore: ops });
  };
  while (i2 < n) {
    const c = text[i2];
    if (c === "\\") {
      i2 += 2;
      commandPosition = false;
      continue;
    }
    if (c === "'" || c === "$" && text[i2 + 1] === "'") {
      const escapes = c === "$";
      let j2 = i2 + (escapes ? 2 : 1);
      while (j2 < n && text[j2] !== "'") j2 += escapes && text[j2] === "\\" ? 2 : 1;
      i2 = j2 + 1;
      commandPosition = false;
      continue;
    }
    if (c === '"') {
      let j2 = i2 + 1;
      while (j2 < n && text[j2] !== '"') {
        if (text[j2] === "\\") j2++;
        else if (text[j2] === "`" || text[j2] === "$" && (text[j2 + 1] === "(" || text[j2 + 1] === "{")) ops++;
        j2++;
      }
      i2 = j2 + 1;
      commandPosition = false;
      continue;
    }
    if (c === "$" && (text[i2 + 1] === "{" || text[i2 + 1] === "(")) {
      ops++;
      if (text[i2 + 1] === "{") braces++;
      else open(true);
      i2 += 2;
      commandPosition = text[i2 - 1] === "(";
      continue;
    }
    if (c === "}" && braces > 0) {
      braces--;
      i2++;
      continue;
    }
    if (c === "`") {
      ops++;
      backtick = !backtick;
      commandPosition = backtick;
      i2++;
      continue;
    }
    if (c === "#" && (i2 === 0 || /[\s;&|()]/.test(text[i2 - 1]))) {
      const eol = text.indexOf("\n", i2);
      i2 = eol < 0 ? n : eol;
      continue;
    }
    if (c === "\n") {
      let end = i2 + 1;
      if (heredocs.length) {
        let line = i2 + 1;
        for (const { delimiter, strip } of heredocs.splice(0)) {
          while (line < n) {
            const eol = text.indexOf("\n", line);
            const lineEnd = eol < 0 ? n : eol;
            let body2 = text.slice(line, lineEnd);
            if (body2.endsWith("\r")) body2 = body2.slice(0, -1);
            line = lineEnd + 1;
            if ((strip ? body2.replace(/^\t+/, "") : body2) === delimiter) break;
          }
        }
        i2 = Math.min(line, n) - 1;
        end = i2 + 1;
        if (i2 >= n - 1 && text[i2] !== "\n") {
          i2 = n;
          break;
        }
      }
      add(i2, end);
      i2 = end;
      commandPosition = true;
      continue;
    }
    if (c === ";" || c === "&" || c === "|") {
      const next = text[i2 + 1];
      if (c === "&" && next === ">") {
        ops += 2;
        i2 += 2;
        continue;
      }
      const len = next === c || c === "|" && next === "&" || c === ";" && next === "&" ? 2 : 1;
      const op = text.slice(i2, i2 + len);
      if (op === ";" || op === "&" || op === "&&" || op === "||") add(i2, i2 + len);
      ops += len;
      i2 += len;
      commandPosition = true;
      continue;
    }
    if (c === "(") {
      ops++;
      open(false);
      i2++;
      commandPosition = true;
      continue;
    }
    if (c === ")") {
      ops++;
      close();
      i2++;
      commandPosition = true;
      continue;
    }
    if (c === "<" || c === ">") {
      ops++;
      if (text[i2 + 1] === "(") {
        ops++;
        open(true);
        i2 += 2;
        commandPosition = true;
        continue;
      }
      if (c === "<" && text[i2 + 1] === "<" && text[i2 + 2] !== "<") {
        ops++;
        let j2 = i2 + 2;
        const strip = text[j2] === "-";
        if (strip) j2++;
        while (text[j2] === " " || text[j2] === "	") j2++;
        let k = j2;
        while (k < n && !/[\s;&|<>()]/.test(text[k])) k++;
        const delimiter = text.slice(j2, k).replace(/["'\\]/g, "");
        if (delimiter && !/^\d+$/.test(delimiter)) heredocs.push({ delimiter, strip });
        i2 = k;
        commandPosition = false;
        continue;
      }
      const next = text[i2 + 1];
      i2 += next === "&" || next === "|" || next === ">" ? 2 : 1;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      i2++;
      continue;
    }
    let j = i2 + 1;
    while (j < n && !WORD_END.test(text[j]) && !(braces > 0 && text[j] === "}")) j++;
    const word = text.slice(i2, j);
    const whole = j >= n || /[\s;&|()<>]/.test(text[j]);
    if (commandPosition && whole) {
      if (OPENERS.has(word)) depth++;
      else if (CLOSERS.has(word) && depth > 0) depth--;
    }
    commandPosition = whole && LEADERS.has(word);
    i2 = j;
  }
  return { list, ops };
}
function planPieces(text) {
  const { list, ops: total } = boundaries(text);
  if (list.length >= MAX_SHELL_COMMANDS && statementsBetween(text, list) > MAX_SHELL_COMMANDS) throw new ShellLimitError(`more than ${MAX_SHELL_COMMANDS.toLocaleString("en-US")} commands in one shell text: not linted`);
  const pieces = [];
  let truncated = false;
  const statements = [];
  let start2 = 0;
  let opsStart = 0;
  let inner = [];
  for (const b of [...list, { start: text.length, end: text.length, top: true, opsBefore: total }]) {
    if (!b.top) {
      inner.push(b);
      continue;
    }
    statements.push({ start: start2, end: b.start, opsStart, opsEnd: b.opsBefore, inner });
    start2 = b.end;
    opsStart = b.opsBefore + countOperators(text, b.start, b.end);
    inner = [];
  }
  const trimmed = (s) => {
    let a = s.start;
    let z = s.end;
    while (a < z && /\s/.test(text[a])) a++;
    while (z > a && /\s/.test(text[z - 1])) z--;
    return a < z ? { ...s, start: a, end: z } : void 0;
  };
  const fits = (start3, end, ops) => end - start3 <= MAX_PARSE_CHARS && ops <= MAX_PARSE_OPERATORS;
  let current;
  const flush = () => {
    if (current) pieces.push([current.start, current.end]);
    current = void 0;
  };
  const pack = (s, level) => {
    if (current && fits(current.start, s.end, s.opsEnd - current.opsStart)) {
      current = { ...current, end: s.end, opsEnd: s.opsEnd };
      return;
    }
    flush();
    if (fits(s.start, s.end, s.opsEnd - s.opsStart)) {
      current = s;
      return;
    }
    if (level === 0 && s.inner.length) {
      let a = s.start;
      let opsA = s.opsStart;
      for (const b of [...s.inner, { start: s.end, end: s.end, top: true, opsBefore: s.opsEnd }]) {
        const part = trimmed({ start: a, end: b.start, opsStart: opsA, opsEnd: b.opsBefore, inner: [] });
        if (part) pack(part, 1);
        a = b.end;
        opsA = b.opsBefore + countOperators(text, b.start, b.end);
      }
      return;
    }
    truncated = true;
    let end = s.start;
    let ops = 0;
    while (end < s.end && end - s.start < MAX_PARSE_CHARS) {
      const c = text.charCodeAt(end);
      if (isOperator(c) || c === 36 && (text.charCodeAt(end + 1) === 123 || text.charCodeAt(end + 1) === 40)) {
        if (ops === MAX_PARSE_OPERATORS) break;
        ops++;
      }
      end++;
    }
    const space = text.slice(s.start, end).search(/\s\S*$/);
    if (space > (end - s.start) / 2) end = s.start + space;
    pieces.push([s.start, end]);
  };
  for (const s of statements) {
    const t = trimmed(s);
    if (t) pack(t, 0);
  }
  flush();
  let badGap = false;
  let at = 0;
  for (let k = 0; k <= pieces.length; k++) {
    const gapEnd = k < pieces.length ? pieces[k][0] : text.length;
    const gap = text.slice(at, gapEnd).replace(/\s+/g, "");
    const allowed = k === 0 ? gap === "" : k === pieces.length ? gap === "" || gap === ";" || gap === "&" : /^(;|&|&&|\|\|)?$/.test(gap);
    if (!allowed) badGap = true;
    if (k < pieces.length) at = pieces[k][1];
  }
  return { pieces, truncated, badGap };
}
var ShellLimitError = class extends Error {
};
var recorder;
function parseShell(source) {
  recorder?.(source);
  const parsed = parsedText(source.text);
  if (parsed.error !== void 0) throw new Error(parsed.error);
  return { commands: withInnerScripts(placed(parsed.commands, source), source.lines), hasError: parsed.hasError };
}
function placed(commands, source) {
  const { offsets, lines } = source;
  const loc = (start2, end) => {
    const s = offsets[start2] ?? offsets[offsets.length - 1] ?? 0;
    const e = end > start2 ? (offsets[end - 1] ?? s) + 1 : s;
    return lines.location(s, e);
  };
  const word = (w) => {
    const out3 = new Array(w.value.length);
    if (typeof w.chars === "number") for (let k = 0; k < out3.length; k++) out3[k] = offsets[w.chars + k] ?? 0;
    else for (let k = 0; k < out3.length; k++) out3[k] = offsets[w.chars[k]] ?? 0;
    return { value: w.value, raw: w.raw, hasExpansion: w.hasExpansion, loc: loc(w.start, w.end), offsets: out3 };
  };
  const out2 = [];
  let piped = false;
  for (const c of commands) {
    const cmd = {
      words: c.words.map(word),
      assignments: c.assignments.length ? c.assignments.map((a) => ({ name: a.name, value: word(a.value) })) : [],
      writes: c.writes.length ? c.writes.map(word) : [],
      loc: loc(c.start, c.end),
      pipedInto: []
    };
    if (c.substitutedInto) cmd.substitutedInto = out2[c.substitutedInto.index];
    if (c.stdinText) cmd.stdinText = word(c.stdinText);
    piped ||= c.pipedInto.length > 0;
    out2.push(cmd);
  }
  if (!piped) return out2;
  const groups = /* @__PURE__ */ new Map();
  for (let i2 = 0; i2 < commands.length; i2++) {
    const c = commands[i2];
    if (c.pipedInto.length === 0) continue;
    let group = groups.get(c.pipedInto);
    if (!group) {
      group = c.pipedInto.map((p) => out2[p.index]);
      groups.set(c.pipedInto, group);
    }
    out2[i2].pipedInto = group;
  }
  return out2;
}
function execFormScript(words, lines) {
  if (words.length === 0) return { commands: [], hasError: false };
  const first = words[0].loc;
  const last = words[words.length - 1].loc;
  const loc = { ...first, endLine: last.endLine, endColumn: last.endColumn };
  const cmd = { words, assignments: [], writes: [], loc, pipedInto: [] };
  return { commands: withInnerScripts([cmd], lines), hasError: false };
}
function withInnerScripts(commands, lines) {
  let all;
  let known;
  const at = (c) => `${c.loc.startLine}:${c.loc.startColumn}:${c.words[0]?.value}`;
  for (const cmd of commands) {
    const script = innerScript(cmd);
    if (!script) continue;
    all ??= [...commands];
    known ??= new Set(commands.map(at));
    for (const inner of parseShell({ text: script.value, offsets: script.offsets, lines }).commands) {
      if (known.has(at(inner))) continue;
      known.add(at(inner));
      all.push(inner);
    }
  }
  return all ?? commands;
}
function innerScript(cmd) {
  const words = cmd.words;
  if (words.length < 3) return void 0;
  const first = basename2(words[0].value);
  if (!wrapperNamed(first) && !SHELLS.has(first) && first !== "su") return void 0;
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const base = basename2(name2.value);
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
var MAX_SHELL_NESTING = 200;
var nestingMessage = `shell commands nested more than ${MAX_SHELL_NESTING} deep ($(\u2026) inside $(\u2026)): not linted`;
var KIND_OF_TYPE = {
  comment: 1 /* Comment */,
  command: 2 /* Command */,
  redirected_statement: 3 /* Redirected */,
  pipeline: 4 /* Pipeline */,
  declaration_command: 5 /* Declaration */,
  variable_assignment: 6 /* Assignment */,
  file_redirect: 7 /* FileRedirect */,
  herestring_redirect: 8 /* HerestringRedirect */,
  heredoc_redirect: 9 /* HeredocRedirect */,
  heredoc_body: 10 /* HeredocBody */,
  command_name: 11 /* CommandName */,
  file_descriptor: 12 /* FileDescriptor */,
  command_substitution: 13 /* Substitution */,
  process_substitution: 13 /* Substitution */,
  simple_expansion: 14 /* Expansion */,
  expansion: 14 /* Expansion */,
  arithmetic_expansion: 14 /* Expansion */,
  subshell: 15 /* Subshell */
};
var LEAF_TYPES = ["word", "ansi_c_string", "comment", "extglob_pattern", "file_descriptor", "heredoc_content", "heredoc_end", "heredoc_start", "raw_string", "regex", "special_variable_name", "string_content", "test_operator", "variable_name"];
var grammar;
function grammarOf(language) {
  if (grammar) return grammar;
  const n = language.types.length;
  const kinds = new Uint8Array(n);
  const named = new Uint8Array(n);
  const leaf = new Uint8Array(n);
  for (let id = 0; id < n; id++) {
    const type = language.types[id];
    if (type === void 0 || !language.nodeTypeIsNamed(id)) continue;
    named[id] = 1;
    kinds[id] = KIND_OF_TYPE[type] ?? 0 /* Other */;
    if (LEAF_TYPES.includes(type)) leaf[id] = 1;
  }
  const fieldId = (name2) => {
    const id = language.fieldIdForName(name2);
    if (id === null || id === -1) throw new Error(`tree-sitter-bash has no field ${name2}`);
    return id;
  };
  grammar = {
    kinds,
    named,
    leaf,
    field: { name: fieldId("name"), argument: fieldId("argument"), value: fieldId("value"), body: fieldId("body"), redirect: fieldId("redirect"), destination: fieldId("destination") }
  };
  return grammar;
}
var WRITE_OPERATORS = /^(>|>>|>\||&>|&>>)$/;
var Walker = class {
  /**
   * `text` is what tree-sitter parsed; it starts at index `base` of the whole text. One cursor
   * walks the whole tree: every method starts on a node and leaves the cursor on it.
   * `hasError`: the tree has ERROR or MISSING nodes (then no shortcut by text is taken).
   */
  constructor(text, base, out2, cursor, hasError, g) {
    this.text = text;
    this.base = base;
    this.out = out2;
    this.cursor = cursor;
    this.hasError = hasError;
    this.kinds = g.kinds;
    this.named = g.named;
    this.leaf = hasError ? void 0 : g.leaf;
    this.field = g.field;
  }
  /** How many substitutions deep the walk is. */
  depth = 0;
  /** How many pipelines deep (inside groups inside pipelines). */
  pipelines = 0;
  kinds;
  named;
  /** Leaf types by id, and only in a tree without errors (`firstChild` asks no cursor about them then). */
  leaf;
  field;
  /** Moves to the first child of the cursor node (of type `id`), if it has one. */
  firstChild(id) {
    if (this.leaf !== void 0 && id < this.leaf.length && this.leaf[id] === 1) return false;
    return this.cursor.gotoFirstChild();
  }
  /**
   * Whether a child of a command (of type `id`, kind `k`: not an assignment, redirect or command
   * name) is a word of it. In a tree without errors every named child but a subshell and a
   * comment is an argument (node-types.json), and no field need be asked for.
   */
  isCommandWord(id, k) {
    if (!this.hasError && k !== 1 /* Comment */ && k !== 15 /* Subshell */ && this.isNamed(id)) return true;
    const f = this.cursor.currentFieldId;
    return f === this.field.name || f === this.field.argument;
  }
  kind(id) {
    return id < this.kinds.length ? this.kinds[id] : 0 /* Other */;
  }
  isNamed(id) {
    return id < this.named.length ? this.named[id] === 1 : true;
  }
  /**
   * In a tree without errors (only asked then) every substitution is written with `$(`, `` ` ``, `<(` or `>(`:
   * text without `(` and `` ` `` has none, and nothing in it needs walking for commands.
   */
  mayHoldCommands(start2, end) {
    const text = this.text;
    for (let i2 = start2; i2 < end; i2++) {
      const c = text.charCodeAt(i2);
      if (c === 40 || c === 96) return true;
    }
    return false;
  }
  /**
   * Iterative over the nodes that only group others (`a && b && …` is a left-nested `list`
   * thousands deep in a long RUN), so a long script cannot overflow the stack; commands,
   * pipelines and declarations are handled where they are met, in source order. Anonymous
   * nodes are neither visited nor descended into.
   */
  walk(parent) {
    const c = this.cursor;
    let depth = 0;
    for (; ; ) {
      const id = c.nodeTypeId;
      let descend = false;
      if (this.isNamed(id)) {
        shellParseStats.nodes++;
        switch (this.kind(id)) {
          case 1 /* Comment */:
            break;
          case 2 /* Command */:
            this.command(parent);
            break;
          case 3 /* Redirected */:
            descend = !this.redirected(parent);
            break;
          case 4 /* Pipeline */:
            this.pipeline(parent);
            break;
          case 5 /* Declaration */:
            this.declaration(parent);
            break;
          default:
            descend = true;
        }
      }
      if (descend && this.firstChild(id)) {
        depth++;
        continue;
      }
      depth = this.past(depth);
      if (depth < 0) return;
    }
  }
  /**
   * Moves the cursor past the current node (not into it) to the next one of a walk that began
   * `depth` levels up: the walk's new depth, or -1 when it has come back to where it began.
   */
  past(depth) {
    const c = this.cursor;
    for (; ; ) {
      if (depth === 0) return -1;
      if (c.gotoNextSibling()) return depth;
      c.gotoParent();
      depth--;
    }
  }
  /** A redirected statement whose body is a command: that command, with the redirects. False for any other body. */
  redirected(parent) {
    const c = this.cursor;
    const { body: body2, redirect } = this.field;
    if (!c.gotoFirstChild()) return false;
    let isCommand;
    do {
      if (c.currentFieldId === body2) {
        isCommand = this.kind(c.nodeTypeId) === 2 /* Command */;
        break;
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    if (!isCommand) return false;
    const b = { words: [], writes: [], assignments: [], stdinText: void 0 };
    let start2 = 0;
    let end = 0;
    let bodySeen = false;
    c.gotoFirstChild();
    do {
      const f = c.currentFieldId;
      if (f === body2 && !bodySeen) {
        bodySeen = true;
        start2 = c.startIndex;
        end = c.endIndex;
        this.commandChildren(b);
      } else if (f === redirect) {
        const k = this.kind(c.nodeTypeId);
        if (k === 7 /* FileRedirect */ || k === 8 /* HerestringRedirect */) this.redirect(b);
        if (k === 9 /* HeredocRedirect */ || k === 8 /* HerestringRedirect */) b.stdinText = this.stdinText(k) ?? b.stdinText;
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    const owner = this.finish(b, start2, end, parent);
    if (!this.hasError && !this.mayHoldCommands(c.startIndex, c.endIndex)) return true;
    bodySeen = false;
    c.gotoFirstChild();
    do {
      const f = c.currentFieldId;
      if (f === body2 && !bodySeen) {
        bodySeen = true;
        this.commandNested(owner);
      } else if (f === redirect) this.walkNestedIfAny(owner);
    } while (c.gotoNextSibling());
    c.gotoParent();
    return true;
  }
  command(parent) {
    const c = this.cursor;
    const b = { words: [], writes: [], assignments: [], stdinText: void 0 };
    const start2 = c.startIndex;
    const end = c.endIndex;
    this.commandChildren(b);
    const owner = this.finish(b, start2, end, parent);
    if (this.hasError || this.mayHoldCommands(start2, end)) this.commandNested(owner);
  }
  /** Pushes the command when it has words; returns what commands nested in it belong to. */
  finish(b, start2, end, parent) {
    if (b.words.length === 0) return parent;
    const cmd = {
      words: b.words,
      assignments: b.assignments,
      writes: b.writes,
      start: this.base + start2,
      end: this.base + end,
      pipedInto: [],
      index: this.out.length
    };
    if (parent) cmd.substitutedInto = parent;
    if (b.stdinText) cmd.stdinText = b.stdinText;
    this.push(cmd);
    return cmd;
  }
  /** The first pass over a command's children (the cursor on the command): words, assignments, redirects. */
  commandChildren(b) {
    const c = this.cursor;
    if (!c.gotoFirstChild()) return;
    do {
      const id = c.nodeTypeId;
      const k = this.kind(id);
      if (k === 6 /* Assignment */) this.assignment(b.assignments);
      else if (k === 7 /* FileRedirect */ || k === 8 /* HerestringRedirect */) {
        this.redirect(b);
        if (k === 8 /* HerestringRedirect */) b.stdinText = this.stdinText(k) ?? b.stdinText;
      } else if (k === 11 /* CommandName */) {
        b.words.push((this.hasError ? this.firstNamedChildWord() : void 0) ?? this.word(id));
      } else if (this.isCommandWord(id, k)) b.words.push(this.word(id));
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  /** The second pass: what the first pass took words from, walked for `$(...)` and `<(...)`. */
  commandNested(owner) {
    const c = this.cursor;
    const { value } = this.field;
    if (!c.gotoFirstChild()) return;
    do {
      const id = c.nodeTypeId;
      const k = this.kind(id);
      if (k === 6 /* Assignment */) {
        if (c.gotoFirstChild()) {
          do {
            if (c.currentFieldId === value) {
              this.walkNestedIfAny(owner);
              break;
            }
          } while (c.gotoNextSibling());
          c.gotoParent();
        }
      } else if (k === 7 /* FileRedirect */ || k === 8 /* HerestringRedirect */ || k === 11 /* CommandName */ || this.isCommandWord(id, k)) this.walkNestedIfAny(owner);
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  /** `NAME=value` (the cursor on the assignment). */
  assignment(out2) {
    const c = this.cursor;
    const end = c.endIndex;
    const { name: nameField, value: valueField } = this.field;
    let name2;
    let value;
    let valueSeen = false;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldId;
        if (f === nameField && name2 === void 0) name2 = this.text.slice(c.startIndex, c.endIndex);
        else if (f === valueField && !valueSeen) {
          valueSeen = true;
          value = this.word();
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (name2 !== void 0) out2.push({ name: name2, value: value ?? this.emptyWord(end) });
  }
  /** The word of the cursor node's first named child, if it has one. */
  firstNamedChildWord() {
    const c = this.cursor;
    if (!c.gotoFirstChild()) return void 0;
    let w;
    do {
      const id = c.nodeTypeId;
      if (this.isNamed(id)) {
        w = this.word(id);
        break;
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    return w;
  }
  pipeline(parent) {
    if (++this.pipelines > MAX_SHELL_NESTING) throw new ShellLimitError(`shell pipelines nested more than ${MAX_SHELL_NESTING} deep: not linted`);
    const c = this.cursor;
    const groups = [];
    try {
      if (c.gotoFirstChild()) {
        do {
          const id = c.nodeTypeId;
          if (!this.isNamed(id) || this.kind(id) === 1 /* Comment */) continue;
          const start2 = this.out.length;
          this.walk(parent);
          const group = [];
          for (let i2 = start2; i2 < this.out.length; i2++) if (this.out[i2].substitutedInto === parent) group.push(this.out[i2]);
          groups.push(group);
        } while (c.gotoNextSibling());
        c.gotoParent();
      }
    } finally {
      this.pipelines--;
    }
    for (let i2 = 0; i2 + 1 < groups.length; i2++) {
      for (const cmd of groups[i2]) cmd.pipedInto = groups[i2 + 1];
    }
  }
  /**
   * `export A=1 B`, `local T=x`, `readonly R=1`: a command named by its keyword whose
   * assignments are recorded like `A=1 cmd` assignments, so rules see the values either way.
   */
  declaration(parent) {
    const c = this.cursor;
    const start2 = c.startIndex;
    const end = c.endIndex;
    if (!c.gotoFirstChild()) return;
    const words = [this.word()];
    const assignments = [];
    let anyAssignment = false;
    do {
      const id = c.nodeTypeId;
      if (!this.isNamed(id)) continue;
      if (this.kind(id) === 6 /* Assignment */) {
        anyAssignment = true;
        this.assignment(assignments);
      } else words.push(this.word(id));
    } while (c.gotoNextSibling());
    c.gotoParent();
    const cmd = {
      words,
      assignments,
      writes: [],
      start: this.base + start2,
      end: this.base + end,
      pipedInto: [],
      index: this.out.length
    };
    if (parent) cmd.substitutedInto = parent;
    this.push(cmd);
    if (!anyAssignment || !this.hasError && !this.mayHoldCommands(start2, end)) return;
    const { value } = this.field;
    c.gotoFirstChild();
    do {
      const id = c.nodeTypeId;
      if (!this.isNamed(id) || this.kind(id) !== 6 /* Assignment */ || !c.gotoFirstChild()) continue;
      do {
        if (c.currentFieldId === value) {
          this.walkNestedIfAny(cmd);
          break;
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  walkNestedIfAny(owner) {
    if (this.hasError || this.mayHoldCommands(this.cursor.startIndex, this.cursor.endIndex)) this.walkNested(owner);
  }
  /**
   * Commands inside a word run through `$(...)`, backticks or `<(...)`. Iterative inside one
   * word (`${a:-${b:-…}}` nests as deep as it is written); each substitution is one level.
   */
  walkNested(owner) {
    const c = this.cursor;
    let depth = 0;
    for (; ; ) {
      const id = c.nodeTypeId;
      let descend = false;
      if (this.isNamed(id)) {
        shellParseStats.nodes++;
        if (this.kind(id) === 13 /* Substitution */) {
          if (++this.depth > MAX_SHELL_NESTING) throw new ShellLimitError(nestingMessage);
          try {
            if (c.gotoFirstChild()) {
              do
                if (this.isNamed(c.nodeTypeId)) this.walk(owner);
              while (c.gotoNextSibling());
              c.gotoParent();
            }
          } finally {
            this.depth--;
          }
        } else descend = true;
      }
      if (descend && this.firstChild(id)) {
        depth++;
        continue;
      }
      depth = this.past(depth);
      if (depth < 0) return;
    }
  }
  push(cmd) {
    if (this.out.length >= MAX_SHELL_COMMANDS) throw new ShellLimitError(`more than ${MAX_SHELL_COMMANDS.toLocaleString("en-US")} commands in one shell text: not linted`);
    this.out.push(cmd);
  }
  /**
   * A file or herestring redirect (the cursor on it). tree-sitter-bash attaches the words after
   * a redirect (`echo >&2 "msg" more`) as extra destinations of that redirect; only the first
   * is the redirect's target, written to when the operator (its first anonymous child) writes.
   */
  redirect(b) {
    const c = this.cursor;
    const { destination } = this.field;
    if (!c.gotoFirstChild()) return;
    let op;
    let first;
    let firstSeen = false;
    do {
      const id = c.nodeTypeId;
      if (op === void 0 && !this.isNamed(id)) op = this.text.slice(c.startIndex, c.endIndex);
      if (c.currentFieldId !== destination) continue;
      if (!firstSeen) {
        firstSeen = true;
        if (op === void 0) first = this.word(id);
        else if (WRITE_OPERATORS.test(op)) b.writes.push(this.word(id));
      } else b.words.push(this.word(id));
    } while (c.gotoNextSibling());
    c.gotoParent();
    if (first && WRITE_OPERATORS.test(op ?? "")) b.writes.push(first);
  }
  /** `<<< text` (the redirect's first named child that is not a file descriptor) or a heredoc's body, taken literally. */
  stdinText(k) {
    const c = this.cursor;
    if (!c.gotoFirstChild()) return void 0;
    let w;
    do {
      const id = c.nodeTypeId;
      if (!this.isNamed(id)) continue;
      const kind = this.kind(id);
      if (k === 9 /* HeredocRedirect */) {
        if (kind !== 10 /* HeredocBody */) continue;
        const s = c.startIndex;
        const e = c.endIndex;
        const body2 = this.text.slice(s, e);
        const start2 = this.base + s;
        w = { value: body2, raw: body2, hasExpansion: false, start: start2, end: this.base + e, chars: start2 };
        break;
      }
      if (kind === 12 /* FileDescriptor */) continue;
      w = this.word(id);
      break;
    } while (c.gotoNextSibling());
    c.gotoParent();
    return w;
  }
  emptyWord(at) {
    return { value: "", raw: "", hasExpansion: false, start: this.base + at, end: this.base + at, chars: this.base + at };
  }
  /** What `word` has emitted so far, as runs of consecutive text indices (most words are one run). */
  value = "";
  runStart = -1;
  runEnd = -1;
  /** Every index emitted (shifted by `base`), once they are not one run any more. */
  indices;
  count = 0;
  first = -1;
  emit(i2) {
    if (i2 === this.runEnd) this.runEnd++;
    else {
      if (this.runStart >= 0) this.value += this.text.slice(this.runStart, this.runEnd);
      if (this.count > 0 && !this.indices) {
        const indices = new Array(this.count);
        for (let k = 0; k < this.count; k++) indices[k] = this.first + k + this.base;
        this.indices = indices;
      }
      this.runStart = i2;
      this.runEnd = i2 + 1;
    }
    if (this.count === 0) this.first = i2;
    if (this.indices) this.indices.push(i2 + this.base);
    this.count++;
  }
  /**
   * The word of the cursor node (`id`: its type id, when the caller has read it): quotes removed
   * the way the shell does, expansions kept as written.
   */
  word(id = -1) {
    const c = this.cursor;
    const start2 = c.startIndex;
    const end = c.endIndex;
    const text = this.text;
    const base = this.base;
    let plain = true;
    let expandable = this.hasError;
    if (!expandable) {
      for (let i3 = start2; i3 < end; i3++) {
        const ch = text.charCodeAt(i3);
        if (ch === 36 || ch === 96 || ch === 40) {
          expandable = true;
          break;
        }
        if (ch === 39 || ch === 34 || ch === 92) plain = false;
      }
    }
    if (!expandable && plain) {
      const raw = text.slice(start2, end);
      return { value: raw, raw, hasExpansion: false, start: base + start2, end: base + end, chars: end > start2 ? base + start2 : base };
    }
    const skips = expandable ? this.expansions(start2, end, id) : void 0;
    this.value = "";
    this.runStart = -1;
    this.runEnd = -1;
    this.indices = void 0;
    this.count = 0;
    this.first = -1;
    let quote = "";
    let i2 = start2;
    let skip = 0;
    while (i2 < end) {
      const expansion = skips !== void 0 && skip < skips.length ? skips[skip] : -1;
      if (expansion >= 0 && expansion === i2 && quote !== "'" && quote !== "$") {
        const expansionEnd = skips[skip + 1];
        for (let j = expansion; j < expansionEnd; j++) this.emit(j);
        i2 = expansionEnd;
        skip += 2;
        continue;
      }
      if (expansion >= 0 && expansion < i2) {
        skip += 2;
        continue;
      }
      const ch = text[i2];
      if (quote === "'" || quote === "$") {
        if (ch === "'") quote = "";
        else if (quote === "$" && ch === "\\" && i2 + 1 < end) {
          this.emit(i2 + 1);
          i2 += 2;
          continue;
        } else this.emit(i2);
        i2++;
        continue;
      }
      if (quote === '"') {
        if (ch === '"') quote = "";
        else if (ch === "\\" && i2 + 1 < end && '$`"\\\n'.includes(text[i2 + 1])) {
          if (text[i2 + 1] !== "\n") this.emit(i2 + 1);
          i2 += 2;
          continue;
        } else this.emit(i2);
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
        if (text[i2 + 1] !== "\n") this.emit(i2 + 1);
        i2 += 2;
        continue;
      } else this.emit(i2);
      i2++;
    }
    if (this.runStart >= 0) this.value += text.slice(this.runStart, this.runEnd);
    const value = this.value;
    const indices = this.indices;
    this.value = "";
    this.indices = void 0;
    return {
      value,
      raw: text.slice(start2, end),
      hasExpansion: skips !== void 0 && skips.length > 0,
      start: base + start2,
      end: base + end,
      chars: indices ?? (this.count === 0 ? base : this.first + base)
    };
  }
  /**
   * The outermost expansions in the cursor node, in source order, as start, end pairs
   * (iterative: words nest deeply); undefined when there are none. A word that is one expansion
   * and nothing else (`$OPTS`, `$(cmd)`) is its own expansion.
   */
  expansions(start2, end, id) {
    const c = this.cursor;
    const k = this.kind(id >= 0 ? id : c.nodeTypeId);
    if (k === 14 /* Expansion */ || k === 13 /* Substitution */) return [start2, end];
    if (!c.gotoFirstChild()) return void 0;
    let out2;
    let depth = 1;
    for (; ; ) {
      const id2 = c.nodeTypeId;
      let descend = false;
      if (this.isNamed(id2)) {
        const kind = this.kind(id2);
        if (kind === 14 /* Expansion */ || kind === 13 /* Substitution */) (out2 ??= []).push(c.startIndex, c.endIndex);
        else descend = true;
      }
      if (descend && this.firstChild(id2)) {
        depth++;
        continue;
      }
      let done = false;
      for (; ; ) {
        if (c.gotoNextSibling()) break;
        c.gotoParent();
        if (--depth === 0) {
          done = true;
          break;
        }
      }
      if (done) return out2;
    }
  }
};
function basename2(path) {
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
function wrapperNamed(base) {
  return Object.hasOwn(WRAPPERS, base) ? WRAPPERS[base] : void 0;
}
function unwrapCommand(cmd) {
  const words = cmd.words;
  const wrappers = [];
  let i2 = 0;
  while (i2 < words.length) {
    const base = basename2(words[i2].value);
    const wrapper = wrapperNamed(base);
    if (!wrapper) break;
    wrappers.push(words[i2]);
    i2++;
    let positional = wrapper.positional ?? 0;
    while (i2 < words.length) {
      const w = words[i2].value;
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
  return { name: words[i2], args: words.slice(i2 + 1), wrappers };
}
function programOf(cmd) {
  const { name: name2 } = unwrapCommand(cmd);
  return name2 ? basename2(name2.value) : void 0;
}
function runsProgram(cmd, program) {
  const { name: name2, wrappers } = unwrapCommand(cmd);
  for (const w of [...wrappers, ...name2 ? [name2] : []]) if (basename2(w.value) === program) return w;
  return void 0;
}
function splitCommandLine(source) {
  const { text, offsets, lines } = source;
  const words = [];
  let value = "";
  let valueOffsets = [];
  let start2 = -1;
  let quote = "";
  const flush = (end) => {
    if (start2 < 0) return;
    const s = offsets[start2] ?? 0;
    const e = (offsets[end - 1] ?? s) + 1;
    words.push({ value, raw: text.slice(start2, end), hasExpansion: false, loc: lines.location(s, e), offsets: valueOffsets });
    value = "";
    valueOffsets = [];
    start2 = -1;
  };
  const emit = (i2) => {
    value += text[i2];
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
  return words;
}

// src/sources/docker-cli/run-flags.ts
var BOOLEAN = /* @__PURE__ */ new Set([
  "detach",
  "disable-content-trust",
  "help",
  "init",
  "interactive",
  "no-healthcheck",
  "oom-kill-disable",
  "privileged",
  "publish-all",
  "quiet",
  "read-only",
  "rm",
  "sig-proxy",
  "tty",
  "use-api-socket",
  // podman
  "env-host",
  "http-proxy",
  "no-hosts",
  "passwd",
  "read-only-tmpfs",
  "replace",
  "rmi",
  "rootfs",
  "tls-verify",
  "unsetenv-all",
  // nerdctl
  "insecure-registry"
]);
var VALUED = /* @__PURE__ */ new Set([
  "add-host",
  "annotation",
  "attach",
  "blkio-weight",
  "blkio-weight-device",
  "cap-add",
  "cap-drop",
  "cgroup-parent",
  "cgroupns",
  "cidfile",
  "cpu-count",
  "cpu-percent",
  "cpu-period",
  "cpu-quota",
  "cpu-rt-period",
  "cpu-rt-runtime",
  "cpu-shares",
  "cpus",
  "cpuset-cpus",
  "cpuset-mems",
  "detach-keys",
  "device",
  "device-cgroup-rule",
  "device-read-bps",
  "device-read-iops",
  "device-write-bps",
  "device-write-iops",
  "dns",
  "dns-opt",
  "dns-option",
  "dns-search",
  "domainname",
  "entrypoint",
  "env",
  "env-file",
  "expose",
  "gpus",
  "group-add",
  "health-cmd",
  "health-interval",
  "health-retries",
  "health-start-interval",
  "health-start-period",
  "health-timeout",
  "hostname",
  "io-maxbandwidth",
  "io-maxiops",
  "ip",
  "ip6",
  "ipc",
  "isolation",
  "kernel-memory",
  "label",
  "label-file",
  "link",
  "link-local-ip",
  "log-driver",
  "log-opt",
  "mac-address",
  "memory",
  "memory-reservation",
  "memory-swap",
  "memory-swappiness",
  "mount",
  "name",
  "network",
  "net",
  "network-alias",
  "net-alias",
  "oom-score-adj",
  "pid",
  "pids-limit",
  "platform",
  "publish",
  "pull",
  "restart",
  "runtime",
  "security-opt",
  "shm-size",
  "stop-signal",
  "stop-timeout",
  "storage-opt",
  "sysctl",
  "tmpfs",
  "ulimit",
  "user",
  "userns",
  "uts",
  "volume",
  "volume-driver",
  "volumes-from",
  "workdir",
  // podman
  "arch",
  "authfile",
  "cert-dir",
  "cgroup-conf",
  "cgroups",
  "chrootdirs",
  "conmon-pidfile",
  "creds",
  "decryption-key",
  "env-merge",
  "gidmap",
  "group-entry",
  "health-log-destination",
  "health-max-log-count",
  "health-max-log-size",
  "health-on-failure",
  "health-startup-cmd",
  "health-startup-interval",
  "health-startup-retries",
  "health-startup-success",
  "health-startup-timeout",
  "hostuser",
  "hosts-file",
  "image-volume",
  "init-path",
  "os",
  "passwd-entry",
  "personality",
  "pod",
  "pod-id-file",
  "preserve-fd",
  "preserve-fds",
  "rdt-class",
  "requires",
  "retry",
  "retry-delay",
  "sdnotify",
  "seccomp-policy",
  "secret",
  "shm-size-systemd",
  "subgidname",
  "subuidname",
  "systemd",
  "timezone",
  "uidmap",
  "umask",
  "unsetenv",
  "variant",
  // nerdctl
  "cosign-key",
  "ipfs-address",
  "pidfile",
  "verify"
]);
var SHORT = {
  a: "attach",
  c: "cpu-shares",
  d: "detach",
  e: "env",
  h: "hostname",
  i: "interactive",
  l: "label",
  m: "memory",
  p: "publish",
  P: "publish-all",
  q: "quiet",
  t: "tty",
  u: "user",
  v: "volume",
  w: "workdir"
};
function readRunArguments(args2, base) {
  const container = defaultContainer(base.kind, base.name, base.title, base.file);
  const notes = [];
  const note = (at, message) => notes.push({ file: at.file, line: at.startLine, column: at.startColumn, message: `${base.title}: ${message}` });
  const given = [];
  let image;
  let command = [];
  let i2 = 0;
  for (; i2 < args2.length; i2++) {
    const w = args2[i2];
    const v = w.value;
    if (v === "--") {
      i2++;
      break;
    }
    if (!v.startsWith("-") || v === "-") {
      if (expands(w) && startsWithExpansion(w) && mayBeOptions(w, args2[i2 + 1])) {
        note(w.loc, `${w.raw} may hold options that are not read; settings it gives are not checked`);
        continue;
      }
      break;
    }
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      const name2 = eq < 0 ? v.slice(2) : v.slice(2, eq);
      if (BOOLEAN.has(name2)) {
        given.push(eq < 0 ? { name: name2, written: `--${name2}`, flag: w, text: "true", word: w, at: v.length, loc: w.loc, bare: true } : { name: name2, written: `--${name2}`, flag: w, text: v.slice(eq + 1), word: w, at: eq + 1, loc: w.loc });
      } else if (VALUED.has(name2)) {
        if (eq >= 0) given.push({ name: name2, written: `--${name2}`, flag: w, text: v.slice(eq + 1), word: w, at: eq + 1, loc: w.loc });
        else if (i2 + 1 < args2.length) {
          const next = args2[++i2];
          given.push({ name: name2, written: `--${name2}`, flag: w, text: next.value, word: next, at: 0, loc: span(w.loc, next.loc) });
        } else note(w.loc, `${v} has no value`);
      } else if (expands(w) && name2.includes("$")) {
        note(w.loc, `${w.raw} is an option isolint cannot read (it is built from a variable); settings it gives are not checked`);
      } else {
        note(w.loc, `unknown option ${v.slice(0, eq < 0 ? v.length : eq)}; if it takes a value, the image and command after it may be misread`);
      }
      continue;
    }
    for (let j = 1; j < v.length; j++) {
      const letter = v[j];
      const name2 = SHORT[letter];
      if (!name2) {
        note(w.loc, expands(w) && letter === "$" ? `${w.raw} is an option isolint cannot read (it is built from a variable); settings it gives are not checked` : `unknown option -${letter} in ${v}; the rest of the line may be misread`);
        break;
      }
      if (BOOLEAN.has(name2)) {
        if (v[j + 1] === "=") {
          given.push({ name: name2, written: `-${letter}`, flag: w, text: v.slice(j + 2), word: w, at: j + 2, loc: w.loc });
          break;
        }
        given.push({ name: name2, written: `-${letter}`, flag: w, text: "true", word: w, at: v.length, loc: w.loc, bare: true });
        continue;
      }
      const rest = j + 1 < v.length ? v[j + 1] === "=" ? j + 2 : j + 1 : -1;
      if (rest >= 0) given.push({ name: name2, written: `-${letter}`, flag: w, text: v.slice(rest), word: w, at: rest, loc: w.loc });
      else if (i2 + 1 < args2.length) {
        const next = args2[++i2];
        given.push({ name: name2, written: `-${letter}`, flag: w, text: next.value, word: next, at: 0, loc: span(w.loc, next.loc) });
      } else note(w.loc, `-${letter} has no value`);
      break;
    }
  }
  if (i2 < args2.length) {
    image = args2[i2];
    command = args2.slice(i2 + 1);
  }
  const reader = new Reader(container, base, note);
  for (const g of given) reader.apply(g);
  reader.finish(command);
  if (image) container.image = valueOf2(image, image.value, image.loc);
  return { container, notes, ...image ? { image } : {}, command };
}
function mayBeOptions(w, next) {
  const name2 = /^\$\{?([A-Za-z_][A-Za-z0-9_]*|[@*])/.exec(w.value)?.[1] ?? "";
  if (/^[@*]$/.test(name2) || /\[[@*]\]/.test(w.value)) return next !== void 0;
  if (/image|img|tag|repo|ref/i.test(name2)) return false;
  if (/opt|arg|flag|param|extra/i.test(name2)) return true;
  return false;
}
function startsWithExpansion(w) {
  return /^(\$|`)/.test(w.value);
}
function expands(w) {
  return w.hasExpansion || /^(\$[{(A-Za-z_@*#?$!0-9-]|`)/.test(w.raw);
}
function span(a, b) {
  return { file: a.file, startLine: a.startLine, startColumn: a.startColumn, endLine: b.endLine, endColumn: b.endColumn };
}
function expansionsIn(text) {
  const out2 = [];
  const re = /\$\{([A-Za-z_][A-Za-z0-9_]*|[@*#?$!0-9-])|\$\(([A-Za-z_][A-Za-z0-9_]*)\)|\$([A-Za-z_][A-Za-z0-9_]*|[@*#?$!0-9-])|\$\(|`/g;
  for (const m of text.matchAll(re)) {
    const name2 = m[1] ?? m[2] ?? m[3] ?? "$(\u2026)";
    if (!out2.includes(name2)) out2.push(name2);
  }
  return out2;
}
function valueOf2(word, value, loc, text = word.value) {
  const v = { value, loc };
  if (expands(word)) {
    const names = expansionsIn(text);
    if (names.length) {
      v.unresolved = names;
      v.interpolated = true;
    }
  }
  return v;
}
function expansionSpans(text) {
  const out2 = [];
  const re = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)|\$\{[^}]*\}?|\$\([^)]*\)?|`[^`]*`?|\$[@*#?$!0-9-]?/g;
  for (const m of text.matchAll(re)) {
    const name2 = m[1] ?? m[2];
    out2.push({ start: m.index, end: m.index + m[0].length, ...name2 === "HOME" ? { home: true } : {} });
  }
  return out2;
}
var DOCKER_RUN_VOLUME = { relative: "any-dot", leadingUnknown: "bind", baseDir: void 0, tilde: "any-rest" };
var TRUE_WORDS = /^(true|1|t|yes)$/i;
var FALSE_WORDS = /^(false|0|f|no)$/i;
var Reader = class {
  constructor(c, base, note) {
    this.c = c;
    this.base = base;
    this.note = note;
  }
  publishAll;
  cpuQuota;
  /** The value at its flag: from the flag to the end of the value. */
  value(g) {
    return valueOf2(g.word, g.text, g.loc, g.text);
  }
  /** Characters [from, to) of the value, located at those characters when the file's lines are known. */
  part(g, from, to) {
    const text = g.text.slice(from, to);
    return valueOf2(g.word, text, this.partLoc(g, from, to), text);
  }
  partLoc(g, from, to) {
    const lines = this.base.lines;
    const offsets = g.word.offsets;
    const s = offsets[g.at + from];
    const e = offsets[g.at + Math.max(from, to - 1)];
    if (!lines || s === void 0 || e === void 0 || to <= from) return g.word === g.flag ? g.loc : g.word.loc;
    return lines.location(s, e + 1);
  }
  /** The value as the mount and device readers take it (src/runtime/mount-spec.ts). */
  spec(g) {
    return { text: g.text, unknown: expansionSpans(g.text), value: (from, to) => this.part(g, from, to) };
  }
  boolean(g) {
    if (g.bare) return { value: true, loc: g.loc };
    const v = valueOf2(g.word, g.text, g.loc, g.text);
    if (!v.unresolved) {
      if (TRUE_WORDS.test(g.text)) v.value = true;
      else if (FALSE_WORDS.test(g.text)) v.value = false;
    }
    return v;
  }
  apply(g) {
    const c = this.c;
    switch (g.name) {
      case "privileged":
        c.privileged = this.boolean(g);
        return;
      case "read-only":
        c.readOnly = this.boolean(g);
        return;
      case "oom-kill-disable":
        c.oomKillDisable = this.boolean(g);
        return;
      case "no-healthcheck":
        if (this.boolean(g).value === true) c.healthcheck = { loc: g.loc, disabled: true, hasTest: false };
        return;
      case "health-cmd":
        c.healthcheck = { loc: g.loc, disabled: /^none$/i.test(g.text.trim()), hasTest: true };
        return;
      case "publish-all":
        if (this.boolean(g).value === true) this.publishAll = g;
        return;
      case "use-api-socket":
        if (this.boolean(g).value === true) {
          const at = { value: "/var/run/docker.sock", loc: g.loc };
          c.mounts.push({ type: "bind", source: at, hostPath: "/var/run/docker.sock", target: at, readOnly: false, propagation: void 0, loc: g.loc });
        }
        return;
      case "user":
        c.user = this.value(g);
        return;
      case "pid":
      case "ipc":
      case "uts":
      case "userns":
        c[g.name] = this.value(g);
        return;
      case "cgroupns":
        c.cgroup = this.value(g);
        return;
      case "network":
      case "net": {
        const v = this.value(g);
        if (!c.networkMode || /^(host|container:)/i.test(g.text)) c.networkMode = v;
        return;
      }
      case "cap-add":
      case "cap-drop": {
        const list = g.name === "cap-add" ? c.capAdd : c.capDrop;
        for (const [from, to] of splitFields(g.text, 0, /,/, true)) {
          const cap = this.part(g, from, to);
          cap.value = normaliseCapability(cap.value);
          if (cap.value && !list.some((x) => x.value === cap.value)) list.push(cap);
        }
        return;
      }
      case "security-opt": {
        const opt = { ...parseSecurityOpt(g.text), written: g.text, loc: g.loc };
        c.securityOpt.push(opt);
        return;
      }
      case "device":
        c.devices.push(deviceOf(this.spec(g), g.loc));
        return;
      case "device-cgroup-rule":
        c.deviceCgroupRules.push(this.value(g));
        return;
      case "sysctl":
      case "env":
        (g.name === "sysctl" ? c.sysctls : c.environment).push(this.keyValue(g));
        return;
      case "env-file":
        this.note(g.loc, `the variables of ${g.text} (${g.written}) are not read`);
        return;
      case "volume":
        c.mounts.push(volumeMount(this.spec(g), g.loc, DOCKER_RUN_VOLUME));
        return;
      case "mount": {
        const m = mountSpec(this.spec(g), g.loc, DOCKER_CLI_MOUNT, DOCKER_RUN_VOLUME);
        if ("unknownType" in m) this.note(g.loc, `--mount type=${m.unknownType} is not a mount type isolint knows; not checked`);
        else c.mounts.push(m);
        return;
      }
      case "tmpfs": {
        const colon = g.text.indexOf(":");
        const options = colon < 0 ? [] : g.text.slice(colon + 1).split(",");
        c.mounts.push({ type: "tmpfs", source: void 0, hostPath: void 0, target: this.part(g, 0, colon < 0 ? g.text.length : colon), readOnly: options.includes("ro"), propagation: void 0, loc: g.loc });
        return;
      }
      case "pids-limit":
        c.limits.pids = this.value(g);
        return;
      case "memory":
        c.limits.memory = this.value(g);
        return;
      case "cpus":
        c.limits.cpus = this.value(g);
        return;
      case "cpu-quota":
        this.cpuQuota = this.value(g);
        return;
      case "publish":
        c.ports.push(portMapping(g.text, g.loc));
        return;
      case "expose":
        c.expose.push(this.value(g));
        return;
      case "runtime":
        c.runtime = this.value(g);
        return;
      case "platform":
        c.platform = this.value(g);
        return;
      case "isolation":
        c.isolation = this.value(g);
        return;
      case "name":
        c.containerName = this.value(g);
        return;
      case "entrypoint":
        c.entrypoint = g.text === "" ? void 0 : this.commandSpec([g.word === g.flag ? { ...g.word, value: g.text, offsets: g.word.offsets.slice(g.at) } : g.word]);
        return;
    }
  }
  finish(command) {
    const c = this.c;
    if (!c.limits.cpus && this.cpuQuota) c.limits.cpus = this.cpuQuota;
    if (command.length) c.command = this.commandSpec(command);
    if (this.publishAll) {
      for (const e of c.expose) {
        const spec = parsePortSpec(e.value);
        c.ports.push({ hostIp: void 0, published: void 0, target: spec.target, targetPorts: portRange(spec.target), publishedPorts: [], protocol: spec.protocol, allInterfaces: true, loc: e.loc });
      }
    }
  }
  keyValue(g) {
    const eq = g.text.indexOf("=");
    const name2 = this.part(g, 0, eq < 0 ? g.text.length : eq);
    return { name: { value: name2.value, loc: name2.loc }, value: eq < 0 ? void 0 : this.part(g, eq + 1, g.text.length), loc: g.loc };
  }
  commandSpec(words) {
    const loc = span(words[0].loc, words[words.length - 1].loc);
    const script = this.base.lines ? execFormScript(words, this.base.lines) : { commands: [{ words, assignments: [], writes: [], loc, pipedInto: [] }], hasError: false };
    return { loc, written: { value: words.map((w) => w.value), loc }, script };
  }
};

// src/sources/docker-cli/run-arguments.ts
function applyRunArguments(args2, base, container) {
  if (!args2.length) return { container, notes: [] };
  const lines = args2[0].lines;
  const read = readRunArguments(args2.map(asShellWord), { ...base, lines });
  return { container: overlay(container, read.container), notes: read.notes };
}
var OWN = /* @__PURE__ */ new Set(["kind", "name", "title", "file"]);
function overlay(under, over) {
  const out2 = { ...under, limits: { ...under.limits } };
  const top = over;
  for (const key of Object.keys(top)) {
    if (OWN.has(key)) continue;
    const v = top[key];
    if (key === "limits") {
      for (const [k, lv] of Object.entries(v)) if (lv !== void 0) out2.limits[k] = lv;
    } else if (Array.isArray(v)) out2[key] = [...out2[key] ?? [], ...v];
    else if (v !== void 0) out2[key] = v;
  }
  return out2;
}
function asShellWord(p) {
  if (!p.holes.length) return { value: p.value, raw: p.raw, hasExpansion: false, loc: p.loc, offsets: p.offsets };
  let value = "";
  const offsets = [];
  let at = 0;
  for (const h of [...p.holes].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    value += p.value.slice(at, h.start);
    offsets.push(...p.offsets.slice(at, h.start));
    const name2 = h.home ? "HOME" : h.name.replace(/^[$%]\{*|\}*$/g, "").trim().replace(/\W+/g, "_").replace(/^(?=\d)/, "_") || "VALUE";
    const text = h.home ? "$HOME" : `\${${name2}}`;
    value += text;
    const where = p.offsets[h.start] ?? p.offsets[p.offsets.length - 1] ?? 0;
    for (let i2 = 0; i2 < text.length; i2++) offsets.push(where);
    at = h.end;
  }
  value += p.value.slice(at);
  offsets.push(...p.offsets.slice(at));
  return { value, raw: p.raw, hasExpansion: true, loc: p.loc, offsets };
}

// src/linear.ts
function isLineTerminator(ch) {
  return ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";
}
var WHITESPACE = /\s/;
function isWhitespace(ch) {
  return ch !== void 0 && WHITESPACE.test(ch);
}
function trimTrailingSlashes(s) {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 47) end--;
  return s.slice(0, end);
}
var DIRECTIVE = /#\s*isolint-ignore\b/;
function withoutSuppressionComment(line) {
  let from = line.length;
  while (from > 0 && !isLineTerminator(line[from - 1])) from--;
  let hash = from;
  while (hash > 0 && isWhitespace(line[hash - 1])) hash--;
  if (hash > 0 && hash < from && line[hash - 1] === "#") from = hash - 1;
  const at = line.slice(from).search(DIRECTIVE);
  if (at < 0) return line;
  let start2 = from + at;
  while (start2 > 0 && isWhitespace(line[start2 - 1])) start2--;
  return line.slice(0, start2);
}
function wordLineIndex(text, word) {
  const m = new RegExp(`^[^\\S\\n\\r\\u2028\\u2029]*${word}[^\\S\\n\\r\\u2028\\u2029]*$`, "m").exec(text);
  if (!m) return -1;
  let best = m.index;
  for (let p = m.index; p > 0 && isWhitespace(text[p - 1]); ) {
    p--;
    if (p === 0 || isLineTerminator(text[p - 1])) best = p;
  }
  return best;
}

// src/image/parse.ts
var import_dockerfile_ast2 = __toESM(require_main(), 1);

// src/image/ast-cache.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
function cacheOn(proto, method) {
  const key = Symbol(`isolint.${method}`);
  const original = proto[method];
  if (!original || original.isolintCached) return;
  const cached = function() {
    const hit = this[key];
    if (hit) return hit.slice();
    const computed = original.call(this);
    this[key] = computed.slice();
    return computed;
  };
  cached.isolintCached = true;
  proto[method] = cached;
}
cacheOn(import_dockerfile_ast.Instruction.prototype, "getRawArguments");
cacheOn(import_dockerfile_ast.Instruction.prototype, "getArguments");
cacheOn(import_dockerfile_ast.ModifiableInstruction.prototype, "getArguments");

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
  const ast = import_dockerfile_ast2.DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter();
  const range = (r) => lines.location(lines.offsetOf(r.start.line, r.start.character), lines.offsetOf(r.end.line, r.end.character));
  const locatedOf = (value, r) => ({ value, loc: range(r) });
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
          const value = buildArgs[name2] ?? (p.value ? expandVars(p.value.value, globalVars, escape).value : void 0);
          if (value !== void 0) globalVars.set(name2, value);
          if (p.value) globalArgDefaults.set(name2, value ?? "");
        }
        globalArgs.push(ins);
      }
      continue;
    }
    current.instructions.push(ins);
    if (keyword === "ARG") {
      for (const p of properties) {
        const name2 = p.name.value;
        const value = buildArgs[name2] ?? (p.value ? expandVars(p.value.value, vars, escape).value : globalVars.get(name2));
        if (value !== void 0 && !stageEnv.get(current).has(name2)) vars.set(name2, value);
      }
    } else if (keyword === "ENV") {
      const env = stageEnv.get(current);
      for (const p of properties) {
        const value = expandVars(p.value?.value ?? "", vars, escape).value;
        vars.set(p.name.value, value);
        env.set(p.name.value, value);
      }
    } else if (keyword === "COPY" || keyword === "ADD") {
      const from = flags2.find((f) => f.name === "from");
      const stage = from?.value ? findStage(expandVars(from.value, vars, escape).value) : void 0;
      if (stage) current.reads.push(stage);
    } else if (keyword === "RUN") {
      for (const mount of flags2.filter((f) => f.name === "mount")) {
        const stage = mount.options.from ? findStage(mount.options.from) : void 0;
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
  const { value, unresolved } = expand(written.value);
  const resolved = unresolved.length ? void 0 : value;
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
    const value = p.getValue();
    return {
      name: locatedOf(p.getName(), p.getNameRange()),
      value: valueRange && value !== null ? locatedOf(value, valueRange) : void 0
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
    const words = jsonWords(source, lines);
    if (words) return { script: execFormScript(words, lines), execForm: true };
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
  const at = wordLineIndex(text.slice(from), delimiter);
  return at >= 0 ? from + at : text.length;
}
function sliceSource(source, start2, end) {
  return { text: source.text.slice(start2, end), offsets: source.offsets.slice(start2, end), lines: source.lines };
}
function joinContinuations(lines, start2, end, escape) {
  const text = lines.text;
  let out2 = "";
  const offsets = [];
  const keep = (from, to) => {
    out2 += text.slice(from, to);
    for (let i2 = from; i2 < to; i2++) offsets.push(i2);
  };
  const continuation = new RegExp(`${escapeRegExp(escape)}\\s*$`);
  let pos = start2;
  let continued = true;
  let firstLine2 = true;
  while (pos < end) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0 || eol > end) eol = end;
    let line = text.slice(pos, eol);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (!continued) {
      keep(pos, eol);
      if (eol < end) {
        out2 += "\n";
        offsets.push(eol);
      }
      pos = eol + 1;
      continue;
    }
    if (!firstLine2 && (/^\s*#/.test(line) || /^\s*$/.test(line))) {
      pos = eol + 1;
      continue;
    }
    firstLine2 = false;
    const m = continuation.exec(line);
    const contentEnd = m ? pos + m.index : pos + line.length;
    keep(pos, contentEnd);
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
  const words = [];
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
    let value = "";
    const valueOffsets = [];
    while (i2 < text.length && text[i2] !== '"') {
      if (text[i2] === "\\") {
        const esc = text[i2 + 1];
        const map = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
        if (esc === "u") {
          value += String.fromCharCode(parseInt(text.slice(i2 + 2, i2 + 6), 16));
          valueOffsets.push(offsets[i2]);
          i2 += 6;
          continue;
        }
        value += map[esc ?? ""] ?? esc ?? "";
        valueOffsets.push(offsets[i2 + 1] ?? offsets[i2]);
        i2 += 2;
        continue;
      }
      value += text[i2];
      valueOffsets.push(offsets[i2]);
      i2++;
    }
    if (text[i2] !== '"') return void 0;
    i2++;
    const s = offsets[startIdx];
    const e = offsets[i2 - 1] + 1;
    words.push({ value, raw: text.slice(startIdx, i2), hasExpansion: false, loc: lines.location(s, e), offsets: valueOffsets });
    skipSpace();
    if (text[i2] === ",") {
      i2++;
      continue;
    }
    if (text[i2] === "]") {
      i2++;
      skipSpace();
      return i2 >= text.length ? words : void 0;
    }
    return void 0;
  }
}

// src/sources/docker-cli/find.ts
var PROGRAMS = /* @__PURE__ */ new Set(["docker", "podman", "nerdctl"]);
var GLOBAL_VALUED = {
  docker: /^(-H|--host|-c|--context|--config|-l|--log-level|--tlscacert|--tlscert|--tlskey)$/,
  podman: /^(--url|-c|--connection|--identity|--root|--runroot|--storage-driver|--storage-opt|--log-level|--cgroup-manager|--events-backend|--hooks-dir|--network-cmd-path|--network-config-dir|--module|--out|--runtime|--runtime-flag|--tmpdir|--volumepath|--imagestore|--cni-config-dir|--conmon|--db-backend|--ssh|--config)$/,
  nerdctl: /^(-n|--namespace|-a|--address|-H|--host|--snapshotter|--storage-driver|--cni-path|--cni-netconfpath|--data-root|--cgroup-manager|--hosts-dir|--host-gateway-ip|--bridge-ip)$/
};
function findRunCommands(script) {
  const out2 = [];
  for (const cmd of script.commands) {
    const found = runCommand(cmd);
    if (found) out2.push(found);
  }
  return out2.sort((a, b) => a.verb.loc.startLine - b.verb.loc.startLine || a.verb.loc.startColumn - b.verb.loc.startColumn);
}
function runCommand(cmd) {
  const { name: name2, args: args2 } = unwrapCommand(cmd);
  if (!name2) return void 0;
  const program = basename2(name2.value).replace(/\.exe$/i, "");
  if (!PROGRAMS.has(program) || name2.hasExpansion) return void 0;
  const valued = GLOBAL_VALUED[program];
  let globalRuntime;
  let i2 = 0;
  while (i2 < args2.length && args2[i2].value.startsWith("-") && args2[i2].value !== "--") {
    const w = args2[i2];
    if (!w.value.includes("=") && valued.test(w.value)) {
      if (program === "podman" && w.value === "--runtime" && args2[i2 + 1]) globalRuntime = { flag: w, value: args2[i2 + 1] };
      i2 += 2;
    } else i2++;
  }
  if (args2[i2]?.value === "--") i2++;
  let verb = args2[i2];
  if (verb?.value === "container") verb = args2[++i2];
  if (!verb || verb.value !== "run" && verb.value !== "create") return void 0;
  return { program, verb, args: args2.slice(i2 + 1), command: cmd, ...globalRuntime ? { globalRuntime } : {} };
}
function containersOfScripts(scripts, file, lines) {
  const containers = [];
  const notes = [];
  const seen = /* @__PURE__ */ new Map();
  for (const run2 of scripts.flatMap(findRunCommands)) {
    const line = run2.command.loc.startLine;
    const title = `${run2.program} ${run2.verb.value} in ${file}:${line}`;
    const read = readRunArguments(run2.args, { kind: "docker-run", name: { value: "", loc: run2.verb.loc }, title, file, lines });
    const c = read.container;
    const literal = (v) => v && !v.unresolved?.length && v.value ? v.value : void 0;
    const wanted = literal(c.containerName) ?? (read.image?.value || void 0) ?? `${run2.program} ${run2.verb.value}`;
    const n = (seen.get(wanted) ?? 0) + 1;
    seen.set(wanted, n);
    c.name = { value: n === 1 ? wanted : `${wanted} (${n})`, loc: run2.verb.loc };
    c.keyTitle = `${run2.program} ${run2.verb.value} ${c.name.value}`;
    if (run2.globalRuntime && !c.runtime) {
      const { flag, value } = run2.globalRuntime;
      c.runtime = { value: value.value, loc: { ...flag.loc, endLine: value.loc.endLine, endColumn: value.loc.endColumn }, ...value.hasExpansion ? { unresolved: [value.value] } : {} };
    }
    containers.push(c);
    notes.push(...read.notes);
  }
  resolveJoinedNamespaces(containers, { containerNamesOnly: true });
  return { containers, notes };
}

export {
  resolvedText,
  isHostMode,
  securityOptions,
  optionValue,
  isTrue,
  defaultContainer,
  initShellParser,
  parseShell,
  execFormScript,
  basename2 as basename,
  unwrapCommand,
  programOf,
  runsProgram,
  splitCommandLine,
  LineIndex,
  isLineTerminator,
  trimTrailingSlashes,
  withoutSuppressionComment,
  parseImage,
  splitImage,
  resolveJoinedNamespaces,
  hostNamespace,
  joinPath,
  ownerTitle,
  joinRelated,
  UnreadableFileError,
  readTextFile,
  readTextStream,
  parseFileSize,
  firstLine,
  require_ignore,
  displayPath,
  discover,
  describeFsError,
  normaliseCapability,
  parseSecurityOpt,
  PROPAGATION,
  colonParts,
  portRange,
  allInterfaces,
  portMapping,
  isHostPathSource,
  homePathOf,
  hostPathOf,
  containersOfScripts,
  prepared,
  emptyOutput,
  eachFile,
  piece,
  valueOf,
  flagValueOf,
  capability,
  securityOption,
  keyValue,
  portMapping2,
  device,
  volumeMount2 as volumeMount,
  mountSpec2 as mountSpec,
  mountOf2 as mountOf,
  applyRunArguments
};
