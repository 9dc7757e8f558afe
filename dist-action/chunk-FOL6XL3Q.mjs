import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  codeBlock,
  exampleLanguage,
  ruleHelpUri,
  textFormatter,
  visible
} from "./chunk-WTJBNTPK.mjs";
import {
  INFORMATION_URI,
  SUPPRESSION_CHECKS,
  TOOL_NAME,
  TOOL_VERSION,
  repoPath,
  repoRootOf,
  repoUri,
  resultFingerprints
} from "./chunk-3J2VJ32E.mjs";
import {
  compareText
} from "./chunk-QKXNSQ3U.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EMAUB6HD.mjs";

// node_modules/universalify/index.js
var require_universalify = __commonJS({
  "node_modules/universalify/index.js"(exports) {
    "use strict";
    exports.fromCallback = function(fn) {
      return Object.defineProperty(function(...args) {
        if (typeof args[args.length - 1] === "function") fn.apply(this, args);
        else {
          return new Promise((resolve, reject) => {
            args.push((err, res) => err != null ? reject(err) : resolve(res));
            fn.apply(this, args);
          });
        }
      }, "name", { value: fn.name });
    };
    exports.fromPromise = function(fn) {
      return Object.defineProperty(function(...args) {
        const cb = args[args.length - 1];
        if (typeof cb !== "function") return fn.apply(this, args);
        else {
          args.pop();
          fn.apply(this, args).then((r) => cb(null, r), cb);
        }
      }, "name", { value: fn.name });
    };
  }
});

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
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
    module.exports = patch;
    function patch(fs) {
      if (constants.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs);
      }
      if (!fs.lutimes) {
        patchLutimes(fs);
      }
      fs.chown = chownFix(fs.chown);
      fs.fchown = chownFix(fs.fchown);
      fs.lchown = chownFix(fs.lchown);
      fs.chmod = chmodFix(fs.chmod);
      fs.fchmod = chmodFix(fs.fchmod);
      fs.lchmod = chmodFix(fs.lchmod);
      fs.chownSync = chownFixSync(fs.chownSync);
      fs.fchownSync = chownFixSync(fs.fchownSync);
      fs.lchownSync = chownFixSync(fs.lchownSync);
      fs.chmodSync = chmodFixSync(fs.chmodSync);
      fs.fchmodSync = chmodFixSync(fs.fchmodSync);
      fs.lchmodSync = chmodFixSync(fs.lchmodSync);
      fs.stat = statFix(fs.stat);
      fs.fstat = statFix(fs.fstat);
      fs.lstat = statFix(fs.lstat);
      fs.statSync = statFixSync(fs.statSync);
      fs.fstatSync = statFixSync(fs.fstatSync);
      fs.lstatSync = statFixSync(fs.lstatSync);
      if (fs.chmod && !fs.lchmod) {
        fs.lchmod = function(path, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs.lchmodSync = function() {
        };
      }
      if (fs.chown && !fs.lchown) {
        fs.lchown = function(path, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs.lchownSync = function() {
        };
      }
      if (platform === "win32") {
        fs.rename = typeof fs.rename !== "function" ? fs.rename : (function(fs$rename) {
          function rename(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs.stat(to, function(stater, st) {
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
        })(fs.rename);
      }
      fs.read = typeof fs.read !== "function" ? fs.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs, fd, buffer, offset, length, position, callback);
        }
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs.read);
      fs.readSync = typeof fs.readSync !== "function" ? fs.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs.readSync);
      function patchLchmod(fs2) {
        fs2.lchmod = function(path, mode, callback) {
          fs2.open(
            path,
            constants.O_WRONLY | constants.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs2.fchmod(fd, mode, function(err2) {
                fs2.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs2.lchmodSync = function(path, mode) {
          var fd = fs2.openSync(path, constants.O_WRONLY | constants.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs2.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs2.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs2.closeSync(fd);
            }
          }
          return ret;
        };
      }
      function patchLutimes(fs2) {
        if (constants.hasOwnProperty("O_SYMLINK") && fs2.futimes) {
          fs2.lutimes = function(path, at2, mt, cb) {
            fs2.open(path, constants.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs2.futimes(fd, at2, mt, function(er2) {
                fs2.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs2.lutimesSync = function(path, at2, mt) {
            var fd = fs2.openSync(path, constants.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs2.futimesSync(fd, at2, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs2.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs2.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs2.futimes) {
          fs2.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs2.lutimesSync = function() {
          };
        }
      }
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs, target, uid, gid);
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
          return options ? orig.call(fs, target, options, callback) : orig.call(fs, target, callback);
        };
      }
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs, target, options) : orig.call(fs, target);
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
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path, options);
        Stream.call(this);
        var self = this;
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
            self._read();
          });
          return;
        }
        fs.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err);
            self.readable = false;
            return;
          }
          self.fd = fd;
          self.emit("open", fd);
          self._read();
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
          this._open = fs.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone;
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
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs = __require("fs");
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
    if (!fs[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs, queue);
      fs.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs, fd, function(err) {
            if (!err) {
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
      })(fs.close);
      fs.closeSync = (function(fs$closeSync) {
        function closeSync(fd) {
          fs$closeSync.apply(fs, arguments);
          resetQueue();
        }
        Object.defineProperty(closeSync, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync;
      })(fs.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug(fs[gracefulQueue]);
          __require("assert").equal(fs[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs[gracefulQueue]);
    }
    module.exports = patch(clone(fs));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs.__patched) {
      module.exports = patch(fs);
      fs.__patched = true;
    }
    function patch(fs2) {
      polyfills(fs2);
      fs2.gracefulify = patch;
      fs2.createReadStream = createReadStream;
      fs2.createWriteStream = createWriteStream;
      var fs$readFile = fs2.readFile;
      fs2.readFile = readFile;
      function readFile(path, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path, options, cb);
        function go$readFile(path2, options2, cb2, startTime) {
          return fs$readFile(path2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs2.writeFile;
      fs2.writeFile = writeFile;
      function writeFile(path, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path, data, options, cb);
        function go$writeFile(path2, data2, options2, cb2, startTime) {
          return fs$writeFile(path2, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$appendFile = fs2.appendFile;
      if (fs$appendFile)
        fs2.appendFile = appendFile;
      function appendFile(path, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path, data, options, cb);
        function go$appendFile(path2, data2, options2, cb2, startTime) {
          return fs$appendFile(path2, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$copyFile = fs2.copyFile;
      if (fs$copyFile)
        fs2.copyFile = copyFile;
      function copyFile(src, dest, flags, cb) {
        if (typeof flags === "function") {
          cb = flags;
          flags = 0;
        }
        return go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$readdir = fs2.readdir;
      fs2.readdir = readdir;
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
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path2, options2, cb2],
                err,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err, files);
            }
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs2);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs2.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs2.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs2, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs2, "WriteStream", {
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
      Object.defineProperty(fs2, "FileReadStream", {
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
      Object.defineProperty(fs2, "FileWriteStream", {
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
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err);
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
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      function createReadStream(path, options) {
        return new fs2.ReadStream(path, options);
      }
      function createWriteStream(path, options) {
        return new fs2.WriteStream(path, options);
      }
      var fs$open = fs2.open;
      fs2.open = open;
      function open(path, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path, flags, mode, cb);
        function go$open(path2, flags2, mode2, cb2, startTime) {
          return fs$open(path2, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path2, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      return fs2;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]);
      fs[gracefulQueue].push(elem);
      retry();
    }
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i = 0; i < fs[gracefulQueue].length; ++i) {
        if (fs[gracefulQueue][i].length > 2) {
          fs[gracefulQueue][i][3] = now;
          fs[gracefulQueue][i][4] = now;
        }
      }
      retry();
    }
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs[gracefulQueue].length === 0)
        return;
      var elem = fs[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs[gracefulQueue].push(elem);
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
    var fs = require_graceful_fs();
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
      return typeof fs[key] === "function";
    });
    Object.assign(exports, fs);
    api.forEach((method) => {
      exports[method] = u(fs[method]);
    });
    exports.exists = function(filename, callback) {
      if (typeof callback === "function") {
        return fs.exists(filename, callback);
      }
      return new Promise((resolve) => {
        return fs.exists(filename, resolve);
      });
    };
    exports.read = function(fd, buffer, offset, length, position, callback) {
      if (typeof callback === "function") {
        return fs.read(fd, buffer, offset, length, position, callback);
      }
      return new Promise((resolve, reject) => {
        fs.read(fd, buffer, offset, length, position, (err, bytesRead, buffer2) => {
          if (err) return reject(err);
          resolve({ bytesRead, buffer: buffer2 });
        });
      });
    };
    exports.write = function(fd, buffer, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs.write(fd, buffer, ...args);
      }
      return new Promise((resolve, reject) => {
        fs.write(fd, buffer, ...args, (err, bytesWritten, buffer2) => {
          if (err) return reject(err);
          resolve({ bytesWritten, buffer: buffer2 });
        });
      });
    };
    exports.readv = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs.readv(fd, buffers, ...args);
      }
      return new Promise((resolve, reject) => {
        fs.readv(fd, buffers, ...args, (err, bytesRead, buffers2) => {
          if (err) return reject(err);
          resolve({ bytesRead, buffers: buffers2 });
        });
      });
    };
    exports.writev = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs.writev(fd, buffers, ...args);
      }
      return new Promise((resolve, reject) => {
        fs.writev(fd, buffers, ...args, (err, bytesWritten, buffers2) => {
          if (err) return reject(err);
          resolve({ bytesWritten, buffers: buffers2 });
        });
      });
    };
    if (typeof fs.realpath.native === "function") {
      exports.realpath.native = u(fs.realpath.native);
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
  "node_modules/fs-extra/lib/mkdirs/utils.js"(exports, module) {
    "use strict";
    var path = __require("path");
    module.exports.checkPath = function checkPath(pth) {
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
  "node_modules/fs-extra/lib/mkdirs/make-dir.js"(exports, module) {
    "use strict";
    var fs = require_fs();
    var { checkPath } = require_utils();
    var getMode = (options) => {
      const defaults = { mode: 511 };
      if (typeof options === "number") return options;
      return { ...defaults, ...options }.mode;
    };
    module.exports.makeDir = async (dir, options) => {
      checkPath(dir);
      return fs.mkdir(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
    module.exports.makeDirSync = (dir, options) => {
      checkPath(dir);
      return fs.mkdirSync(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/index.js
var require_mkdirs = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var { makeDir: _makeDir, makeDirSync } = require_make_dir();
    var makeDir = u(_makeDir);
    module.exports = {
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
  "node_modules/fs-extra/lib/path-exists/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs = require_fs();
    function pathExists(path) {
      return fs.access(path).then(() => true).catch(() => false);
    }
    module.exports = {
      pathExists: u(pathExists),
      pathExistsSync: fs.existsSync
    };
  }
});

// node_modules/fs-extra/lib/util/utimes.js
var require_utimes = __commonJS({
  "node_modules/fs-extra/lib/util/utimes.js"(exports, module) {
    "use strict";
    var fs = require_fs();
    var u = require_universalify().fromPromise;
    async function utimesMillis(path, atime, mtime) {
      const fd = await fs.open(path, "r+");
      let error = null;
      try {
        await fs.futimes(fd, atime, mtime);
      } catch (futimesErr) {
        error = futimesErr;
      } finally {
        try {
          await fs.close(fd);
        } catch (closeErr) {
          if (!error) error = closeErr;
        }
      }
      if (error) {
        throw error;
      }
    }
    function utimesMillisSync(path, atime, mtime) {
      const fd = fs.openSync(path, "r+");
      let error = null;
      try {
        fs.futimesSync(fd, atime, mtime);
      } catch (futimesErr) {
        error = futimesErr;
      } finally {
        try {
          fs.closeSync(fd);
        } catch (closeErr) {
          if (!error) error = closeErr;
        }
      }
      if (error) {
        throw error;
      }
    }
    module.exports = {
      utimesMillis: u(utimesMillis),
      utimesMillisSync
    };
  }
});

// node_modules/fs-extra/lib/util/stat.js
var require_stat = __commonJS({
  "node_modules/fs-extra/lib/util/stat.js"(exports, module) {
    "use strict";
    var fs = require_fs();
    var path = __require("path");
    var u = require_universalify().fromPromise;
    function getStats(src, dest, opts) {
      const statFunc = opts.dereference ? (file) => fs.stat(file, { bigint: true }) : (file) => fs.lstat(file, { bigint: true });
      return Promise.all([
        statFunc(src),
        statFunc(dest).catch((err) => {
          if (err.code === "ENOENT") return null;
          throw err;
        })
      ]).then(([srcStat, destStat]) => ({ srcStat, destStat }));
    }
    function getStatsSync(src, dest, opts) {
      let destStat;
      const statFunc = opts.dereference ? (file) => fs.statSync(file, { bigint: true }) : (file) => fs.lstatSync(file, { bigint: true });
      const srcStat = statFunc(src);
      try {
        destStat = statFunc(dest);
      } catch (err) {
        if (err.code === "ENOENT") return { srcStat, destStat: null };
        throw err;
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
        destStat = await fs.stat(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return checkParentPaths(src, srcStat, destParent, funcName);
        throw err;
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
        destStat = fs.statSync(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return checkParentPathsSync(src, srcStat, destParent, funcName);
        throw err;
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
      const srcArr = path.resolve(src).split(path.sep).filter((i) => i);
      const destArr = path.resolve(dest).split(path.sep).filter((i) => i);
      return srcArr.every((cur, i) => destArr[i] === cur);
    }
    function errMsg(src, dest, funcName) {
      return `Cannot ${funcName} '${src}' to a subdirectory of itself, '${dest}'.`;
    }
    module.exports = {
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
  "node_modules/fs-extra/lib/util/async.js"(exports, module) {
    "use strict";
    async function asyncIteratorConcurrentProcess(iterator, fn) {
      const promises = [];
      for await (const item of iterator) {
        promises.push(
          fn(item).then(
            () => null,
            (err) => err ?? new Error("unknown error")
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
    module.exports = {
      asyncIteratorConcurrentProcess
    };
  }
});

// node_modules/fs-extra/lib/copy/copy.js
var require_copy = __commonJS({
  "node_modules/fs-extra/lib/copy/copy.js"(exports, module) {
    "use strict";
    var fs = require_fs();
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
      const statFn = opts.dereference ? fs.stat : fs.lstat;
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
        await fs.unlink(dest);
        return copyFile(srcStat, src, dest, opts);
      }
      if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    async function copyFile(srcStat, src, dest, opts) {
      await fs.copyFile(src, dest);
      if (opts.preserveTimestamps) {
        if (fileIsNotWritable(srcStat.mode)) {
          await makeFileWritable(dest, srcStat.mode);
        }
        const updatedSrcStat = await fs.stat(src);
        await utimesMillis(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
      }
      return fs.chmod(dest, srcStat.mode);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return fs.chmod(dest, srcMode | 128);
    }
    async function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) {
        await fs.mkdir(dest);
      }
      await asyncIteratorConcurrentProcess(await fs.opendir(src), async (item) => {
        const srcItem = path.join(src, item.name);
        const destItem = path.join(dest, item.name);
        const include = await runFilter(srcItem, destItem, opts);
        if (include) {
          const { destStat: destStat2 } = await stat.checkPaths(srcItem, destItem, "copy", opts);
          await getStatsAndPerformCopy(destStat2, srcItem, destItem, opts);
        }
      });
      if (!destStat) {
        await fs.chmod(dest, srcStat.mode);
      }
    }
    async function onLink(destStat, src, dest, opts) {
      let resolvedSrc = await fs.readlink(src);
      if (opts.dereference) {
        resolvedSrc = path.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs.symlink(resolvedSrc, dest);
      }
      let resolvedDest = null;
      try {
        resolvedDest = await fs.readlink(dest);
      } catch (e) {
        if (e.code === "EINVAL" || e.code === "UNKNOWN") return fs.symlink(resolvedSrc, dest);
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
      await fs.unlink(dest);
      return fs.symlink(resolvedSrc, dest);
    }
    module.exports = copy;
  }
});

// node_modules/fs-extra/lib/copy/copy-sync.js
var require_copy_sync = __commonJS({
  "node_modules/fs-extra/lib/copy/copy-sync.js"(exports, module) {
    "use strict";
    var fs = require_graceful_fs();
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
      if (!fs.existsSync(destParent)) mkdirsSync(destParent);
      return getStats(destStat, src, dest, opts);
    }
    function getStats(destStat, src, dest, opts) {
      const statSync = opts.dereference ? fs.statSync : fs.lstatSync;
      const srcStat = statSync(src);
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
        fs.unlinkSync(dest);
        return copyFile(srcStat, src, dest, opts);
      } else if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    function copyFile(srcStat, src, dest, opts) {
      fs.copyFileSync(src, dest);
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
      return fs.chmodSync(dest, srcMode);
    }
    function setDestTimestamps(src, dest) {
      const updatedSrcStat = fs.statSync(src);
      return utimesMillisSync(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
    }
    function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) return mkDirAndCopy(srcStat.mode, src, dest, opts);
      return copyDir(src, dest, opts);
    }
    function mkDirAndCopy(srcMode, src, dest, opts) {
      fs.mkdirSync(dest);
      copyDir(src, dest, opts);
      return setDestMode(dest, srcMode);
    }
    function copyDir(src, dest, opts) {
      const dir = fs.opendirSync(src);
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
      let resolvedSrc = fs.readlinkSync(src);
      if (opts.dereference) {
        resolvedSrc = path.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs.symlinkSync(resolvedSrc, dest);
      } else {
        let resolvedDest;
        try {
          resolvedDest = fs.readlinkSync(dest);
        } catch (err) {
          if (err.code === "EINVAL" || err.code === "UNKNOWN") return fs.symlinkSync(resolvedSrc, dest);
          throw err;
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
      fs.unlinkSync(dest);
      return fs.symlinkSync(resolvedSrc, dest);
    }
    module.exports = copySync;
  }
});

// node_modules/fs-extra/lib/copy/index.js
var require_copy2 = __commonJS({
  "node_modules/fs-extra/lib/copy/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    module.exports = {
      copy: u(require_copy()),
      copySync: require_copy_sync()
    };
  }
});

// node_modules/fs-extra/lib/remove/index.js
var require_remove = __commonJS({
  "node_modules/fs-extra/lib/remove/index.js"(exports, module) {
    "use strict";
    var fs = require_graceful_fs();
    var u = require_universalify().fromCallback;
    function remove(path, callback) {
      fs.rm(path, { recursive: true, force: true }, callback);
    }
    function removeSync(path) {
      fs.rmSync(path, { recursive: true, force: true });
    }
    module.exports = {
      remove: u(remove),
      removeSync
    };
  }
});

// node_modules/fs-extra/lib/empty/index.js
var require_empty = __commonJS({
  "node_modules/fs-extra/lib/empty/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs = require_fs();
    var path = __require("path");
    var mkdir = require_mkdirs();
    var remove = require_remove();
    var emptyDir = u(async function emptyDir2(dir) {
      let items;
      try {
        items = await fs.readdir(dir);
      } catch (err) {
        if (err.code !== "ENOENT") throw err;
        return mkdir.mkdirs(dir);
      }
      return Promise.all(items.map((item) => remove.remove(path.join(dir, item))));
    });
    function emptyDirSync(dir) {
      let items;
      try {
        items = fs.readdirSync(dir);
      } catch (err) {
        if (err.code !== "ENOENT") throw err;
        return mkdir.mkdirsSync(dir);
      }
      items.forEach((item) => {
        item = path.join(dir, item);
        remove.removeSync(item);
      });
    }
    module.exports = {
      emptyDirSync,
      emptydirSync: emptyDirSync,
      emptyDir,
      emptydir: emptyDir
    };
  }
});

// node_modules/fs-extra/lib/ensure/file.js
var require_file = __commonJS({
  "node_modules/fs-extra/lib/ensure/file.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs = require_fs();
    var mkdir = require_mkdirs();
    async function createFile(file) {
      let stats;
      try {
        stats = await fs.stat(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path.dirname(file);
      let dirStats = null;
      try {
        dirStats = await fs.stat(dir);
      } catch (err) {
        if (err.code === "ENOENT") {
          await mkdir.mkdirs(dir);
          await fs.writeFile(file, "");
          return;
        } else {
          throw err;
        }
      }
      if (dirStats.isDirectory()) {
        await fs.writeFile(file, "");
      } else {
        await fs.readdir(dir);
      }
    }
    function createFileSync(file) {
      let stats;
      try {
        stats = fs.statSync(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path.dirname(file);
      try {
        if (!fs.statSync(dir).isDirectory()) {
          fs.readdirSync(dir);
        }
      } catch (err) {
        if (err && err.code === "ENOENT") mkdir.mkdirsSync(dir);
        else throw err;
      }
      fs.writeFileSync(file, "");
    }
    module.exports = {
      createFile: u(createFile),
      createFileSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/link.js
var require_link = __commonJS({
  "node_modules/fs-extra/lib/ensure/link.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs = require_fs();
    var mkdir = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createLink(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = await fs.lstat(dstpath, { bigint: true });
      } catch {
      }
      let srcStat;
      try {
        srcStat = await fs.lstat(srcpath, { bigint: true });
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      if (dstStat && areIdentical(srcStat, dstStat)) return;
      const dir = path.dirname(dstpath);
      const dirExists = await pathExists(dir);
      if (!dirExists) {
        await mkdir.mkdirs(dir);
      }
      await fs.link(srcpath, dstpath);
    }
    function createLinkSync(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = fs.lstatSync(dstpath, { bigint: true });
      } catch {
      }
      try {
        const srcStat = fs.lstatSync(srcpath, { bigint: true });
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      const dir = path.dirname(dstpath);
      const dirExists = fs.existsSync(dir);
      if (dirExists) return fs.linkSync(srcpath, dstpath);
      mkdir.mkdirsSync(dir);
      return fs.linkSync(srcpath, dstpath);
    }
    module.exports = {
      createLink: u(createLink),
      createLinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-paths.js
var require_symlink_paths = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-paths.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var fs = require_fs();
    var { pathExists } = require_path_exists();
    var u = require_universalify().fromPromise;
    async function symlinkPaths(srcpath, dstpath) {
      if (path.isAbsolute(srcpath)) {
        try {
          await fs.lstat(srcpath);
        } catch (err) {
          err.message = err.message.replace("lstat", "ensureSymlink");
          throw err;
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
        await fs.lstat(srcpath);
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureSymlink");
        throw err;
      }
      return {
        toCwd: srcpath,
        toDst: path.relative(dstdir, srcpath)
      };
    }
    function symlinkPathsSync(srcpath, dstpath) {
      if (path.isAbsolute(srcpath)) {
        const exists2 = fs.existsSync(srcpath);
        if (!exists2) throw new Error("absolute srcpath does not exist");
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path.dirname(dstpath);
      const relativeToDst = path.join(dstdir, srcpath);
      const exists = fs.existsSync(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      const srcExists = fs.existsSync(srcpath);
      if (!srcExists) throw new Error("relative srcpath does not exist");
      return {
        toCwd: srcpath,
        toDst: path.relative(dstdir, srcpath)
      };
    }
    module.exports = {
      symlinkPaths: u(symlinkPaths),
      symlinkPathsSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-type.js
var require_symlink_type = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-type.js"(exports, module) {
    "use strict";
    var fs = require_fs();
    var u = require_universalify().fromPromise;
    async function symlinkType(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = await fs.lstat(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    function symlinkTypeSync(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = fs.lstatSync(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    module.exports = {
      symlinkType: u(symlinkType),
      symlinkTypeSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink.js
var require_symlink = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs = require_fs();
    var { mkdirs, mkdirsSync } = require_mkdirs();
    var { symlinkPaths, symlinkPathsSync } = require_symlink_paths();
    var { symlinkType, symlinkTypeSync } = require_symlink_type();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createSymlink(srcpath, dstpath, type) {
      let stats;
      try {
        stats = await fs.lstat(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        let srcStat;
        if (path.isAbsolute(srcpath)) {
          srcStat = await fs.stat(srcpath, { bigint: true });
        } else {
          const dstdir = path.dirname(dstpath);
          const relativeToDst = path.join(dstdir, srcpath);
          try {
            srcStat = await fs.stat(relativeToDst, { bigint: true });
          } catch {
            srcStat = await fs.stat(srcpath, { bigint: true });
          }
        }
        let dstStat;
        try {
          dstStat = await fs.stat(dstpath, { bigint: true });
        } catch (err) {
          if (err.code !== "ENOENT") throw err;
        }
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      }
      const relative = await symlinkPaths(srcpath, dstpath);
      srcpath = relative.toDst;
      const toType = await symlinkType(relative.toCwd, type);
      const dir = path.dirname(dstpath);
      if (!await pathExists(dir)) {
        await mkdirs(dir);
      }
      return fs.symlink(srcpath, dstpath, toType);
    }
    function createSymlinkSync(srcpath, dstpath, type) {
      let stats;
      try {
        stats = fs.lstatSync(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        let srcStat;
        if (path.isAbsolute(srcpath)) {
          srcStat = fs.statSync(srcpath, { bigint: true });
        } else {
          const dstdir = path.dirname(dstpath);
          const relativeToDst = path.join(dstdir, srcpath);
          try {
            srcStat = fs.statSync(relativeToDst, { bigint: true });
          } catch {
            srcStat = fs.statSync(srcpath, { bigint: true });
          }
        }
        let dstStat;
        try {
          dstStat = fs.statSync(dstpath, { bigint: true });
        } catch (err) {
          if (err.code !== "ENOENT") throw err;
        }
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      }
      const relative = symlinkPathsSync(srcpath, dstpath);
      srcpath = relative.toDst;
      type = symlinkTypeSync(relative.toCwd, type);
      const dir = path.dirname(dstpath);
      const exists = fs.existsSync(dir);
      if (exists) return fs.symlinkSync(srcpath, dstpath, type);
      mkdirsSync(dir);
      return fs.symlinkSync(srcpath, dstpath, type);
    }
    module.exports = {
      createSymlink: u(createSymlink),
      createSymlinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/index.js
var require_ensure = __commonJS({
  "node_modules/fs-extra/lib/ensure/index.js"(exports, module) {
    "use strict";
    var { createFile, createFileSync } = require_file();
    var { createLink, createLinkSync } = require_link();
    var { createSymlink, createSymlinkSync } = require_symlink();
    module.exports = {
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
  "node_modules/jsonfile/utils.js"(exports, module) {
    function stringify(obj, { EOL = "\n", finalEOL = true, replacer = null, spaces } = {}) {
      const EOF = finalEOL ? EOL : "";
      const str = JSON.stringify(obj, replacer, spaces);
      if (str === void 0) {
        throw new TypeError(`Converting ${typeof obj} value to JSON is not supported`);
      }
      return str.replace(/\n/g, EOL) + EOF;
    }
    function stripBom(content) {
      if (Buffer.isBuffer(content)) content = content.toString("utf8");
      return content.replace(/^\uFEFF/, "");
    }
    module.exports = { stringify, stripBom };
  }
});

// node_modules/jsonfile/index.js
var require_jsonfile = __commonJS({
  "node_modules/jsonfile/index.js"(exports, module) {
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
      const fs = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      let data = await universalify.fromCallback(fs.readFile)(file, options);
      data = stripBom(data);
      let obj;
      try {
        obj = JSON.parse(data, options ? options.reviver : null);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
      return obj;
    }
    var readFile = universalify.fromPromise(_readFile);
    function readFileSync(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      try {
        let content = fs.readFileSync(file, options);
        content = stripBom(content);
        return JSON.parse(content, options.reviver);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
    }
    async function _writeFile(file, obj, options = {}) {
      const fs = options.fs || _fs;
      const str = stringify(obj, options);
      await universalify.fromCallback(fs.writeFile)(file, str, options);
    }
    var writeFile = universalify.fromPromise(_writeFile);
    function writeFileSync(file, obj, options = {}) {
      const fs = options.fs || _fs;
      const str = stringify(obj, options);
      return fs.writeFileSync(file, str, options);
    }
    module.exports = {
      readFile,
      readFileSync,
      writeFile,
      writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/jsonfile.js
var require_jsonfile2 = __commonJS({
  "node_modules/fs-extra/lib/json/jsonfile.js"(exports, module) {
    "use strict";
    var jsonFile = require_jsonfile();
    module.exports = {
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
  "node_modules/fs-extra/lib/output-file/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs = require_fs();
    var path = __require("path");
    var mkdir = require_mkdirs();
    var pathExists = require_path_exists().pathExists;
    async function outputFile(file, data, encoding = "utf-8") {
      const dir = path.dirname(file);
      if (!await pathExists(dir)) {
        await mkdir.mkdirs(dir);
      }
      return fs.writeFile(file, data, encoding);
    }
    function outputFileSync(file, ...args) {
      const dir = path.dirname(file);
      if (!fs.existsSync(dir)) {
        mkdir.mkdirsSync(dir);
      }
      fs.writeFileSync(file, ...args);
    }
    module.exports = {
      outputFile: u(outputFile),
      outputFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/output-json.js
var require_output_json = __commonJS({
  "node_modules/fs-extra/lib/json/output-json.js"(exports, module) {
    "use strict";
    var { stringify } = require_utils2();
    var { outputFile } = require_output_file();
    async function outputJson(file, data, options = {}) {
      const str = stringify(data, options);
      await outputFile(file, str, options);
    }
    module.exports = outputJson;
  }
});

// node_modules/fs-extra/lib/json/output-json-sync.js
var require_output_json_sync = __commonJS({
  "node_modules/fs-extra/lib/json/output-json-sync.js"(exports, module) {
    "use strict";
    var { stringify } = require_utils2();
    var { outputFileSync } = require_output_file();
    function outputJsonSync(file, data, options) {
      const str = stringify(data, options);
      outputFileSync(file, str, options);
    }
    module.exports = outputJsonSync;
  }
});

// node_modules/fs-extra/lib/json/index.js
var require_json = __commonJS({
  "node_modules/fs-extra/lib/json/index.js"(exports, module) {
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
    module.exports = jsonFile;
  }
});

// node_modules/fs-extra/lib/move/move.js
var require_move = __commonJS({
  "node_modules/fs-extra/lib/move/move.js"(exports, module) {
    "use strict";
    var fs = require_fs();
    var path = __require("path");
    var { copy } = require_copy2();
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
        await fs.rename(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") {
          throw err;
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
    module.exports = move;
  }
});

// node_modules/fs-extra/lib/move/move-sync.js
var require_move_sync = __commonJS({
  "node_modules/fs-extra/lib/move/move-sync.js"(exports, module) {
    "use strict";
    var fs = require_graceful_fs();
    var path = __require("path");
    var copySync = require_copy2().copySync;
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
      if (fs.existsSync(dest)) throw new Error("dest already exists.");
      return rename(src, dest, overwrite);
    }
    function rename(src, dest, overwrite) {
      try {
        fs.renameSync(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") throw err;
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
    module.exports = moveSync;
  }
});

// node_modules/fs-extra/lib/move/index.js
var require_move2 = __commonJS({
  "node_modules/fs-extra/lib/move/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    module.exports = {
      move: u(require_move()),
      moveSync: require_move_sync()
    };
  }
});

// node_modules/fs-extra/lib/index.js
var require_lib = __commonJS({
  "node_modules/fs-extra/lib/index.js"(exports, module) {
    "use strict";
    module.exports = {
      // Export promiseified graceful-fs:
      ...require_fs(),
      // Export extra methods:
      ...require_copy2(),
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
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifBuilder = void 0;
    var fs = __importStar(require_lib());
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
        fs.writeFileSync(file, sarifJsonString, "utf8");
      }
      async generateSarifFile(file) {
        const sarifJsonString = this.buildSarifJsonString();
        await fs.writeFile(file, sarifJsonString, "utf8");
      }
      buildSarifOutput() {
        this.log.runs = this.log.runs.map((run) => this.completeRunFields(run));
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
      completeRunFields(run) {
        var _a, _b, _c, _d, _e, _f;
        run.artifacts = run.artifacts || [];
        const existingArtifactUris = new Set(run.artifacts.map((a) => {
          var _a2;
          return (_a2 = a === null || a === void 0 ? void 0 : a.location) === null || _a2 === void 0 ? void 0 : _a2.uri;
        }).filter(Boolean));
        for (const result of run.results || []) {
          for (const location of result.locations || []) {
            const uri = (_b = (_a = location === null || location === void 0 ? void 0 : location.physicalLocation) === null || _a === void 0 ? void 0 : _a.artifactLocation) === null || _b === void 0 ? void 0 : _b.uri;
            if (uri && !existingArtifactUris.has(uri)) {
              const lastDot = uri.lastIndexOf(".");
              const ext = lastDot !== -1 ? uri.slice(lastDot + 1) : "";
              const language = languages_1.EXTENSIONS_LANGUAGES[ext] || "unknown";
              run.artifacts.push({
                sourceLanguage: language,
                location: { uri }
              });
              existingArtifactUris.add(uri);
            }
          }
        }
        const artifactIndexMap = /* @__PURE__ */ new Map();
        run.artifacts.forEach((artifact, index) => {
          var _a2;
          const uri = (_a2 = artifact === null || artifact === void 0 ? void 0 : artifact.location) === null || _a2 === void 0 ? void 0 : _a2.uri;
          if (uri) {
            artifactIndexMap.set(uri, index);
          }
        });
        const rulesIndexMap = /* @__PURE__ */ new Map();
        (((_d = (_c = run === null || run === void 0 ? void 0 : run.tool) === null || _c === void 0 ? void 0 : _c.driver) === null || _d === void 0 ? void 0 : _d.rules) || []).forEach((rule, index) => {
          rulesIndexMap.set(rule.id, index);
        });
        for (const result of run.results || []) {
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
        return run;
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
      setLevel(level) {
        this.result.level = level;
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
      setToolDriverName(name) {
        this.run.tool.driver.name = name;
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
      const at2 = e.line ? `line="${e.line}" column="${e.column ?? 1}" ` : "";
      entriesOf(e.file).push(`<error ${at2}severity="error" message="${xmlAttr(e.message)}" source="isolint"/>`);
    }
    const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
    for (const file of [...byFile.keys()].sort(compareText)) {
      const entries = byFile.get(file);
      if (!entries.length) {
        out.push(`  <file name="${xmlAttr(file)}"/>`);
        continue;
      }
      out.push(`  <file name="${xmlAttr(file)}">`, ...entries.map((e) => `    ${e}`), "  </file>");
    }
    out.push("</checkstyle>");
    return out.join("\n") + "\n";
  }
};

// src/format/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(visible(String(v)))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(visible(message, true))}`;
}
var githubFormatter = {
  name: "github",
  description: "GitHub Actions workflow commands (annotations)",
  format({ result, rules, cwd, repoRoot }) {
    const root = repoRoot ?? repoRootOf(cwd);
    const path = (file) => repoPath(file, cwd, root).path;
    const titles = new Map([...rules, ...Object.values(SUPPRESSION_CHECKS)].map((r) => [r.id, r.title]));
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
    for (const n of result.notes ?? []) {
      lines.push(workflowCommand("notice", { file: path(n.file), line: n.line, col: n.line ? n.column ?? 1 : void 0, title: "isolint: not checked" }, n.message));
    }
    for (const e of result.errors) {
      lines.push(workflowCommand("error", { file: path(e.file), line: e.line, col: e.line ? e.column ?? 1 : void 0, title: "isolint: file error" }, e.message));
    }
    return lines.length ? lines.join("\n") + "\n" : "";
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
    const prints = resultFingerprints(result, (f) => path(f.location.file));
    const issues = result.findings.map((f) => ({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: prints.get(f),
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
      ...result.baseline ? {
        baselined: (result.baselined ?? []).map((f) => ({ ...findingJson(f), fingerprint: f.baseline?.fingerprint ?? "" })),
        baseline: result.baseline
      } : {},
      errors: result.errors.map(fileMessageJson),
      notes: (result.notes ?? []).map(fileMessageJson),
      files: result.files
    };
    return JSON.stringify(doc, null, 2) + "\n";
  }
};
function fileMessageJson(e) {
  return { file: e.file, message: e.message, ...e.line ? { line: e.line, column: e.column ?? 1 } : {} };
}
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
var at = (p) => p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
var junitFormatter = {
  name: "junit",
  description: "JUnit XML: a failing test case per finding, a passing one per clean file",
  format({ result }) {
    const byFile = /* @__PURE__ */ new Map();
    const of = (file) => {
      let c = byFile.get(file);
      if (!c) byFile.set(file, c = { file, linted: false, findings: [], errors: [], notes: [] });
      return c;
    };
    for (const f of result.files) of(f.file).linted = true;
    for (const f of result.findings) of(f.location.file).findings.push(f);
    for (const e of result.errors) of(e.file).errors.push(e);
    for (const n of result.notes ?? []) of(n.file).notes.push(n);
    const cases = [];
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    const open = (name, file, line) => `    <testcase classname="isolint" name="${xmlAttr(name)}" file="${xmlAttr(file)}"${line ? ` line="${line}"` : ""}`;
    for (const c of [...byFile.values()].sort((a, b) => compareText(a.file, b.file))) {
      for (const e of c.errors) {
        errors++;
        cases.push(`${open(at(e), c.file, e.line)}>`, `      <error type="file-error" message="${xmlAttr(e.message)}">${xmlText(`${at(e)} ${e.message}`)}</error>`, "    </testcase>");
      }
      if (c.linted && !c.findings.length && !c.errors.length) cases.push(`${open(c.file, c.file)}/>`);
      for (const f of c.findings) {
        failures++;
        const { file, startLine, startColumn } = f.location;
        const where = `${file}:${startLine}:${startColumn}`;
        const body = [`${where} ${f.level} ${f.ruleId} ${f.message}`, ...f.related.map((r) => `    ${r.loc.file}:${r.loc.startLine}:${r.loc.startColumn} ${r.message}`)];
        cases.push(
          `${open(`${f.ruleId} ${where}`, file, startLine)}>`,
          `      <failure type="${xmlAttr(f.ruleId)}" message="${xmlAttr(`${f.level}: ${f.message}`)}">${xmlText(body.join("\n"))}</failure>`,
          "    </testcase>"
        );
      }
      for (const n of c.notes) {
        skipped++;
        cases.push(`${open(`note ${at(n)}`, c.file, n.line)}>`, `      <skipped message="${xmlAttr(n.message)}"/>`, "    </testcase>");
      }
    }
    const tests = cases.filter((l) => l.startsWith("    <testcase")).length;
    const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}"`;
    return [XML_DECLARATION, `<testsuites name="isolint" ${counts}>`, `  <testsuite name="isolint" ${counts}>`, ...cases, "  </testsuite>", "</testsuites>"].join("\n") + "\n";
  }
};

// src/format/sarif.ts
var import_node_sarif_builder = __toESM(require_dist(), 1);
import { pathToFileURL } from "node:url";
var DEFAULT_CATEGORY = "isolint";
var SRCROOT = "%SRCROOT%";
var GITHUB_LIMITS = { resultsPerRun: 25e3, locationsPerResult: 1e3 };
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
  const at2 = (file) => repoPath(file, cwd, root);
  const run = new import_node_sarif_builder.SarifRunBuilder({
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
  const prints = resultFingerprints(result, (f) => at2(f.location.file).path);
  const all = [...prints.keys()];
  const checks = [];
  for (const f of all) {
    if (rules.some((r) => r.id === f.ruleId) || checks.some((c) => c.id === f.ruleId)) continue;
    const rule = (input.knownRules ?? input.rules).find((r) => r.id === f.ruleId);
    if (rule) rules.push(rule);
    const check = Object.values(SUPPRESSION_CHECKS).find((c) => c.id === f.ruleId);
    if (check) checks.push(check);
  }
  for (const rule of rules) run.addRule(new import_node_sarif_builder.SarifRuleBuilder(ruleDescriptor(rule)));
  for (const check of checks) run.addRule(new import_node_sarif_builder.SarifRuleBuilder(checkDescriptor(check)));
  const ruleIndex = new Map([...rules.map((r) => r.id), ...checks.map((c) => c.id)].map((id, i) => [id, i]));
  const kept = mostSevere(all, limits.resultsPerRun);
  for (const i of kept) {
    const f = all[i];
    const sarif = sarifResult(f, prints.get(f), ruleIndex.get(f.ruleId), rules, at2, limits);
    if (f.suppression) sarif.suppressions = [{ kind: "inSource", justification: f.suppression.justification }];
    if (f.baseline) sarif.baselineState = f.baseline.state;
    run.addResult(new import_node_sarif_builder.SarifResultBuilder(sarif));
  }
  const notifications = [
    ...(result.notes ?? []).map((n) => fileNotification(n, "note", at2)),
    ...result.errors.map((e) => fileNotification(e, "error", at2))
  ];
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
  if (result.baseline) run.run.properties = { baseline: result.baseline };
  if (input.versionControl) run.run.versionControlProvenance = [{ ...input.versionControl, mappedTo: { uriBaseId: SRCROOT } }];
  run.run.invocations = [
    {
      // The analysis ran to the end; files it could not read or parse are notifications.
      executionSuccessful: true,
      toolExecutionNotifications: notifications
    }
  ];
  const builder = new import_node_sarif_builder.SarifBuilder({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [] });
  builder.addRun(run);
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
function checkDescriptor(check) {
  return {
    id: check.id,
    name: pascalCase(check.id),
    shortDescription: { text: sentence(check.title) },
    fullDescription: { text: check.help },
    help: { text: `${check.title} (${check.id})

${check.help}`, markdown: `**${check.title}** (\`${check.id}\`)

${check.help}` },
    helpUri: ruleHelpUri(check.id),
    defaultConfiguration: { level: check.level },
    properties: { tags: ["maintainability", "suppression"], precision: "very-high" }
  };
}
function sarifResult(f, fingerprint, ruleIndex, rules, at2, limits) {
  const rule = ruleIndex === void 0 ? void 0 : rules[ruleIndex];
  const related = f.related.slice(0, limits.locationsPerResult);
  return {
    ruleId: f.ruleId,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: f.level,
    message: { text: sentence(f.message) },
    locations: [{ physicalLocation: physicalLocation(f.location, at2) }],
    ...related.length ? { relatedLocations: related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r.loc, at2), message: { text: sentence(r.message) } })) } : {},
    partialFingerprints: { primaryLocationLineHash: fingerprint },
    // A rule may rate one finding above or below its default (a read-only mount, a lesser capability).
    ...rule && rule.securitySeverity !== f.securitySeverity ? { properties: { "security-severity": securitySeverityText(f.securitySeverity) } } : {}
  };
}
function physicalLocation(loc, at2) {
  return {
    artifactLocation: artifactLocation(at2(loc.file)),
    region: { startLine: loc.startLine, startColumn: loc.startColumn, endLine: loc.endLine, endColumn: loc.endColumn }
  };
}
function artifactLocation(p) {
  return p.inRepo ? { uri: repoUri(p), uriBaseId: SRCROOT } : { uri: pathToFileURL(p.path).href };
}
function fileNotification(e, kind, at2) {
  return {
    level: kind,
    descriptor: { id: kind === "error" ? "file-error" : "not-checked" },
    message: { text: sentence(`${e.file}: ${e.message}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(at2(e.file)),
          ...e.line ? { region: { startLine: e.line, startColumn: e.column ?? 1 } } : {}
        }
      }
    ]
  };
}
var LEVEL_RANK = { error: 3, warning: 2, note: 1 };
function mostSevere(findings, max) {
  const all = findings.map((_, i) => i);
  if (findings.length <= max) return all;
  const bySeverity = [...all].sort(
    (a, b) => LEVEL_RANK[findings[b].level] - LEVEL_RANK[findings[a].level] || findings[b].securitySeverity - findings[a].securitySeverity || a - b
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
function helpText(rule) {
  const parts = [`${rule.title} (${rule.id})`, rule.rationale, `Fix: ${rule.fix}`];
  parts.push(`Bad:
${rule.examples.bad}`, `Good:
${rule.examples.good}`);
  if (rule.references.length) parts.push(`References:
${rule.references.join("\n")}`);
  return parts.join("\n\n");
}
function helpMarkdown(rule) {
  const parts = [`**${rule.title}** (\`${rule.id}\`)`, rule.rationale, `**Fix:** ${rule.fix}`];
  const language = exampleLanguage(rule.examples);
  parts.push(`**Bad:**

${codeBlock(rule.examples.bad, language)}`, `**Good:**

${codeBlock(rule.examples.good, language)}`);
  if (rule.references.length) parts.push(`**References:**

${rule.references.map((r) => `- <${r}>`).join("\n")}`);
  return parts.join("\n\n");
}

// src/format/index.ts
var formatters = [textFormatter, jsonFormatter, sarifFormatter, githubFormatter, gitlabFormatter, junitFormatter, checkstyleFormatter];
function formatterNamed(name) {
  return formatters.find((f) => f.name === name);
}

export {
  workflowCommand,
  githubFormatter,
  sarifFormatter,
  formatters,
  formatterNamed
};
