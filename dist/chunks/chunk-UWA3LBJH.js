import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  durationSeconds
} from "./chunk-ANFBNWAW.js";
import {
  findSecrets,
  isSecretKey,
  redactSecrets,
  secretKind
} from "./chunk-5QTBMAEK.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-AWYRSD4S.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/config/problem.ts
var START_OF_FILE = { line: 1, column: 1 };
function problemAt(file, at, rule, message) {
  return { file, line: at.line, column: at.column, rule, message };
}
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}

// src/config/scope.ts
var GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
var MG_NAME = "[-\\w.()]{1,90}";
var RG_NAME = "[-\\w.()]{0,89}[-\\w()]";
var MG_RE = new RegExp(`^/providers/Microsoft\\.Management/managementGroups/(${MG_NAME})$`, "i");
var SUB_RE = new RegExp(`^/subscriptions/(${GUID})$`, "i");
var RG_RE = new RegExp(`^/subscriptions/(${GUID})/resourceGroups/(${RG_NAME})$`, "i");
var RESOURCE_RE = new RegExp(
  `^/subscriptions/(${GUID})(/resourceGroups/(${RG_NAME})(/providers/[^/]+(/[^/]+/[^/]+)+)?)?$`,
  "i"
);
var SCOPE_FORMS = [
  "/providers/Microsoft.Management/managementGroups/<group>",
  "/subscriptions/<subscription-guid>",
  "/subscriptions/<subscription-guid>/resourceGroups/<group>"
];
function parseScope(id) {
  let m = MG_RE.exec(id);
  if (m)
    return {
      kind: "managementGroup",
      id: `/providers/Microsoft.Management/managementGroups/${m[1]}`,
      managementGroup: m[1]
    };
  m = SUB_RE.exec(id);
  if (m) return { kind: "subscription", id: `/subscriptions/${m[1].toLowerCase()}`, subscription: m[1].toLowerCase() };
  m = RG_RE.exec(id);
  if (m) {
    const subscription = m[1].toLowerCase();
    return {
      kind: "resourceGroup",
      id: `/subscriptions/${subscription}/resourceGroups/${m[2]}`,
      subscription,
      resourceGroup: m[2]
    };
  }
  return void 0;
}
function isResourceId(id) {
  return RESOURCE_RE.test(id) || MG_RE.test(id);
}
var sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
function hierarchyFrom(managementGroups) {
  const parents = /* @__PURE__ */ new Map();
  for (const [group, children] of Object.entries(managementGroups ?? {})) {
    for (const child2 of children) {
      const key = (parseScope(child2)?.id ?? child2).toLowerCase();
      parents.set(key, [...parents.get(key) ?? [], group]);
    }
  }
  const declared = new Set(
    Object.keys(managementGroups ?? {}).map(
      (g) => `/providers/microsoft.management/managementgroups/${g.toLowerCase()}`
    )
  );
  return {
    parentsOf: (id) => parents.get(id.toLowerCase()) ?? [],
    isDeclaredGroup: (id) => declared.has(id.toLowerCase())
  };
}
function contains(outer, inner, hierarchy) {
  const o = outer.toLowerCase();
  const i = inner.toLowerCase();
  if (i === o || i.startsWith(`${o}/`)) return "inside";
  const outerScope = parseScope(outer);
  if (outerScope?.kind !== "managementGroup") return "outside";
  const subscription = /^\/subscriptions\/[^/]+/.exec(i)?.[0];
  const start = subscription ?? (MG_RE.test(inner) ? i : void 0);
  if (!start) return "outside";
  return reachesGroup(start, outerScope.managementGroup.toLowerCase(), hierarchy, /* @__PURE__ */ new Set());
}
function reachesGroup(id, group, hierarchy, seen) {
  if (seen.has(id)) return "outside";
  seen.add(id);
  const parents = hierarchy.parentsOf(id);
  if (parents.length === 0) return hierarchy.isDeclaredGroup(id) ? "outside" : "unknown";
  let result = "outside";
  for (const parent of parents) {
    if (parent.toLowerCase() === group) return "inside";
    const up = reachesGroup(
      `/providers/microsoft.management/managementgroups/${parent.toLowerCase()}`,
      group,
      hierarchy,
      seen
    );
    if (up === "inside") return "inside";
    if (up === "unknown") result = "unknown";
  }
  return result;
}
function overlaps(a, b, hierarchy) {
  const within = (outer, inner) => contains(outer.scope, inner.scope, hierarchy) !== "outside" && !(outer.exclude ?? []).some((ex) => contains(ex, inner.scope, hierarchy) === "inside");
  return within(a, b) || within(b, a);
}

// src/config/rules/context.ts
function reportAt(loaded, path, rule, message) {
  return problemAt(loaded.file, loaded.document.keyPositionOf(path), rule, message);
}
function reportValueAt(loaded, path, rule, message) {
  return problemAt(loaded.file, loaded.document.positionOf(path), rule, message);
}
function allSources(context) {
  return context.teamFiles.flatMap((f) => f.sources);
}

// src/config/rules/overlap-rules.ts
var entries = allSources;
var where = (e) => `${e.file.loaded.file}:${e.file.loaded.document.keyPositionOf(["sources", e.index]).line}`;
var teamOf = (e) => e.file.team ?? "?";
function clashes(list, key, clash, report) {
  const byKey = /* @__PURE__ */ new Map();
  const problems = [];
  for (const entry of list) {
    const k = key(entry);
    if (k === void 0) continue;
    const earlier = (byKey.get(k) ?? []).find((other) => clash(other, entry));
    if (earlier) problems.push(report(entry, earlier));
    byKey.set(k, [...byKey.get(k) ?? [], entry]);
  }
  return problems;
}
var duplicateSourceRule = (context) => clashes(
  entries(context),
  (e) => `${teamOf(e)}/${e.source.name}`,
  () => true,
  (later, earlier) => reportAt(
    later.file.loaded,
    ["sources", later.index, "name"],
    "duplicate-source",
    `Team \`${teamOf(later)}\` already has a source named \`${later.source.name}\` (${where(earlier)}); rename one.`
  )
);
var overlapping = (hierarchy) => (a, b) => Boolean(parseScope(a.source.scope) && parseScope(b.source.scope)) && overlaps(a.source, b.source, hierarchy);
var duplicateTargetRule = (context) => clashes(
  entries(context),
  (e) => sourceTarget(e.source),
  overlapping(context.hierarchy),
  (later, earlier) => reportAt(
    later.file.loaded,
    ["sources", later.index, later.source.git ? "git" : "bucket"],
    "duplicate-source-target",
    `Source \`${later.source.name}\` points at the same ${later.source.git ? "repository and ref" : "bucket"} as \`${earlier.source.name}\` (${where(earlier)}) on an overlapping scope; one assignment per source \u2014 merge them or separate their scopes.`
  )
);
var duplicateConfigurationRule = (context) => clashes(
  entries(context),
  (e) => e.source.configurationName ?? e.source.name,
  overlapping(context.hierarchy),
  (later, earlier) => {
    const name = later.source.configurationName ?? later.source.name;
    const path = later.source.configurationName ? ["sources", later.index, "configurationName"] : ["sources", later.index, "name"];
    return reportAt(
      later.file.loaded,
      path,
      "duplicate-configuration-name",
      `Flux configuration \`${name}\` is also created by \`${later.source.name === earlier.source.name ? teamOf(earlier) + "/" : ""}${earlier.source.name}\` (${where(earlier)}) on an overlapping scope; give one a different \`configurationName\`.`
    );
  }
);
function sourceTarget(source) {
  if (source.git) {
    const ref = ["branch", "tag", "semver", "commit"].map((r) => source.git[r] !== void 0 ? `${r}=${source.git[r]}` : "").join("");
    return `git ${normaliseUrl(source.git.url)} ${ref}`;
  }
  if (source.bucket) return `bucket ${normaliseUrl(source.bucket.url)} ${source.bucket.name}`;
  return void 0;
}
function normaliseUrl(url) {
  return url.trim().replace(/\/+$/, "").replace(/\.git$/i, "").replace(
    /^([a-z0-9+.-]+:\/\/)?([^/]+)/i,
    (_, scheme = "", host) => `${scheme.toLowerCase()}${host.toLowerCase()}`
  );
}

// src/config/rules/secret-scan.ts
var FIX = "Remove it from the file and from the repository's history, rotate it, and reference a Key Vault secret (or a Kubernetes secret with `localSecret`) instead.";
function scanTextForSecrets(file, text) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const problems = [];
  const secrets = [];
  let lastLine = 0;
  for (const finding of findSecrets(text)) {
    secrets.push(text.slice(finding.index, finding.index + finding.length));
    const at = positionOf(lineStarts, finding.index);
    if (at.line === lastLine) continue;
    lastLine = at.line;
    problems.push(problemAt(file, at, "secret-in-file", `This line holds what looks like ${finding.what}. ${FIX}`));
  }
  return { problems, secrets };
}
function scanDocumentForSecrets(document, reportedLines) {
  const problems = [];
  const secrets = [];
  for (const { path, value, isKey, source } of document.strings()) {
    const found = source.includes(value) ? [] : findSecrets(value);
    const key = path[path.length - 1];
    const secretKey = !isKey && typeof key === "string" && isSecretKey(key) && value.trim() !== "";
    if (found.length === 0 && !secretKey) continue;
    secrets.push(value, source, ...found.map((f) => value.slice(f.index, f.index + f.length)));
    const at = isKey ? document.keyPositionOf(path) : document.positionOf(path);
    const lines = source.split("\n").length;
    if (Array.from({ length: lines }, (_, i) => at.line + i).some((line) => reportedLines.has(line))) continue;
    problems.push(
      problemAt(
        document.file,
        at,
        "secret-in-file",
        found.length > 0 ? `This ${isKey ? "key" : "value"} holds what looks like ${found[0].what} (once YAML escapes are read). ${FIX}` : `\`${String(key)}\` holds a secret value. Remove it, rotate it, and keep it in Key Vault; files name the vault and the secret, never the value.`
      )
    );
  }
  return { problems, secrets };
}
function positionOf(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1 };
}

// src/config/schema/compiled-validators.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var platform = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "urn:flux-policy:platform-file", "title": "flux-policy platform file", "type": "object", "description": "The platform team's file: teams, their scopes, and fleet-wide settings.", "properties": { "version": { "const": 1, "description": "Format version (1).", "x-rule": "unsupported-version", "x-fix": "must be 1" }, "location": { "type": "string", "description": "Region where DeployIfNotExists assignments keep their managed identity.", "pattern": "^[a-z][a-z0-9]{2,39}$", "x-rule": "invalid-value", "x-fix": "must be an Azure region name such as westeurope" }, "teams": { "type": "object", "description": "Teams by name.", "propertyNames": { "pattern": "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "name-format", "x-fix": "team names must be at most 30 lowercase letters, digits or hyphens" }, "additionalProperties": { "type": "object", "description": "A team and where it may assign.", "properties": { "scopes": { "type": "array", "description": "Scopes this team may assign at or below.", "items": { "type": "string", "description": "A management group, subscription or resource group id.", "minLength": 1, "maxLength": 1024 }, "minItems": 1 }, "owners": { "type": "array", "description": "Owners to mention, for example @contoso/payments.", "items": { "type": "string", "description": "A GitHub user or team.", "minLength": 1, "maxLength": 254 } }, "keyVaults": { "type": "array", "description": "Key Vaults outside the scopes above whose secrets this team's sources may use (vaults inside them need no entry).", "items": { "type": "string", "description": "Full resource id of the Key Vault that holds the secret (the built-ins use it as the vault id).", "pattern": "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", "x-rule": "keyvault-id", "x-fix": "must be the vault's full resource id: /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>" } } }, "required": ["scopes"], "additionalProperties": false }, "minProperties": 1 }, "managementGroups": { "type": "object", "description": "The management-group tree the tool cannot see offline: each group with the subscriptions and groups directly under it.", "propertyNames": { "pattern": "^[-\\w.()]{1,90}$", "x-rule": "scope-syntax", "x-fix": "management group names are 1 to 90 letters, digits, hyphens, underscores, periods or parentheses" }, "additionalProperties": { "type": "array", "description": "Child scope ids.", "items": { "type": "string", "description": "A subscription or management group id.", "minLength": 1, "maxLength": 1024 } } }, "fluxExtension": { "type": "object", "description": "The per-scope prerequisite assignment that installs the Flux extension.", "properties": { "assign": { "type": "boolean", "description": 'Assign "Configure installation of Flux extension" at every scope a source uses (default true).' }, "releaseTrain": { "type": "string", "description": "Release train of the extension.", "enum": ["Stable"] }, "autoUpgradeMinorVersion": { "type": "boolean", "description": "Let the extension upgrade minor versions (default true)." }, "version": { "type": "string", "description": "Pinned extension version; only with autoUpgradeMinorVersion: false.", "minLength": 1, "maxLength": 64 }, "helmController": { "type": "boolean", "description": "Enable the Helm controller (default true)." }, "notificationController": { "type": "boolean", "description": "Enable the notification controller (default true)." }, "imageAutomationController": { "type": "boolean", "description": "Enable the image automation controller (default false)." }, "imageReflectorController": { "type": "boolean", "description": "Enable the image reflector controller (default false)." } }, "additionalProperties": false }, "customDefinitions": { "type": "object", "description": "Where flux-policy keeps the custom policy definitions it generates for sources no built-in can express.", "properties": { "scope": { "type": "string", "description": "A management group or subscription id; sources using a generated definition must lie at or below it.", "minLength": 1, "maxLength": 1024 } }, "required": ["scope"], "additionalProperties": false }, "safety": { "type": "object", "description": "Guards on apply.", "properties": { "maxDeletes": { "type": "integer", "minimum": 0, "description": "An apply that would delete more assignments stops (default 5)." }, "removeConfigurationsOnDelete": { "type": "boolean", "description": "When a source is deleted, apply also removes the Flux configurations its assignment left on the clusters (default false: they are listed as orphaned). Removals count against maxDeletes." } }, "additionalProperties": false } }, "required": ["version", "location", "teams"], "additionalProperties": false };
var pattern0 = new RegExp("^[a-z][a-z0-9]{2,39}$", "u");
var pattern1 = new RegExp("^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
var pattern2 = new RegExp("^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", "u");
var pattern3 = new RegExp("^[-\\w.()]{1,90}$", "u");
var func2 = import_ucs2length.default.default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.location === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.teams === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "teams" }, message: "must have required property 'teams'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "location" || key0 === "teams" || key0 === "managementGroups" || key0 === "fluxExtension" || key0 === "customDefinitions" || key0 === "safety")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      let data1 = data.location;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err5 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]{2,39}$" }, message: 'must match pattern "^[a-z][a-z0-9]{2,39}$"', schema: "^[a-z][a-z0-9]{2,39}$", parentSchema: schema11.properties.location, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.location.type, parentSchema: schema11.properties.location, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.teams !== void 0) {
      let data2 = data.teams;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err7 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.teams, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!pattern1.test(key1)) {
              const err8 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema11.properties.teams.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var valid1 = _errs7 === errors;
          if (!valid1) {
            const err9 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.teams.propertyNames, parentSchema: schema11.properties.teams, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.scopes === void 0) {
              const err10 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/required", keyword: "required", params: { missingProperty: "scopes" }, message: "must have required property 'scopes'", schema: schema11.properties.teams.additionalProperties.required, parentSchema: schema11.properties.teams.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key3 in data3) {
              if (!(key3 === "scopes" || key3 === "owners" || key3 === "keyVaults")) {
                const err11 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.teams.additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.scopes !== void 0) {
              let data4 = data3.scopes;
              if (Array.isArray(data4)) {
                if (data4.length < 1) {
                  const err12 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/scopes", schemaPath: "#/properties/teams/additionalProperties/properties/scopes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.teams.additionalProperties.properties.scopes, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data5 = data4[i0];
                  if (typeof data5 === "string") {
                    if (func2(data5) > 1024) {
                      const err13 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/scopes/" + i0, schemaPath: "#/properties/teams/additionalProperties/properties/scopes/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema11.properties.teams.additionalProperties.properties.scopes.items, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                    if (func2(data5) < 1) {
                      const err14 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/scopes/" + i0, schemaPath: "#/properties/teams/additionalProperties/properties/scopes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.teams.additionalProperties.properties.scopes.items, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/scopes/" + i0, schemaPath: "#/properties/teams/additionalProperties/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.teams.additionalProperties.properties.scopes.items.type, parentSchema: schema11.properties.teams.additionalProperties.properties.scopes.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/scopes", schemaPath: "#/properties/teams/additionalProperties/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.teams.additionalProperties.properties.scopes.type, parentSchema: schema11.properties.teams.additionalProperties.properties.scopes, data: data4 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data3.owners !== void 0) {
              let data6 = data3.owners;
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (typeof data7 === "string") {
                    if (func2(data7) > 254) {
                      const err17 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners/" + i1, schemaPath: "#/properties/teams/additionalProperties/properties/owners/items/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters", schema: 254, parentSchema: schema11.properties.teams.additionalProperties.properties.owners.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (func2(data7) < 1) {
                      const err18 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners/" + i1, schemaPath: "#/properties/teams/additionalProperties/properties/owners/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.teams.additionalProperties.properties.owners.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners/" + i1, schemaPath: "#/properties/teams/additionalProperties/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.teams.additionalProperties.properties.owners.items.type, parentSchema: schema11.properties.teams.additionalProperties.properties.owners.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners", schemaPath: "#/properties/teams/additionalProperties/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.teams.additionalProperties.properties.owners.type, parentSchema: schema11.properties.teams.additionalProperties.properties.owners, data: data6 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data3.keyVaults !== void 0) {
              let data8 = data3.keyVaults;
              if (Array.isArray(data8)) {
                const len2 = data8.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data9 = data8[i2];
                  if (typeof data9 === "string") {
                    if (!pattern2.test(data9)) {
                      const err21 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/keyVaults/" + i2, schemaPath: "#/properties/teams/additionalProperties/properties/keyVaults/items/pattern", keyword: "pattern", params: { pattern: "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$" }, message: 'must match pattern "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$"', schema: "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", parentSchema: schema11.properties.teams.additionalProperties.properties.keyVaults.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/keyVaults/" + i2, schemaPath: "#/properties/teams/additionalProperties/properties/keyVaults/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.teams.additionalProperties.properties.keyVaults.items.type, parentSchema: schema11.properties.teams.additionalProperties.properties.keyVaults.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/keyVaults", schemaPath: "#/properties/teams/additionalProperties/properties/keyVaults/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.teams.additionalProperties.properties.keyVaults.type, parentSchema: schema11.properties.teams.additionalProperties.properties.keyVaults, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/teams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.teams.additionalProperties.type, parentSchema: schema11.properties.teams.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.teams.type, parentSchema: schema11.properties.teams, data: data2 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.managementGroups !== void 0) {
      let data10 = data.managementGroups;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key4 in data10) {
          const _errs26 = errors;
          if (typeof key4 === "string") {
            if (!pattern3.test(key4)) {
              const err26 = { instancePath: instancePath + "/managementGroups", schemaPath: "#/properties/managementGroups/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[-\\w.()]{1,90}$" }, message: 'must match pattern "^[-\\w.()]{1,90}$"', schema: "^[-\\w.()]{1,90}$", parentSchema: schema11.properties.managementGroups.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          var valid10 = _errs26 === errors;
          if (!valid10) {
            const err27 = { instancePath: instancePath + "/managementGroups", schemaPath: "#/properties/managementGroups/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema11.properties.managementGroups.propertyNames, parentSchema: schema11.properties.managementGroups, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        for (const key5 in data10) {
          let data11 = data10[key5];
          if (Array.isArray(data11)) {
            const len3 = data11.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data12 = data11[i3];
              if (typeof data12 === "string") {
                if (func2(data12) > 1024) {
                  const err28 = { instancePath: instancePath + "/managementGroups/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/managementGroups/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema11.properties.managementGroups.additionalProperties.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (func2(data12) < 1) {
                  const err29 = { instancePath: instancePath + "/managementGroups/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/managementGroups/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.managementGroups.additionalProperties.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/managementGroups/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/managementGroups/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.managementGroups.additionalProperties.items.type, parentSchema: schema11.properties.managementGroups.additionalProperties.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/managementGroups/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/managementGroups/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.managementGroups.additionalProperties.type, parentSchema: schema11.properties.managementGroups.additionalProperties, data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/managementGroups", schemaPath: "#/properties/managementGroups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.managementGroups.type, parentSchema: schema11.properties.managementGroups, data: data10 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.fluxExtension !== void 0) {
      let data13 = data.fluxExtension;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key6 in data13) {
          if (!(key6 === "assign" || key6 === "releaseTrain" || key6 === "autoUpgradeMinorVersion" || key6 === "version" || key6 === "helmController" || key6 === "notificationController" || key6 === "imageAutomationController" || key6 === "imageReflectorController")) {
            const err33 = { instancePath: instancePath + "/fluxExtension", schemaPath: "#/properties/fluxExtension/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.fluxExtension, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data13.assign !== void 0) {
          let data14 = data13.assign;
          if (typeof data14 !== "boolean") {
            const err34 = { instancePath: instancePath + "/fluxExtension/assign", schemaPath: "#/properties/fluxExtension/properties/assign/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.fluxExtension.properties.assign.type, parentSchema: schema11.properties.fluxExtension.properties.assign, data: data14 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data13.releaseTrain !== void 0) {
          let data15 = data13.releaseTrain;
          if (typeof data15 !== "string") {
            const err35 = { instancePath: instancePath + "/fluxExtension/releaseTrain", schemaPath: "#/properties/fluxExtension/properties/releaseTrain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.fluxExtension.properties.releaseTrain.type, parentSchema: schema11.properties.fluxExtension.properties.releaseTrain, data: data15 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (!(data15 === "Stable")) {
            const err36 = { instancePath: instancePath + "/fluxExtension/releaseTrain", schemaPath: "#/properties/fluxExtension/properties/releaseTrain/enum", keyword: "enum", params: { allowedValues: schema11.properties.fluxExtension.properties.releaseTrain.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.fluxExtension.properties.releaseTrain.enum, parentSchema: schema11.properties.fluxExtension.properties.releaseTrain, data: data15 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data13.autoUpgradeMinorVersion !== void 0) {
          let data16 = data13.autoUpgradeMinorVersion;
          if (typeof data16 !== "boolean") {
            const err37 = { instancePath: instancePath + "/fluxExtension/autoUpgradeMinorVersion", schemaPath: "#/properties/fluxExtension/properties/autoUpgradeMinorVersion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.fluxExtension.properties.autoUpgradeMinorVersion.type, parentSchema: schema11.properties.fluxExtension.properties.autoUpgradeMinorVersion, data: data16 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data13.version !== void 0) {
          let data17 = data13.version;
          if (typeof data17 === "string") {
            if (func2(data17) > 64) {
              const err38 = { instancePath: instancePath + "/fluxExtension/version", schemaPath: "#/properties/fluxExtension/properties/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.fluxExtension.properties.version, data: data17 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (func2(data17) < 1) {
              const err39 = { instancePath: instancePath + "/fluxExtension/version", schemaPath: "#/properties/fluxExtension/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.fluxExtension.properties.version, data: data17 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/fluxExtension/version", schemaPath: "#/properties/fluxExtension/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.fluxExtension.properties.version.type, parentSchema: schema11.properties.fluxExtension.properties.version, data: data17 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data13.helmController !== void 0) {
          let data18 = data13.helmController;
          if (typeof data18 !== "boolean") {
            const err41 = { instancePath: instancePath + "/fluxExtension/helmController", schemaPath: "#/properties/fluxExtension/properties/helmController/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.fluxExtension.properties.helmController.type, parentSchema: schema11.properties.fluxExtension.properties.helmController, data: data18 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data13.notificationController !== void 0) {
          let data19 = data13.notificationController;
          if (typeof data19 !== "boolean") {
            const err42 = { instancePath: instancePath + "/fluxExtension/notificationController", schemaPath: "#/properties/fluxExtension/properties/notificationController/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.fluxExtension.properties.notificationController.type, parentSchema: schema11.properties.fluxExtension.properties.notificationController, data: data19 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data13.imageAutomationController !== void 0) {
          let data20 = data13.imageAutomationController;
          if (typeof data20 !== "boolean") {
            const err43 = { instancePath: instancePath + "/fluxExtension/imageAutomationController", schemaPath: "#/properties/fluxExtension/properties/imageAutomationController/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.fluxExtension.properties.imageAutomationController.type, parentSchema: schema11.properties.fluxExtension.properties.imageAutomationController, data: data20 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data13.imageReflectorController !== void 0) {
          let data21 = data13.imageReflectorController;
          if (typeof data21 !== "boolean") {
            const err44 = { instancePath: instancePath + "/fluxExtension/imageReflectorController", schemaPath: "#/properties/fluxExtension/properties/imageReflectorController/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.fluxExtension.properties.imageReflectorController.type, parentSchema: schema11.properties.fluxExtension.properties.imageReflectorController, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/fluxExtension", schemaPath: "#/properties/fluxExtension/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.fluxExtension.type, parentSchema: schema11.properties.fluxExtension, data: data13 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.customDefinitions !== void 0) {
      let data22 = data.customDefinitions;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.scope === void 0) {
          const err46 = { instancePath: instancePath + "/customDefinitions", schemaPath: "#/properties/customDefinitions/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema11.properties.customDefinitions.required, parentSchema: schema11.properties.customDefinitions, data: data22 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key7 in data22) {
          if (!(key7 === "scope")) {
            const err47 = { instancePath: instancePath + "/customDefinitions", schemaPath: "#/properties/customDefinitions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.customDefinitions, data: data22 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data22.scope !== void 0) {
          let data23 = data22.scope;
          if (typeof data23 === "string") {
            if (func2(data23) > 1024) {
              const err48 = { instancePath: instancePath + "/customDefinitions/scope", schemaPath: "#/properties/customDefinitions/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema11.properties.customDefinitions.properties.scope, data: data23 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (func2(data23) < 1) {
              const err49 = { instancePath: instancePath + "/customDefinitions/scope", schemaPath: "#/properties/customDefinitions/properties/scope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.customDefinitions.properties.scope, data: data23 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/customDefinitions/scope", schemaPath: "#/properties/customDefinitions/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.customDefinitions.properties.scope.type, parentSchema: schema11.properties.customDefinitions.properties.scope, data: data23 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/customDefinitions", schemaPath: "#/properties/customDefinitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.customDefinitions.type, parentSchema: schema11.properties.customDefinitions, data: data22 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.safety !== void 0) {
      let data24 = data.safety;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key8 in data24) {
          if (!(key8 === "maxDeletes" || key8 === "removeConfigurationsOnDelete")) {
            const err52 = { instancePath: instancePath + "/safety", schemaPath: "#/properties/safety/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.safety, data: data24 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data24.maxDeletes !== void 0) {
          let data25 = data24.maxDeletes;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
            const err53 = { instancePath: instancePath + "/safety/maxDeletes", schemaPath: "#/properties/safety/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.safety.properties.maxDeletes.type, parentSchema: schema11.properties.safety.properties.maxDeletes, data: data25 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 < 0 || isNaN(data25)) {
              const err54 = { instancePath: instancePath + "/safety/maxDeletes", schemaPath: "#/properties/safety/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.safety.properties.maxDeletes, data: data25 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        }
        if (data24.removeConfigurationsOnDelete !== void 0) {
          let data26 = data24.removeConfigurationsOnDelete;
          if (typeof data26 !== "boolean") {
            const err55 = { instancePath: instancePath + "/safety/removeConfigurationsOnDelete", schemaPath: "#/properties/safety/properties/removeConfigurationsOnDelete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.safety.properties.removeConfigurationsOnDelete.type, parentSchema: schema11.properties.safety.properties.removeConfigurationsOnDelete, data: data26 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/safety", schemaPath: "#/properties/safety/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.safety.type, parentSchema: schema11.properties.safety, data: data24 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var team = validate11;
var schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "urn:flux-policy:team-file", "title": "flux-policy team file", "type": "object", "description": "The sources one team assigns.", "properties": { "version": { "const": 1, "description": "Format version (1).", "x-rule": "unsupported-version", "x-fix": "must be 1" }, "team": { "type": "string", "description": "The team, as declared in flux-policy.yaml (and the folder name under teams/).", "pattern": "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "name-format", "x-fix": "must be at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit" }, "sources": { "type": "array", "description": "The team's sources.", "items": { "type": "object", "description": "One source: exactly one policy assignment that creates a Flux configuration on every cluster in its scope.", "properties": { "name": { "type": "string", "description": "Source name, unique in the team; the default configuration name.", "pattern": "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "name-format", "x-fix": "must be at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit" }, "displayName": { "type": "string", "description": "Display name of the assignment (default derived from team and source).", "minLength": 1, "maxLength": 128 }, "description": { "type": "string", "description": "Description of the assignment.", "maxLength": 512 }, "scope": { "type": "string", "description": "Management group, subscription or resource group id the assignment applies to.", "minLength": 1, "maxLength": 1024 }, "exclude": { "type": "array", "description": "Resource ids inside the scope to exclude (the assignment's notScopes).", "items": { "type": "string", "minLength": 1, "maxLength": 1024 }, "maxItems": 400 }, "enforcement": { "type": "string", "description": "Enforcement mode of the assignment.", "enum": ["Default", "DoNotEnforce"] }, "effect": { "type": "string", "description": "Effect of the definition.", "enum": ["DeployIfNotExists", "Disabled"] }, "git": { "type": "object", "description": "A Git repository source. Exactly one of branch, tag, semver or commit.", "properties": { "url": { "type": "string", "description": "Repository URL.", "pattern": "^((https?|ssh)://[^\\s]+|git@[^\\s:]+:[^\\s]+)$", "maxLength": 2048, "x-rule": "url-scheme", "x-fix": "must start with http://, https://, ssh:// or git@" }, "branch": { "type": "string", "description": "Branch to follow.", "pattern": "^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$", "maxLength": 255, "x-rule": "invalid-value", "x-fix": "must be a Git ref name as `git check-ref-format` accepts it: no spaces, control characters, ~ ^ : ? * [ \\ or .., and not starting with -" }, "tag": { "type": "string", "description": "Tag to follow.", "pattern": "^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$", "maxLength": 255, "x-rule": "invalid-value", "x-fix": "must be a Git ref name as `git check-ref-format` accepts it: no spaces, control characters, ~ ^ : ? * [ \\ or .., and not starting with -" }, "semver": { "type": "string", "description": 'Semver range of tags to follow, for example ">=1.0.0 <2.0.0".', "minLength": 1, "maxLength": 255 }, "commit": { "type": "string", "description": "Commit SHA to pin.", "pattern": "^[0-9a-f]{40}$", "x-rule": "invalid-value", "x-fix": "must be a full 40-character lowercase commit SHA" }, "syncInterval": { "type": "string", "description": "How often Flux checks the repository (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "timeout": { "type": "string", "description": "Timeout of Git operations (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "ssh": { "type": "object", "description": "SSH authentication: the private key is read from Key Vault.", "properties": { "knownHosts": { "type": "string", "description": "Base64-encoded known_hosts content (public data).", "maxLength": 65536 }, "keyVault": { "type": "string", "description": "Full resource id of the Key Vault that holds the secret (the built-ins use it as the vault id).", "pattern": "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", "x-rule": "keyvault-id", "x-fix": "must be the vault's full resource id: /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>" }, "secret": { "type": "string", "description": "Name of the secret in the Key Vault.", "pattern": "^[0-9a-zA-Z-]{1,127}$", "x-rule": "invalid-value", "x-fix": "must be a Key Vault secret name: 1 to 127 letters, digits or hyphens" } }, "required": ["keyVault", "secret"], "additionalProperties": false }, "https": { "type": "object", "description": "HTTPS authentication: the user name, and the key or token read from Key Vault.", "properties": { "user": { "type": "string", "description": "HTTPS user name (plain text, visible in the assignment).", "minLength": 1, "maxLength": 255 }, "keyVault": { "type": "string", "description": "Full resource id of the Key Vault that holds the secret (the built-ins use it as the vault id).", "pattern": "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", "x-rule": "keyvault-id", "x-fix": "must be the vault's full resource id: /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>" }, "secret": { "type": "string", "description": "Name of the secret in the Key Vault.", "pattern": "^[0-9a-zA-Z-]{1,127}$", "x-rule": "invalid-value", "x-fix": "must be a Key Vault secret name: 1 to 127 letters, digits or hyphens" } }, "required": ["user", "keyVault", "secret"], "additionalProperties": false }, "caCert": { "type": "string", "description": "Base64-encoded CA certificate for an HTTPS server with a private CA (public data).", "minLength": 1, "maxLength": 65536 }, "localSecret": { "type": "string", "description": "Name of a Kubernetes secret that already exists in the configuration namespace.", "pattern": "^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$", "x-rule": "invalid-value", "x-fix": "must be a Kubernetes secret name (lowercase letters, digits, dots and hyphens)" } }, "required": ["url"], "additionalProperties": false }, "bucket": { "type": "object", "description": "An S3-compatible bucket source.", "properties": { "url": { "type": "string", "description": "Bucket endpoint URL.", "pattern": "^(https?|s3)://[^\\s]+$", "maxLength": 2048, "x-rule": "url-scheme", "x-fix": "must start with http://, https:// or s3://" }, "name": { "type": "string", "description": "Bucket name.", "pattern": "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "x-rule": "invalid-value", "x-fix": "must be a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens" }, "insecure": { "type": "boolean", "description": "Use plain HTTP to reach the bucket (default false)." }, "syncInterval": { "type": "string", "description": "How often Flux checks the bucket (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "timeout": { "type": "string", "description": "Timeout of bucket operations (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "accessKey": { "type": "string", "description": "Access key id (plain text, visible in the assignment); the secret key comes from Key Vault.", "minLength": 1, "maxLength": 128 }, "secretKey": { "type": "object", "description": "Where the bucket secret key is kept in Key Vault.", "properties": { "keyVault": { "type": "string", "description": "Full resource id of the Key Vault that holds the secret (the built-ins use it as the vault id).", "pattern": "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", "x-rule": "keyvault-id", "x-fix": "must be the vault's full resource id: /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>" }, "secret": { "type": "string", "description": "Name of the secret in the Key Vault.", "pattern": "^[0-9a-zA-Z-]{1,127}$", "x-rule": "invalid-value", "x-fix": "must be a Key Vault secret name: 1 to 127 letters, digits or hyphens" } }, "required": ["keyVault", "secret"], "additionalProperties": false }, "localSecret": { "type": "string", "description": "Name of a Kubernetes secret that already exists in the configuration namespace.", "pattern": "^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$", "x-rule": "invalid-value", "x-fix": "must be a Kubernetes secret name (lowercase letters, digits, dots and hyphens)" } }, "required": ["url", "name"], "additionalProperties": false }, "namespace": { "type": "string", "description": 'Namespace of the Flux configuration (default "default").', "pattern": "^(?=.{1,63}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "namespace-format", "x-fix": "must be at most 63 lowercase letters, digits or hyphens, starting and ending with a letter or digit" }, "configurationName": { "type": "string", "description": "Name of the Flux configuration on each cluster (default the source name).", "pattern": "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "name-format", "x-fix": "must be at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit" }, "configurationScope": { "type": "string", "description": "Scope of the Flux configuration.", "enum": ["cluster", "namespace"] }, "kustomization": { "type": "object", "description": "The Kustomization Flux applies from the source.", "properties": { "name": { "type": "string", "description": "Kustomization name (default kustomization-1).", "pattern": "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "name-format", "x-fix": "must be at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit" }, "path": { "type": "string", "description": "Path in the source (default the root, ./).", "maxLength": 4096 }, "prune": { "type": "boolean", "description": "Delete objects removed from the source (default false)." }, "force": { "type": "boolean", "description": "Recreate objects that cannot be patched (default false)." }, "timeout": { "type": "string", "description": "Apply timeout (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "syncInterval": { "type": "string", "description": "Reconcile interval (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "retryInterval": { "type": "string", "description": "Retry interval after a failure (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "dependsOn": { "type": "array", "description": "Names of other kustomizations of this source that must be ready first (needs a custom definition).", "items": { "type": "string", "description": "A kustomization name.", "pattern": "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "name-format", "x-fix": "must be at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit" } } }, "additionalProperties": false }, "kustomizations": { "type": "array", "description": "Several kustomizations, each with a name (more than one needs a custom definition).", "items": { "type": "object", "description": "The Kustomization Flux applies from the source.", "properties": { "name": { "type": "string", "description": "Kustomization name (default kustomization-1).", "pattern": "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "name-format", "x-fix": "must be at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit" }, "path": { "type": "string", "description": "Path in the source (default the root, ./).", "maxLength": 4096 }, "prune": { "type": "boolean", "description": "Delete objects removed from the source (default false)." }, "force": { "type": "boolean", "description": "Recreate objects that cannot be patched (default false)." }, "timeout": { "type": "string", "description": "Apply timeout (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "syncInterval": { "type": "string", "description": "Reconcile interval (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "retryInterval": { "type": "string", "description": "Retry interval after a failure (default 10m).", "pattern": "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "maxLength": 32, "x-rule": "duration-format", "x-fix": "must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m" }, "dependsOn": { "type": "array", "description": "Names of other kustomizations of this source that must be ready first (needs a custom definition).", "items": { "type": "string", "description": "A kustomization name.", "pattern": "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "x-rule": "name-format", "x-fix": "must be at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit" } } }, "additionalProperties": false, "required": ["name"] }, "minItems": 1 } }, "required": ["name", "scope"], "additionalProperties": false }, "minItems": 1 } }, "required": ["team", "sources"], "additionalProperties": false };
var pattern6 = new RegExp("^((https?|ssh)://[^\\s]+|git@[^\\s:]+:[^\\s]+)$", "u");
var pattern7 = new RegExp("^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$", "u");
var pattern9 = new RegExp("^[0-9a-f]{40}$", "u");
var pattern10 = new RegExp("^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", "u");
var pattern13 = new RegExp("^[0-9a-zA-Z-]{1,127}$", "u");
var pattern16 = new RegExp("^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$", "u");
var pattern17 = new RegExp("^(https?|s3)://[^\\s]+$", "u");
var pattern18 = new RegExp("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "u");
var pattern24 = new RegExp("^(?=.{1,63}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
var func12 = Object.prototype.hasOwnProperty;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property 'team'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sources === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "team" || key0 === "sources")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema12.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.team !== void 0) {
      let data1 = data.team;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/properties/team/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema12.properties.team, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.team.type, parentSchema: schema12.properties.team, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data2 = data.sources;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.sources, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.name === void 0) {
              const err7 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.properties.sources.items.required, parentSchema: schema12.properties.sources.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.scope === void 0) {
              const err8 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema12.properties.sources.items.required, parentSchema: schema12.properties.sources.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!func12.call(schema12.properties.sources.items.properties, key1)) {
                const err9 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.sources.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.name !== void 0) {
              let data4 = data3.name;
              if (typeof data4 === "string") {
                if (!pattern1.test(data4)) {
                  const err10 = { instancePath: instancePath + "/sources/" + i0 + "/name", schemaPath: "#/properties/sources/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.name, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/sources/" + i0 + "/name", schemaPath: "#/properties/sources/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.name.type, parentSchema: schema12.properties.sources.items.properties.name, data: data4 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.displayName !== void 0) {
              let data5 = data3.displayName;
              if (typeof data5 === "string") {
                if (func2(data5) > 128) {
                  const err12 = { instancePath: instancePath + "/sources/" + i0 + "/displayName", schemaPath: "#/properties/sources/items/properties/displayName/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema12.properties.sources.items.properties.displayName, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (func2(data5) < 1) {
                  const err13 = { instancePath: instancePath + "/sources/" + i0 + "/displayName", schemaPath: "#/properties/sources/items/properties/displayName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.sources.items.properties.displayName, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/sources/" + i0 + "/displayName", schemaPath: "#/properties/sources/items/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.displayName.type, parentSchema: schema12.properties.sources.items.properties.displayName, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.description !== void 0) {
              let data6 = data3.description;
              if (typeof data6 === "string") {
                if (func2(data6) > 512) {
                  const err15 = { instancePath: instancePath + "/sources/" + i0 + "/description", schemaPath: "#/properties/sources/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema12.properties.sources.items.properties.description, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/sources/" + i0 + "/description", schemaPath: "#/properties/sources/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.description.type, parentSchema: schema12.properties.sources.items.properties.description, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data3.scope !== void 0) {
              let data7 = data3.scope;
              if (typeof data7 === "string") {
                if (func2(data7) > 1024) {
                  const err17 = { instancePath: instancePath + "/sources/" + i0 + "/scope", schemaPath: "#/properties/sources/items/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema12.properties.sources.items.properties.scope, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (func2(data7) < 1) {
                  const err18 = { instancePath: instancePath + "/sources/" + i0 + "/scope", schemaPath: "#/properties/sources/items/properties/scope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.sources.items.properties.scope, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/sources/" + i0 + "/scope", schemaPath: "#/properties/sources/items/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.scope.type, parentSchema: schema12.properties.sources.items.properties.scope, data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.exclude !== void 0) {
              let data8 = data3.exclude;
              if (Array.isArray(data8)) {
                if (data8.length > 400) {
                  const err20 = { instancePath: instancePath + "/sources/" + i0 + "/exclude", schemaPath: "#/properties/sources/items/properties/exclude/maxItems", keyword: "maxItems", params: { limit: 400 }, message: "must NOT have more than 400 items", schema: 400, parentSchema: schema12.properties.sources.items.properties.exclude, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data9 = data8[i1];
                  if (typeof data9 === "string") {
                    if (func2(data9) > 1024) {
                      const err21 = { instancePath: instancePath + "/sources/" + i0 + "/exclude/" + i1, schemaPath: "#/properties/sources/items/properties/exclude/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema12.properties.sources.items.properties.exclude.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (func2(data9) < 1) {
                      const err22 = { instancePath: instancePath + "/sources/" + i0 + "/exclude/" + i1, schemaPath: "#/properties/sources/items/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.sources.items.properties.exclude.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/sources/" + i0 + "/exclude/" + i1, schemaPath: "#/properties/sources/items/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.exclude.items.type, parentSchema: schema12.properties.sources.items.properties.exclude.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/sources/" + i0 + "/exclude", schemaPath: "#/properties/sources/items/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.sources.items.properties.exclude.type, parentSchema: schema12.properties.sources.items.properties.exclude, data: data8 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data3.enforcement !== void 0) {
              let data10 = data3.enforcement;
              if (typeof data10 !== "string") {
                const err25 = { instancePath: instancePath + "/sources/" + i0 + "/enforcement", schemaPath: "#/properties/sources/items/properties/enforcement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.enforcement.type, parentSchema: schema12.properties.sources.items.properties.enforcement, data: data10 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data10 === "Default" || data10 === "DoNotEnforce")) {
                const err26 = { instancePath: instancePath + "/sources/" + i0 + "/enforcement", schemaPath: "#/properties/sources/items/properties/enforcement/enum", keyword: "enum", params: { allowedValues: schema12.properties.sources.items.properties.enforcement.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.sources.items.properties.enforcement.enum, parentSchema: schema12.properties.sources.items.properties.enforcement, data: data10 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data3.effect !== void 0) {
              let data11 = data3.effect;
              if (typeof data11 !== "string") {
                const err27 = { instancePath: instancePath + "/sources/" + i0 + "/effect", schemaPath: "#/properties/sources/items/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.effect.type, parentSchema: schema12.properties.sources.items.properties.effect, data: data11 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (!(data11 === "DeployIfNotExists" || data11 === "Disabled")) {
                const err28 = { instancePath: instancePath + "/sources/" + i0 + "/effect", schemaPath: "#/properties/sources/items/properties/effect/enum", keyword: "enum", params: { allowedValues: schema12.properties.sources.items.properties.effect.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.sources.items.properties.effect.enum, parentSchema: schema12.properties.sources.items.properties.effect, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data3.git !== void 0) {
              let data12 = data3.git;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.url === void 0) {
                  const err29 = { instancePath: instancePath + "/sources/" + i0 + "/git", schemaPath: "#/properties/sources/items/properties/git/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema12.properties.sources.items.properties.git.required, parentSchema: schema12.properties.sources.items.properties.git, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                for (const key2 in data12) {
                  if (!func12.call(schema12.properties.sources.items.properties.git.properties, key2)) {
                    const err30 = { instancePath: instancePath + "/sources/" + i0 + "/git", schemaPath: "#/properties/sources/items/properties/git/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.sources.items.properties.git, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data12.url !== void 0) {
                  let data13 = data12.url;
                  if (typeof data13 === "string") {
                    if (func2(data13) > 2048) {
                      const err31 = { instancePath: instancePath + "/sources/" + i0 + "/git/url", schemaPath: "#/properties/sources/items/properties/git/properties/url/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema12.properties.sources.items.properties.git.properties.url, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    if (!pattern6.test(data13)) {
                      const err32 = { instancePath: instancePath + "/sources/" + i0 + "/git/url", schemaPath: "#/properties/sources/items/properties/git/properties/url/pattern", keyword: "pattern", params: { pattern: "^((https?|ssh)://[^\\s]+|git@[^\\s:]+:[^\\s]+)$" }, message: 'must match pattern "^((https?|ssh)://[^\\s]+|git@[^\\s:]+:[^\\s]+)$"', schema: "^((https?|ssh)://[^\\s]+|git@[^\\s:]+:[^\\s]+)$", parentSchema: schema12.properties.sources.items.properties.git.properties.url, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/sources/" + i0 + "/git/url", schemaPath: "#/properties/sources/items/properties/git/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.url.type, parentSchema: schema12.properties.sources.items.properties.git.properties.url, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data12.branch !== void 0) {
                  let data14 = data12.branch;
                  if (typeof data14 === "string") {
                    if (func2(data14) > 255) {
                      const err34 = { instancePath: instancePath + "/sources/" + i0 + "/git/branch", schemaPath: "#/properties/sources/items/properties/git/properties/branch/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema12.properties.sources.items.properties.git.properties.branch, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data14)) {
                      const err35 = { instancePath: instancePath + "/sources/" + i0 + "/git/branch", schemaPath: "#/properties/sources/items/properties/git/properties/branch/pattern", keyword: "pattern", params: { pattern: "^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$" }, message: 'must match pattern "^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$"', schema: "^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$", parentSchema: schema12.properties.sources.items.properties.git.properties.branch, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/sources/" + i0 + "/git/branch", schemaPath: "#/properties/sources/items/properties/git/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.branch.type, parentSchema: schema12.properties.sources.items.properties.git.properties.branch, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data12.tag !== void 0) {
                  let data15 = data12.tag;
                  if (typeof data15 === "string") {
                    if (func2(data15) > 255) {
                      const err37 = { instancePath: instancePath + "/sources/" + i0 + "/git/tag", schemaPath: "#/properties/sources/items/properties/git/properties/tag/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema12.properties.sources.items.properties.git.properties.tag, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data15)) {
                      const err38 = { instancePath: instancePath + "/sources/" + i0 + "/git/tag", schemaPath: "#/properties/sources/items/properties/git/properties/tag/pattern", keyword: "pattern", params: { pattern: "^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$" }, message: 'must match pattern "^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$"', schema: "^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$", parentSchema: schema12.properties.sources.items.properties.git.properties.tag, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/sources/" + i0 + "/git/tag", schemaPath: "#/properties/sources/items/properties/git/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.tag.type, parentSchema: schema12.properties.sources.items.properties.git.properties.tag, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data12.semver !== void 0) {
                  let data16 = data12.semver;
                  if (typeof data16 === "string") {
                    if (func2(data16) > 255) {
                      const err40 = { instancePath: instancePath + "/sources/" + i0 + "/git/semver", schemaPath: "#/properties/sources/items/properties/git/properties/semver/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema12.properties.sources.items.properties.git.properties.semver, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (func2(data16) < 1) {
                      const err41 = { instancePath: instancePath + "/sources/" + i0 + "/git/semver", schemaPath: "#/properties/sources/items/properties/git/properties/semver/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.sources.items.properties.git.properties.semver, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/sources/" + i0 + "/git/semver", schemaPath: "#/properties/sources/items/properties/git/properties/semver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.semver.type, parentSchema: schema12.properties.sources.items.properties.git.properties.semver, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data12.commit !== void 0) {
                  let data17 = data12.commit;
                  if (typeof data17 === "string") {
                    if (!pattern9.test(data17)) {
                      const err43 = { instancePath: instancePath + "/sources/" + i0 + "/git/commit", schemaPath: "#/properties/sources/items/properties/git/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema12.properties.sources.items.properties.git.properties.commit, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/sources/" + i0 + "/git/commit", schemaPath: "#/properties/sources/items/properties/git/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.commit.type, parentSchema: schema12.properties.sources.items.properties.git.properties.commit, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data12.syncInterval !== void 0) {
                  let data18 = data12.syncInterval;
                  if (typeof data18 === "string") {
                    if (func2(data18) > 32) {
                      const err45 = { instancePath: instancePath + "/sources/" + i0 + "/git/syncInterval", schemaPath: "#/properties/sources/items/properties/git/properties/syncInterval/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.git.properties.syncInterval, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data18)) {
                      const err46 = { instancePath: instancePath + "/sources/" + i0 + "/git/syncInterval", schemaPath: "#/properties/sources/items/properties/git/properties/syncInterval/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.git.properties.syncInterval, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/sources/" + i0 + "/git/syncInterval", schemaPath: "#/properties/sources/items/properties/git/properties/syncInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.syncInterval.type, parentSchema: schema12.properties.sources.items.properties.git.properties.syncInterval, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data12.timeout !== void 0) {
                  let data19 = data12.timeout;
                  if (typeof data19 === "string") {
                    if (func2(data19) > 32) {
                      const err48 = { instancePath: instancePath + "/sources/" + i0 + "/git/timeout", schemaPath: "#/properties/sources/items/properties/git/properties/timeout/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.git.properties.timeout, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data19)) {
                      const err49 = { instancePath: instancePath + "/sources/" + i0 + "/git/timeout", schemaPath: "#/properties/sources/items/properties/git/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.git.properties.timeout, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/sources/" + i0 + "/git/timeout", schemaPath: "#/properties/sources/items/properties/git/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.timeout.type, parentSchema: schema12.properties.sources.items.properties.git.properties.timeout, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data12.ssh !== void 0) {
                  let data20 = data12.ssh;
                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                    if (data20.keyVault === void 0) {
                      const err51 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/required", keyword: "required", params: { missingProperty: "keyVault" }, message: "must have required property 'keyVault'", schema: schema12.properties.sources.items.properties.git.properties.ssh.required, parentSchema: schema12.properties.sources.items.properties.git.properties.ssh, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                    if (data20.secret === void 0) {
                      const err52 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema12.properties.sources.items.properties.git.properties.ssh.required, parentSchema: schema12.properties.sources.items.properties.git.properties.ssh, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    for (const key3 in data20) {
                      if (!(key3 === "knownHosts" || key3 === "keyVault" || key3 === "secret")) {
                        const err53 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.sources.items.properties.git.properties.ssh, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    }
                    if (data20.knownHosts !== void 0) {
                      let data21 = data20.knownHosts;
                      if (typeof data21 === "string") {
                        if (func2(data21) > 65536) {
                          const err54 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh/knownHosts", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/properties/knownHosts/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters", schema: 65536, parentSchema: schema12.properties.sources.items.properties.git.properties.ssh.properties.knownHosts, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err54];
                          } else {
                            vErrors.push(err54);
                          }
                          errors++;
                        }
                      } else {
                        const err55 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh/knownHosts", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/properties/knownHosts/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.ssh.properties.knownHosts.type, parentSchema: schema12.properties.sources.items.properties.git.properties.ssh.properties.knownHosts, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                    }
                    if (data20.keyVault !== void 0) {
                      let data22 = data20.keyVault;
                      if (typeof data22 === "string") {
                        if (!pattern2.test(data22)) {
                          const err56 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh/keyVault", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/properties/keyVault/pattern", keyword: "pattern", params: { pattern: "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$" }, message: 'must match pattern "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$"', schema: "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", parentSchema: schema12.properties.sources.items.properties.git.properties.ssh.properties.keyVault, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh/keyVault", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/properties/keyVault/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.ssh.properties.keyVault.type, parentSchema: schema12.properties.sources.items.properties.git.properties.ssh.properties.keyVault, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data20.secret !== void 0) {
                      let data23 = data20.secret;
                      if (typeof data23 === "string") {
                        if (!pattern13.test(data23)) {
                          const err58 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh/secret", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z-]{1,127}$" }, message: 'must match pattern "^[0-9a-zA-Z-]{1,127}$"', schema: "^[0-9a-zA-Z-]{1,127}$", parentSchema: schema12.properties.sources.items.properties.git.properties.ssh.properties.secret, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                      } else {
                        const err59 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh/secret", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.ssh.properties.secret.type, parentSchema: schema12.properties.sources.items.properties.git.properties.ssh.properties.secret, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/sources/" + i0 + "/git/ssh", schemaPath: "#/properties/sources/items/properties/git/properties/ssh/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.items.properties.git.properties.ssh.type, parentSchema: schema12.properties.sources.items.properties.git.properties.ssh, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data12.https !== void 0) {
                  let data24 = data12.https;
                  if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                    if (data24.user === void 0) {
                      const err61 = { instancePath: instancePath + "/sources/" + i0 + "/git/https", schemaPath: "#/properties/sources/items/properties/git/properties/https/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema12.properties.sources.items.properties.git.properties.https.required, parentSchema: schema12.properties.sources.items.properties.git.properties.https, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                    if (data24.keyVault === void 0) {
                      const err62 = { instancePath: instancePath + "/sources/" + i0 + "/git/https", schemaPath: "#/properties/sources/items/properties/git/properties/https/required", keyword: "required", params: { missingProperty: "keyVault" }, message: "must have required property 'keyVault'", schema: schema12.properties.sources.items.properties.git.properties.https.required, parentSchema: schema12.properties.sources.items.properties.git.properties.https, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                    if (data24.secret === void 0) {
                      const err63 = { instancePath: instancePath + "/sources/" + i0 + "/git/https", schemaPath: "#/properties/sources/items/properties/git/properties/https/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema12.properties.sources.items.properties.git.properties.https.required, parentSchema: schema12.properties.sources.items.properties.git.properties.https, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    for (const key4 in data24) {
                      if (!(key4 === "user" || key4 === "keyVault" || key4 === "secret")) {
                        const err64 = { instancePath: instancePath + "/sources/" + i0 + "/git/https", schemaPath: "#/properties/sources/items/properties/git/properties/https/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.sources.items.properties.git.properties.https, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                    if (data24.user !== void 0) {
                      let data25 = data24.user;
                      if (typeof data25 === "string") {
                        if (func2(data25) > 255) {
                          const err65 = { instancePath: instancePath + "/sources/" + i0 + "/git/https/user", schemaPath: "#/properties/sources/items/properties/git/properties/https/properties/user/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema12.properties.sources.items.properties.git.properties.https.properties.user, data: data25 };
                          if (vErrors === null) {
                            vErrors = [err65];
                          } else {
                            vErrors.push(err65);
                          }
                          errors++;
                        }
                        if (func2(data25) < 1) {
                          const err66 = { instancePath: instancePath + "/sources/" + i0 + "/git/https/user", schemaPath: "#/properties/sources/items/properties/git/properties/https/properties/user/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.sources.items.properties.git.properties.https.properties.user, data: data25 };
                          if (vErrors === null) {
                            vErrors = [err66];
                          } else {
                            vErrors.push(err66);
                          }
                          errors++;
                        }
                      } else {
                        const err67 = { instancePath: instancePath + "/sources/" + i0 + "/git/https/user", schemaPath: "#/properties/sources/items/properties/git/properties/https/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.https.properties.user.type, parentSchema: schema12.properties.sources.items.properties.git.properties.https.properties.user, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                    if (data24.keyVault !== void 0) {
                      let data26 = data24.keyVault;
                      if (typeof data26 === "string") {
                        if (!pattern2.test(data26)) {
                          const err68 = { instancePath: instancePath + "/sources/" + i0 + "/git/https/keyVault", schemaPath: "#/properties/sources/items/properties/git/properties/https/properties/keyVault/pattern", keyword: "pattern", params: { pattern: "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$" }, message: 'must match pattern "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$"', schema: "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", parentSchema: schema12.properties.sources.items.properties.git.properties.https.properties.keyVault, data: data26 };
                          if (vErrors === null) {
                            vErrors = [err68];
                          } else {
                            vErrors.push(err68);
                          }
                          errors++;
                        }
                      } else {
                        const err69 = { instancePath: instancePath + "/sources/" + i0 + "/git/https/keyVault", schemaPath: "#/properties/sources/items/properties/git/properties/https/properties/keyVault/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.https.properties.keyVault.type, parentSchema: schema12.properties.sources.items.properties.git.properties.https.properties.keyVault, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      }
                    }
                    if (data24.secret !== void 0) {
                      let data27 = data24.secret;
                      if (typeof data27 === "string") {
                        if (!pattern13.test(data27)) {
                          const err70 = { instancePath: instancePath + "/sources/" + i0 + "/git/https/secret", schemaPath: "#/properties/sources/items/properties/git/properties/https/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z-]{1,127}$" }, message: 'must match pattern "^[0-9a-zA-Z-]{1,127}$"', schema: "^[0-9a-zA-Z-]{1,127}$", parentSchema: schema12.properties.sources.items.properties.git.properties.https.properties.secret, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err70];
                          } else {
                            vErrors.push(err70);
                          }
                          errors++;
                        }
                      } else {
                        const err71 = { instancePath: instancePath + "/sources/" + i0 + "/git/https/secret", schemaPath: "#/properties/sources/items/properties/git/properties/https/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.https.properties.secret.type, parentSchema: schema12.properties.sources.items.properties.git.properties.https.properties.secret, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/sources/" + i0 + "/git/https", schemaPath: "#/properties/sources/items/properties/git/properties/https/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.items.properties.git.properties.https.type, parentSchema: schema12.properties.sources.items.properties.git.properties.https, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data12.caCert !== void 0) {
                  let data28 = data12.caCert;
                  if (typeof data28 === "string") {
                    if (func2(data28) > 65536) {
                      const err73 = { instancePath: instancePath + "/sources/" + i0 + "/git/caCert", schemaPath: "#/properties/sources/items/properties/git/properties/caCert/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters", schema: 65536, parentSchema: schema12.properties.sources.items.properties.git.properties.caCert, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                    if (func2(data28) < 1) {
                      const err74 = { instancePath: instancePath + "/sources/" + i0 + "/git/caCert", schemaPath: "#/properties/sources/items/properties/git/properties/caCert/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.sources.items.properties.git.properties.caCert, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                  } else {
                    const err75 = { instancePath: instancePath + "/sources/" + i0 + "/git/caCert", schemaPath: "#/properties/sources/items/properties/git/properties/caCert/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.caCert.type, parentSchema: schema12.properties.sources.items.properties.git.properties.caCert, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data12.localSecret !== void 0) {
                  let data29 = data12.localSecret;
                  if (typeof data29 === "string") {
                    if (!pattern16.test(data29)) {
                      const err76 = { instancePath: instancePath + "/sources/" + i0 + "/git/localSecret", schemaPath: "#/properties/sources/items/properties/git/properties/localSecret/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$"', schema: "^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.git.properties.localSecret, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/sources/" + i0 + "/git/localSecret", schemaPath: "#/properties/sources/items/properties/git/properties/localSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.git.properties.localSecret.type, parentSchema: schema12.properties.sources.items.properties.git.properties.localSecret, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
              } else {
                const err78 = { instancePath: instancePath + "/sources/" + i0 + "/git", schemaPath: "#/properties/sources/items/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.items.properties.git.type, parentSchema: schema12.properties.sources.items.properties.git, data: data12 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data3.bucket !== void 0) {
              let data30 = data3.bucket;
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                if (data30.url === void 0) {
                  const err79 = { instancePath: instancePath + "/sources/" + i0 + "/bucket", schemaPath: "#/properties/sources/items/properties/bucket/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema12.properties.sources.items.properties.bucket.required, parentSchema: schema12.properties.sources.items.properties.bucket, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (data30.name === void 0) {
                  const err80 = { instancePath: instancePath + "/sources/" + i0 + "/bucket", schemaPath: "#/properties/sources/items/properties/bucket/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.properties.sources.items.properties.bucket.required, parentSchema: schema12.properties.sources.items.properties.bucket, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                for (const key5 in data30) {
                  if (!(key5 === "url" || key5 === "name" || key5 === "insecure" || key5 === "syncInterval" || key5 === "timeout" || key5 === "accessKey" || key5 === "secretKey" || key5 === "localSecret")) {
                    const err81 = { instancePath: instancePath + "/sources/" + i0 + "/bucket", schemaPath: "#/properties/sources/items/properties/bucket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.sources.items.properties.bucket, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data30.url !== void 0) {
                  let data31 = data30.url;
                  if (typeof data31 === "string") {
                    if (func2(data31) > 2048) {
                      const err82 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/url", schemaPath: "#/properties/sources/items/properties/bucket/properties/url/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema12.properties.sources.items.properties.bucket.properties.url, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data31)) {
                      const err83 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/url", schemaPath: "#/properties/sources/items/properties/bucket/properties/url/pattern", keyword: "pattern", params: { pattern: "^(https?|s3)://[^\\s]+$" }, message: 'must match pattern "^(https?|s3)://[^\\s]+$"', schema: "^(https?|s3)://[^\\s]+$", parentSchema: schema12.properties.sources.items.properties.bucket.properties.url, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/url", schemaPath: "#/properties/sources/items/properties/bucket/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.bucket.properties.url.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.url, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data30.name !== void 0) {
                  let data32 = data30.name;
                  if (typeof data32 === "string") {
                    if (!pattern18.test(data32)) {
                      const err85 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/name", schemaPath: "#/properties/sources/items/properties/bucket/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$" }, message: 'must match pattern "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"', schema: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", parentSchema: schema12.properties.sources.items.properties.bucket.properties.name, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  } else {
                    const err86 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/name", schemaPath: "#/properties/sources/items/properties/bucket/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.bucket.properties.name.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.name, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data30.insecure !== void 0) {
                  let data33 = data30.insecure;
                  if (typeof data33 !== "boolean") {
                    const err87 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/insecure", schemaPath: "#/properties/sources/items/properties/bucket/properties/insecure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.sources.items.properties.bucket.properties.insecure.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.insecure, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data30.syncInterval !== void 0) {
                  let data34 = data30.syncInterval;
                  if (typeof data34 === "string") {
                    if (func2(data34) > 32) {
                      const err88 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/syncInterval", schemaPath: "#/properties/sources/items/properties/bucket/properties/syncInterval/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.bucket.properties.syncInterval, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data34)) {
                      const err89 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/syncInterval", schemaPath: "#/properties/sources/items/properties/bucket/properties/syncInterval/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.bucket.properties.syncInterval, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/syncInterval", schemaPath: "#/properties/sources/items/properties/bucket/properties/syncInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.bucket.properties.syncInterval.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.syncInterval, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data30.timeout !== void 0) {
                  let data35 = data30.timeout;
                  if (typeof data35 === "string") {
                    if (func2(data35) > 32) {
                      const err91 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/timeout", schemaPath: "#/properties/sources/items/properties/bucket/properties/timeout/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.bucket.properties.timeout, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data35)) {
                      const err92 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/timeout", schemaPath: "#/properties/sources/items/properties/bucket/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.bucket.properties.timeout, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  } else {
                    const err93 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/timeout", schemaPath: "#/properties/sources/items/properties/bucket/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.bucket.properties.timeout.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.timeout, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data30.accessKey !== void 0) {
                  let data36 = data30.accessKey;
                  if (typeof data36 === "string") {
                    if (func2(data36) > 128) {
                      const err94 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/accessKey", schemaPath: "#/properties/sources/items/properties/bucket/properties/accessKey/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema12.properties.sources.items.properties.bucket.properties.accessKey, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                    if (func2(data36) < 1) {
                      const err95 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/accessKey", schemaPath: "#/properties/sources/items/properties/bucket/properties/accessKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.sources.items.properties.bucket.properties.accessKey, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/accessKey", schemaPath: "#/properties/sources/items/properties/bucket/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.bucket.properties.accessKey.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.accessKey, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data30.secretKey !== void 0) {
                  let data37 = data30.secretKey;
                  if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                    if (data37.keyVault === void 0) {
                      const err97 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/secretKey", schemaPath: "#/properties/sources/items/properties/bucket/properties/secretKey/required", keyword: "required", params: { missingProperty: "keyVault" }, message: "must have required property 'keyVault'", schema: schema12.properties.sources.items.properties.bucket.properties.secretKey.required, parentSchema: schema12.properties.sources.items.properties.bucket.properties.secretKey, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                    if (data37.secret === void 0) {
                      const err98 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/secretKey", schemaPath: "#/properties/sources/items/properties/bucket/properties/secretKey/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema12.properties.sources.items.properties.bucket.properties.secretKey.required, parentSchema: schema12.properties.sources.items.properties.bucket.properties.secretKey, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                    for (const key6 in data37) {
                      if (!(key6 === "keyVault" || key6 === "secret")) {
                        const err99 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/secretKey", schemaPath: "#/properties/sources/items/properties/bucket/properties/secretKey/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.sources.items.properties.bucket.properties.secretKey, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                    if (data37.keyVault !== void 0) {
                      let data38 = data37.keyVault;
                      if (typeof data38 === "string") {
                        if (!pattern2.test(data38)) {
                          const err100 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/secretKey/keyVault", schemaPath: "#/properties/sources/items/properties/bucket/properties/secretKey/properties/keyVault/pattern", keyword: "pattern", params: { pattern: "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$" }, message: 'must match pattern "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$"', schema: "^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", parentSchema: schema12.properties.sources.items.properties.bucket.properties.secretKey.properties.keyVault, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err100];
                          } else {
                            vErrors.push(err100);
                          }
                          errors++;
                        }
                      } else {
                        const err101 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/secretKey/keyVault", schemaPath: "#/properties/sources/items/properties/bucket/properties/secretKey/properties/keyVault/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.bucket.properties.secretKey.properties.keyVault.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.secretKey.properties.keyVault, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err101];
                        } else {
                          vErrors.push(err101);
                        }
                        errors++;
                      }
                    }
                    if (data37.secret !== void 0) {
                      let data39 = data37.secret;
                      if (typeof data39 === "string") {
                        if (!pattern13.test(data39)) {
                          const err102 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/secretKey/secret", schemaPath: "#/properties/sources/items/properties/bucket/properties/secretKey/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z-]{1,127}$" }, message: 'must match pattern "^[0-9a-zA-Z-]{1,127}$"', schema: "^[0-9a-zA-Z-]{1,127}$", parentSchema: schema12.properties.sources.items.properties.bucket.properties.secretKey.properties.secret, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                      } else {
                        const err103 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/secretKey/secret", schemaPath: "#/properties/sources/items/properties/bucket/properties/secretKey/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.bucket.properties.secretKey.properties.secret.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.secretKey.properties.secret, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err103];
                        } else {
                          vErrors.push(err103);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/secretKey", schemaPath: "#/properties/sources/items/properties/bucket/properties/secretKey/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.items.properties.bucket.properties.secretKey.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.secretKey, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data30.localSecret !== void 0) {
                  let data40 = data30.localSecret;
                  if (typeof data40 === "string") {
                    if (!pattern16.test(data40)) {
                      const err105 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/localSecret", schemaPath: "#/properties/sources/items/properties/bucket/properties/localSecret/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$"', schema: "^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.bucket.properties.localSecret, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                  } else {
                    const err106 = { instancePath: instancePath + "/sources/" + i0 + "/bucket/localSecret", schemaPath: "#/properties/sources/items/properties/bucket/properties/localSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.bucket.properties.localSecret.type, parentSchema: schema12.properties.sources.items.properties.bucket.properties.localSecret, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
              } else {
                const err107 = { instancePath: instancePath + "/sources/" + i0 + "/bucket", schemaPath: "#/properties/sources/items/properties/bucket/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.items.properties.bucket.type, parentSchema: schema12.properties.sources.items.properties.bucket, data: data30 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data3.namespace !== void 0) {
              let data41 = data3.namespace;
              if (typeof data41 === "string") {
                if (!pattern24.test(data41)) {
                  const err108 = { instancePath: instancePath + "/sources/" + i0 + "/namespace", schemaPath: "#/properties/sources/items/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,63}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,63}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,63}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.namespace, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/sources/" + i0 + "/namespace", schemaPath: "#/properties/sources/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.namespace.type, parentSchema: schema12.properties.sources.items.properties.namespace, data: data41 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data3.configurationName !== void 0) {
              let data42 = data3.configurationName;
              if (typeof data42 === "string") {
                if (!pattern1.test(data42)) {
                  const err110 = { instancePath: instancePath + "/sources/" + i0 + "/configurationName", schemaPath: "#/properties/sources/items/properties/configurationName/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.configurationName, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              } else {
                const err111 = { instancePath: instancePath + "/sources/" + i0 + "/configurationName", schemaPath: "#/properties/sources/items/properties/configurationName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.configurationName.type, parentSchema: schema12.properties.sources.items.properties.configurationName, data: data42 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data3.configurationScope !== void 0) {
              let data43 = data3.configurationScope;
              if (typeof data43 !== "string") {
                const err112 = { instancePath: instancePath + "/sources/" + i0 + "/configurationScope", schemaPath: "#/properties/sources/items/properties/configurationScope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.configurationScope.type, parentSchema: schema12.properties.sources.items.properties.configurationScope, data: data43 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              if (!(data43 === "cluster" || data43 === "namespace")) {
                const err113 = { instancePath: instancePath + "/sources/" + i0 + "/configurationScope", schemaPath: "#/properties/sources/items/properties/configurationScope/enum", keyword: "enum", params: { allowedValues: schema12.properties.sources.items.properties.configurationScope.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.sources.items.properties.configurationScope.enum, parentSchema: schema12.properties.sources.items.properties.configurationScope, data: data43 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data3.kustomization !== void 0) {
              let data44 = data3.kustomization;
              if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                for (const key7 in data44) {
                  if (!(key7 === "name" || key7 === "path" || key7 === "prune" || key7 === "force" || key7 === "timeout" || key7 === "syncInterval" || key7 === "retryInterval" || key7 === "dependsOn")) {
                    const err114 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization", schemaPath: "#/properties/sources/items/properties/kustomization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.sources.items.properties.kustomization, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data44.name !== void 0) {
                  let data45 = data44.name;
                  if (typeof data45 === "string") {
                    if (!pattern1.test(data45)) {
                      const err115 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/name", schemaPath: "#/properties/sources/items/properties/kustomization/properties/name/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.kustomization.properties.name, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  } else {
                    const err116 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/name", schemaPath: "#/properties/sources/items/properties/kustomization/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomization.properties.name.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.name, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
                if (data44.path !== void 0) {
                  let data46 = data44.path;
                  if (typeof data46 === "string") {
                    if (func2(data46) > 4096) {
                      const err117 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/path", schemaPath: "#/properties/sources/items/properties/kustomization/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.path, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err117];
                      } else {
                        vErrors.push(err117);
                      }
                      errors++;
                    }
                  } else {
                    const err118 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/path", schemaPath: "#/properties/sources/items/properties/kustomization/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomization.properties.path.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.path, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data44.prune !== void 0) {
                  let data47 = data44.prune;
                  if (typeof data47 !== "boolean") {
                    const err119 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/prune", schemaPath: "#/properties/sources/items/properties/kustomization/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.sources.items.properties.kustomization.properties.prune.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.prune, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
                if (data44.force !== void 0) {
                  let data48 = data44.force;
                  if (typeof data48 !== "boolean") {
                    const err120 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/force", schemaPath: "#/properties/sources/items/properties/kustomization/properties/force/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.sources.items.properties.kustomization.properties.force.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.force, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data44.timeout !== void 0) {
                  let data49 = data44.timeout;
                  if (typeof data49 === "string") {
                    if (func2(data49) > 32) {
                      const err121 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/timeout", schemaPath: "#/properties/sources/items/properties/kustomization/properties/timeout/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.timeout, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data49)) {
                      const err122 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/timeout", schemaPath: "#/properties/sources/items/properties/kustomization/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.kustomization.properties.timeout, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  } else {
                    const err123 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/timeout", schemaPath: "#/properties/sources/items/properties/kustomization/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomization.properties.timeout.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.timeout, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data44.syncInterval !== void 0) {
                  let data50 = data44.syncInterval;
                  if (typeof data50 === "string") {
                    if (func2(data50) > 32) {
                      const err124 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/syncInterval", schemaPath: "#/properties/sources/items/properties/kustomization/properties/syncInterval/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.syncInterval, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data50)) {
                      const err125 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/syncInterval", schemaPath: "#/properties/sources/items/properties/kustomization/properties/syncInterval/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.kustomization.properties.syncInterval, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/syncInterval", schemaPath: "#/properties/sources/items/properties/kustomization/properties/syncInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomization.properties.syncInterval.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.syncInterval, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data44.retryInterval !== void 0) {
                  let data51 = data44.retryInterval;
                  if (typeof data51 === "string") {
                    if (func2(data51) > 32) {
                      const err127 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/retryInterval", schemaPath: "#/properties/sources/items/properties/kustomization/properties/retryInterval/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.retryInterval, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data51)) {
                      const err128 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/retryInterval", schemaPath: "#/properties/sources/items/properties/kustomization/properties/retryInterval/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.kustomization.properties.retryInterval, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                  } else {
                    const err129 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/retryInterval", schemaPath: "#/properties/sources/items/properties/kustomization/properties/retryInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomization.properties.retryInterval.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.retryInterval, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                if (data44.dependsOn !== void 0) {
                  let data52 = data44.dependsOn;
                  if (Array.isArray(data52)) {
                    const len2 = data52.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data53 = data52[i2];
                      if (typeof data53 === "string") {
                        if (!pattern1.test(data53)) {
                          const err130 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/dependsOn/" + i2, schemaPath: "#/properties/sources/items/properties/kustomization/properties/dependsOn/items/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.kustomization.properties.dependsOn.items, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err130];
                          } else {
                            vErrors.push(err130);
                          }
                          errors++;
                        }
                      } else {
                        const err131 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/dependsOn/" + i2, schemaPath: "#/properties/sources/items/properties/kustomization/properties/dependsOn/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomization.properties.dependsOn.items.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.dependsOn.items, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err132 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization/dependsOn", schemaPath: "#/properties/sources/items/properties/kustomization/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.sources.items.properties.kustomization.properties.dependsOn.type, parentSchema: schema12.properties.sources.items.properties.kustomization.properties.dependsOn, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
              } else {
                const err133 = { instancePath: instancePath + "/sources/" + i0 + "/kustomization", schemaPath: "#/properties/sources/items/properties/kustomization/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.items.properties.kustomization.type, parentSchema: schema12.properties.sources.items.properties.kustomization, data: data44 };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data3.kustomizations !== void 0) {
              let data54 = data3.kustomizations;
              if (Array.isArray(data54)) {
                if (data54.length < 1) {
                  const err134 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations", schemaPath: "#/properties/sources/items/properties/kustomizations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.sources.items.properties.kustomizations, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                const len3 = data54.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data55 = data54[i3];
                  if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                    if (data55.name === void 0) {
                      const err135 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3, schemaPath: "#/properties/sources/items/properties/kustomizations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.properties.sources.items.properties.kustomizations.items.required, parentSchema: schema12.properties.sources.items.properties.kustomizations.items, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err135];
                      } else {
                        vErrors.push(err135);
                      }
                      errors++;
                    }
                    for (const key8 in data55) {
                      if (!(key8 === "name" || key8 === "path" || key8 === "prune" || key8 === "force" || key8 === "timeout" || key8 === "syncInterval" || key8 === "retryInterval" || key8 === "dependsOn")) {
                        const err136 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3, schemaPath: "#/properties/sources/items/properties/kustomizations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.sources.items.properties.kustomizations.items, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                    if (data55.name !== void 0) {
                      let data56 = data55.name;
                      if (typeof data56 === "string") {
                        if (!pattern1.test(data56)) {
                          const err137 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/name", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.name, data: data56 };
                          if (vErrors === null) {
                            vErrors = [err137];
                          } else {
                            vErrors.push(err137);
                          }
                          errors++;
                        }
                      } else {
                        const err138 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/name", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.name.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.name, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err138];
                        } else {
                          vErrors.push(err138);
                        }
                        errors++;
                      }
                    }
                    if (data55.path !== void 0) {
                      let data57 = data55.path;
                      if (typeof data57 === "string") {
                        if (func2(data57) > 4096) {
                          const err139 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/path", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.path, data: data57 };
                          if (vErrors === null) {
                            vErrors = [err139];
                          } else {
                            vErrors.push(err139);
                          }
                          errors++;
                        }
                      } else {
                        const err140 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/path", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.path.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.path, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                    }
                    if (data55.prune !== void 0) {
                      let data58 = data55.prune;
                      if (typeof data58 !== "boolean") {
                        const err141 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/prune", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.prune.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.prune, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err141];
                        } else {
                          vErrors.push(err141);
                        }
                        errors++;
                      }
                    }
                    if (data55.force !== void 0) {
                      let data59 = data55.force;
                      if (typeof data59 !== "boolean") {
                        const err142 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/force", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/force/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.force.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.force, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    if (data55.timeout !== void 0) {
                      let data60 = data55.timeout;
                      if (typeof data60 === "string") {
                        if (func2(data60) > 32) {
                          const err143 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/timeout", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/timeout/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.timeout, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err143];
                          } else {
                            vErrors.push(err143);
                          }
                          errors++;
                        }
                        if (!pattern10.test(data60)) {
                          const err144 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/timeout", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.timeout, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err144];
                          } else {
                            vErrors.push(err144);
                          }
                          errors++;
                        }
                      } else {
                        const err145 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/timeout", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.timeout.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.timeout, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (data55.syncInterval !== void 0) {
                      let data61 = data55.syncInterval;
                      if (typeof data61 === "string") {
                        if (func2(data61) > 32) {
                          const err146 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/syncInterval", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/syncInterval/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.syncInterval, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                        }
                        if (!pattern10.test(data61)) {
                          const err147 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/syncInterval", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/syncInterval/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.syncInterval, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err147];
                          } else {
                            vErrors.push(err147);
                          }
                          errors++;
                        }
                      } else {
                        const err148 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/syncInterval", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/syncInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.syncInterval.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.syncInterval, data: data61 };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                    if (data55.retryInterval !== void 0) {
                      let data62 = data55.retryInterval;
                      if (typeof data62 === "string") {
                        if (func2(data62) > 32) {
                          const err149 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/retryInterval", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/retryInterval/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.retryInterval, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err149];
                          } else {
                            vErrors.push(err149);
                          }
                          errors++;
                        }
                        if (!pattern10.test(data62)) {
                          const err150 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/retryInterval", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/retryInterval/pattern", keyword: "pattern", params: { pattern: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$" }, message: 'must match pattern "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$"', schema: "^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$", parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.retryInterval, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err150];
                          } else {
                            vErrors.push(err150);
                          }
                          errors++;
                        }
                      } else {
                        const err151 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/retryInterval", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/retryInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.retryInterval.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.retryInterval, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data55.dependsOn !== void 0) {
                      let data63 = data55.dependsOn;
                      if (Array.isArray(data63)) {
                        const len4 = data63.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data64 = data63[i4];
                          if (typeof data64 === "string") {
                            if (!pattern1.test(data64)) {
                              const err152 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/dependsOn/" + i4, schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/dependsOn/items/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: 'must match pattern "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', schema: "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.dependsOn.items, data: data64 };
                              if (vErrors === null) {
                                vErrors = [err152];
                              } else {
                                vErrors.push(err152);
                              }
                              errors++;
                            }
                          } else {
                            const err153 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/dependsOn/" + i4, schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/dependsOn/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.dependsOn.items.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.dependsOn.items, data: data64 };
                            if (vErrors === null) {
                              vErrors = [err153];
                            } else {
                              vErrors.push(err153);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err154 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3 + "/dependsOn", schemaPath: "#/properties/sources/items/properties/kustomizations/items/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.sources.items.properties.kustomizations.items.properties.dependsOn.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items.properties.dependsOn, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err154];
                        } else {
                          vErrors.push(err154);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err155 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations/" + i3, schemaPath: "#/properties/sources/items/properties/kustomizations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.items.properties.kustomizations.items.type, parentSchema: schema12.properties.sources.items.properties.kustomizations.items, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
              } else {
                const err156 = { instancePath: instancePath + "/sources/" + i0 + "/kustomizations", schemaPath: "#/properties/sources/items/properties/kustomizations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.sources.items.properties.kustomizations.type, parentSchema: schema12.properties.sources.items.properties.kustomizations, data: data54 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
          } else {
            const err157 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.items.type, parentSchema: schema12.properties.sources.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
      } else {
        const err158 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.sources.type, parentSchema: schema12.properties.sources, data: data2 };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
  } else {
    const err159 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err159];
    } else {
      vErrors.push(err159);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}

// src/config/suggest.ts
function didYouMean(word, known) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/config/schema-check.ts
var validators = { platform, team };
function checkSchema(kind, document) {
  const validate = validators[kind];
  if (validate(document.value)) return { problems: [], failedPointers: [] };
  const errors = (validate.errors ?? []).filter((error) => !isNoise(error));
  return {
    problems: dedupe(errors.map((error) => toProblem(document, error))),
    failedPointers: errors.map((e) => e.instancePath)
  };
}
function isNoise(error) {
  return error.keyword === "if" || error.keyword === "propertyNames";
}
function toProblem(document, error) {
  const path = pointerToPath(error.instancePath);
  const schema = error.parentSchema ?? {};
  const name = describePath(path);
  const ruled = (fallback) => schema["x-rule"] ?? fallback;
  const fix = (fallback) => schema["x-fix"] ?? fallback;
  const at = (p) => problemAt.bind(null, document.file, document.keyPositionOf(p));
  const atValue = (p) => problemAt.bind(null, document.file, document.positionOf(p));
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const hint = didYouMean(key, known);
      const where2 = path.length === 0 ? "here" : `in ${name}`;
      return at([...path, key])(
        "unknown-key",
        `Unknown key \`${key}\` ${where2}.${hint ? ` Did you mean \`${hint}\`?` : ""} Known keys: ${known.join(", ")}.`
      );
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return at(path)(
        "missing-field",
        `${path.length === 0 ? "The file" : name} is missing the required field \`${missing}\`; add it.`
      );
    }
    case "type": {
      const asDuration = schema["x-rule"] === "duration-format" && typeof error.data === "number" && Number.isInteger(error.data) ? ` Write a duration such as \`${error.data}s\`.` : "";
      return atValue(path)(
        "wrong-type",
        `${name} must be ${article(String(error.params.type))}, not ${describeTyped(error.data)}.${asDuration}`
      );
    }
    case "enum":
      return atValue(path)(
        ruled("invalid-value"),
        `${name} must be one of ${error.params.allowedValues.map((v) => `\`${String(v)}\``).join(", ")} (case-sensitive), not ${describeValue(error.data)}.`
      );
    case "const":
      return atValue(path)(
        ruled("invalid-value"),
        `${name} ${fix(`must be ${JSON.stringify(error.params.allowedValue)}`)}, not ${describeTyped(error.data)}.`
      );
    case "propertyNames": {
      const key = String(error.params.propertyName);
      return at([...path, key])(ruled("invalid-value"), `\`${key}\`: ${fix("is not an allowed name")}.`);
    }
    case "maxLength":
    case "maxItems":
      return atValue(path)("value-too-long", `${name} ${plainMessage(error)}; shorten it.`);
    default:
      return (error.propertyName === void 0 ? atValue(path) : at([...path, error.propertyName]))(
        ruled("invalid-value"),
        `${name} ${fix(plainMessage(error))}${describeData(error)}.`
      );
  }
}
function plainMessage(error) {
  const limit = Number(error.params?.limit);
  const count = (n, one, many) => n === 1 ? `one ${one}` : `${n} ${many}`;
  switch (error.keyword) {
    case "minItems":
      return `must list at least ${count(limit, "item", "items")}`;
    case "maxItems":
      return `must list at most ${count(limit, "item", "items")}`;
    case "minProperties":
      return `must have at least ${count(limit, "entry", "entries")}`;
    case "minLength":
      return limit === 1 ? "must not be empty" : `must be at least ${limit} characters long`;
    case "maxLength":
      return `must be at most ${limit} characters long`;
    case "minimum":
      return `must be at least ${limit}`;
    default:
      return error.message ?? "is not valid";
  }
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.rule}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describePath(path) {
  if (path.length === 0) return "The file";
  return "`" + path.map((s, i) => /^\d+$/.test(String(s)) ? `[${s}]` : i === 0 ? s : `.${s}`).join("") + "`";
}
function article(type) {
  return type === "integer" ? "an integer" : type === "object" ? "a mapping" : type === "array" ? "a list" : `a ${type}`;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return value.length > 60 || secretKind(value) ? "the value given" : `\`${value}\``;
  return `\`${String(value)}\``;
}
function describeTyped(value) {
  const shown = describeValue(value);
  if (typeof value === "string") return shown === "the value given" ? "a string" : `the string ${shown}`;
  if (typeof value === "number") return `the number ${shown}`;
  if (typeof value === "boolean") return `the boolean ${shown}`;
  return shown;
}
function describeData(error) {
  const data = error.data;
  return typeof data === "string" && data.length <= 80 && error.keyword === "pattern" && !secretKind(data) ? ` (got \`${data}\`)` : "";
}

// src/config/rules/control-characters.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
var MULTILINE_FIELDS = /* @__PURE__ */ new Set(["description", "knownHosts", "caCert"]);
function checkControlCharacters(document, failedPointers) {
  const failed = new Set(failedPointers);
  const problems = [];
  const pointers = [];
  for (const { path, value } of document.strings()) {
    const pointer = path.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
    if (failed.has(pointer)) continue;
    const checked = MULTILINE_FIELDS.has(String(path.at(-1))) ? value.replace(/[\n\t]/g, "") : value;
    const found = CONTROL.exec(checked)?.[0];
    if (found === void 0) continue;
    const code = `U+${found.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    const named = { "\n": "a line break", "	": "a tab" };
    const what = named[found] ? `${named[found]} (${code})` : `the invisible character ${code}`;
    const message = `${describePath(path)} contains ${what}; remove it (ids, names, URLs and refs are one line).`;
    problems.push(problemAt(document.file, document.positionOf(path), "control-character", message));
    pointers.push(pointer);
  }
  return { problems, pointers };
}

// src/config/rules/key-vault-rules.ts
function keyVaultsOf(source, index) {
  const refs = [
    [["git", "ssh"], source.git?.ssh],
    [["git", "https"], source.git?.https],
    [["bucket", "secretKey"], source.bucket?.secretKey]
  ];
  return refs.flatMap(
    ([at, ref]) => typeof ref?.keyVault === "string" ? [{ id: ref.keyVault, path: ["sources", index, ...at, "keyVault"] }] : []
  );
}
var keyVaultGrantedRule = (context) => {
  const grants = context.platform?.content.teams;
  if (!grants) return [];
  return allSources(context).flatMap(({ file, index, source }) => {
    const team2 = file.team ?? "";
    const grant = grants[team2];
    if (!grant) return [];
    return keyVaultsOf(source, index).flatMap(({ id, path }) => {
      if ((grant.keyVaults ?? []).some((listed) => sameId(listed, id))) return [];
      const answers = grant.scopes.map((scope) => contains(scope, id, context.hierarchy));
      if (answers.includes("inside")) return [];
      const howToGrant = `or ask the platform team to list it under \`teams.${team2}.keyVaults\` in flux-policy.yaml`;
      if (answers.includes("unknown")) {
        const message2 = `Whether Key Vault \`${id}\` lies under a management group granted to \`${team2}\` is unknown; list its subscription under \`managementGroups\` in flux-policy.yaml, ${howToGrant}.`;
        return [reportValueAt(file.loaded, path, "hierarchy-unknown", message2)];
      }
      const scopes = grant.scopes.map((g) => `\`${g}\``).join(", ");
      const message = `Team \`${team2}\` may use only Key Vaults inside its granted scopes (${scopes}) or listed for it in flux-policy.yaml; \`${id}\` is neither. Use a vault of your own, ${howToGrant}.`;
      return [reportValueAt(file.loaded, path, "key-vault-not-granted", message)];
    });
  });
};

// src/config/custom-features.ts
function kustomizationsOf(source) {
  return source.kustomizations ?? (source.kustomization ? [source.kustomization] : []);
}
function customFeaturesOf(source) {
  const features = [];
  const listed = source.kustomizations !== void 0;
  const at = (j, field) => listed ? ["kustomizations", j, field] : ["kustomization", field];
  if ((source.kustomizations?.length ?? 0) > 1)
    features.push({ path: ["kustomizations", 1], what: "More than one kustomization." });
  kustomizationsOf(source).forEach((k, j) => {
    if (k.dependsOn?.length) features.push({ path: at(j, "dependsOn"), what: "`dependsOn` between kustomizations." });
    if (k.retryInterval && (source.git?.ssh || source.git?.https))
      features.push({ path: at(j, "retryInterval"), what: "The SSH and HTTPS built-ins have no `retryInterval`." });
  });
  if (source.git?.timeout && source.git.https)
    features.push({ path: ["git", "timeout"], what: "The HTTPS built-in has no Git `timeout`." });
  return features;
}

// src/config/schema/limits.ts
var MAX_DURATION_SECONDS = 2147483647;

// src/config/rules/depends-on-cycles.ts
function dependsOnCycles(team2, i, source) {
  const list = kustomizationsOf(source);
  const names = list.map((k, j) => k.name ?? (j === 0 ? "kustomization-1" : ""));
  const at = (j, n) => source.kustomizations ? ["sources", i, "kustomizations", j, "dependsOn", n] : ["sources", i, "kustomization", "dependsOn", n];
  const state = list.map(() => "new");
  const walk = [];
  const problems = [];
  const visit2 = (j) => {
    state[j] = "walking";
    walk.push(j);
    (list[j].dependsOn ?? []).forEach((name, n) => {
      const next = names.indexOf(name);
      if (next < 0 || next === j) return;
      if (state[next] === "new") visit2(next);
      else if (state[next] === "walking") {
        const cycle = [...walk.slice(walk.indexOf(next)), next].map((k) => `\`${names[k]}\``).join(" \u2192 ");
        problems.push(
          reportValueAt(
            team2,
            at(j, n),
            "invalid-value",
            `The kustomizations wait for each other in a cycle (${cycle}), so Flux applies none of them. Remove one of these \`dependsOn\` entries, e.g. this one.`
          )
        );
      }
    });
    walk.pop();
    state[j] = "done";
  };
  list.forEach((_, j) => {
    if (state[j] === "new") visit2(j);
  });
  return problems;
}

// src/config/rules/source-rules.ts
var sourceKind = (team2, i, source) => {
  if (source.git && source.bucket)
    return [
      reportAt(
        team2,
        ["sources", i, "bucket"],
        "source-kind",
        "This source has both `git` and `bucket`; a source is exactly one of them. Split it into two sources."
      )
    ];
  if (!source.git && !source.bucket)
    return [
      reportAt(
        team2,
        ["sources", i],
        "source-kind",
        `Source \`${source.name}\` has neither \`git\` nor \`bucket\`; add one of them.`
      )
    ];
  return [];
};
var REFS = ["branch", "tag", "semver", "commit"];
var gitRefCount = (team2, i, { git }) => {
  if (!git) return [];
  const given = REFS.filter((ref) => git[ref] !== void 0);
  if (given.length === 1) return [];
  if (given.length === 0)
    return [
      reportAt(
        team2,
        ["sources", i, "git"],
        "git-ref-count",
        "This Git source names no ref; add exactly one of `branch`, `tag`, `semver` or `commit`."
      )
    ];
  return [
    reportAt(
      team2,
      ["sources", i, "git", given[1]],
      "git-ref-count",
      `This Git source names ${given.map((g) => `\`${g}\``).join(" and ")}; keep exactly one.`
    )
  ];
};
var gitAuth = (team2, i, { git }) => {
  if (!git) return [];
  const kinds = ["ssh", "https", "localSecret"].filter((k) => git[k] !== void 0);
  if (kinds.length > 1)
    return [
      reportAt(
        team2,
        ["sources", i, "git", kinds[1]],
        "auth-conflict",
        `This Git source uses ${kinds.map((k) => `\`${k}\``).join(" and ")}; keep one kind of authentication.`
      )
    ];
  if (git.caCert !== void 0 && kinds[0] && kinds[0] !== "https") {
    return [
      reportAt(
        team2,
        ["sources", i, "git", "caCert"],
        "auth-conflict",
        `\`caCert\` goes with \`https\` or alone, not with \`${kinds[0]}\`; remove it.`
      )
    ];
  }
  if (git.url.startsWith("ssh://") || git.url.startsWith("git@")) {
    if (!git.ssh && !git.localSecret)
      return [
        reportValueAt(
          team2,
          ["sources", i, "git", "url"],
          "auth-conflict",
          "An SSH URL needs `ssh` (a key in Key Vault) or `localSecret`; add one, or use an https:// URL."
        )
      ];
  } else if (git.ssh) {
    return [
      reportValueAt(team2, ["sources", i, "git", "url"], "url-scheme", "SSH authentication needs an ssh:// or git@ URL.")
    ];
  }
  return [];
};
var bucketAuth = (team2, i, { bucket }) => {
  if (!bucket) return [];
  const path = ["sources", i, "bucket"];
  if (bucket.localSecret !== void 0 && (bucket.accessKey !== void 0 || bucket.secretKey !== void 0)) {
    return [
      reportAt(
        team2,
        [...path, "localSecret"],
        "auth-conflict",
        "Use either `localSecret` or `accessKey` with `secretKey`, not both."
      )
    ];
  }
  if (bucket.localSecret !== void 0) return [];
  if (bucket.accessKey === void 0 && bucket.secretKey === void 0) {
    return [
      reportAt(
        team2,
        path,
        "missing-field",
        "A bucket needs credentials: `accessKey` with `secretKey` (Key Vault), or `localSecret`; add them."
      )
    ];
  }
  const missing = bucket.accessKey === void 0 ? "accessKey" : bucket.secretKey === void 0 ? "secretKey" : void 0;
  return missing ? [
    reportAt(
      team2,
      path,
      "missing-field",
      `\`bucket\` is missing \`${missing}\`; the access key id and the Key Vault secret key go together.`
    )
  ] : [];
};
var scopeSyntax = (team2, i, { scope }) => parseScope(scope) ? [] : [
  reportValueAt(
    team2,
    ["sources", i, "scope"],
    "scope-syntax",
    `\`${scope}\` is not a scope id; use one of ${SCOPE_FORMS.join(", ")}.`
  )
];
var exclusions = (team2, i, { scope, exclude }, context) => (exclude ?? []).flatMap((id, j) => {
  const path = ["sources", i, "exclude", j];
  if (!isResourceId(id))
    return [
      reportValueAt(
        team2,
        path,
        "scope-syntax",
        `\`${id}\` is not a resource id; exclusions are full ids such as /subscriptions/<id>/resourceGroups/<group>.`
      )
    ];
  if (!parseScope(scope)) return [];
  const inside = contains(scope, id, context.hierarchy);
  if (inside === "unknown" && !context.platform) return [];
  if (id.toLowerCase() === scope.toLowerCase())
    return [
      reportValueAt(
        team2,
        path,
        "exclusion-outside-scope",
        `\`${id}\` is the scope itself, so the assignment would apply nowhere; remove the exclusion, or assign at a narrower scope.`
      )
    ];
  if (inside === "inside") return [];
  if (inside === "unknown")
    return [
      reportValueAt(
        team2,
        path,
        "hierarchy-unknown",
        `Whether \`${id}\` lies under \`${scope}\` is unknown; list it under \`managementGroups\` in flux-policy.yaml.`
      )
    ];
  return [
    reportValueAt(
      team2,
      path,
      "exclusion-outside-scope",
      `\`${id}\` is not inside the scope \`${scope}\`; remove the exclusion or fix it.`
    )
  ];
});
var needsCustomDefinition = (team2, i, source, context) => {
  if (source.kustomization && source.kustomizations) {
    return [
      reportAt(
        team2,
        ["sources", i, "kustomizations"],
        "invalid-value",
        "Use either `kustomization` or `kustomizations`, not both."
      )
    ];
  }
  const features = customFeaturesOf(source);
  const definitions = context.platform?.content.customDefinitions;
  if (features.length === 0 || !context.platform) return [];
  if (!definitions) {
    return features.map(
      (f) => reportAt(
        team2,
        ["sources", i, ...f.path],
        "custom-definition-required",
        `${f.what} No built-in Flux definition can express it: declare \`customDefinitions: { scope: \u2026 }\` in flux-policy.yaml so flux-policy generates a custom definition there, or remove it.`
      )
    );
  }
  const inside = parseScope(source.scope) ? contains(definitions.scope, source.scope, context.hierarchy) : "inside";
  if (inside === "inside") return [];
  return [
    reportValueAt(
      team2,
      ["sources", i, "scope"],
      inside === "unknown" ? "hierarchy-unknown" : "definition-scope",
      `This source needs a generated custom definition, which lives at \`${definitions.scope}\` and can be assigned only at or below it; \`${source.scope}\` is ${inside === "unknown" ? "not known to be" : "not"} below it.${inside === "unknown" ? " List it under `managementGroups` in flux-policy.yaml." : " Move customDefinitions.scope up, or the source."}`
    )
  ];
};
var kustomizationNames = (team2, i, source) => {
  const list = kustomizationsOf(source);
  const names = list.map((k, j) => k.name ?? (j === 0 ? "kustomization-1" : ""));
  const at = (j, field) => source.kustomizations ? ["sources", i, "kustomizations", j, field] : ["sources", i, "kustomization", field];
  return list.flatMap((k, j) => [
    ...names.indexOf(names[j]) !== j ? [
      reportValueAt(
        team2,
        at(j, "name"),
        "invalid-value",
        `Kustomization \`${names[j]}\` appears twice in this source; names must be unique.`
      )
    ] : [],
    ...(k.dependsOn ?? []).flatMap(
      (d, n) => names.includes(d) && d !== names[j] ? [] : [
        reportValueAt(
          team2,
          [...at(j, "dependsOn"), n],
          "invalid-value",
          `\`${d}\` is ${d === names[j] ? "this kustomization itself" : "not a kustomization of this source"}; \`dependsOn\` names other kustomizations of the same source (${names.filter((x) => x !== names[j]).join(", ") || "none"}).`
        )
      ]
    )
  ]);
};
function durationsOf(source, i) {
  const fields = ["syncInterval", "timeout", "retryInterval"];
  const holders = [
    [["git"], source.git],
    [["bucket"], source.bucket],
    [["kustomization"], source.kustomization],
    ...(source.kustomizations ?? []).map((k, j) => [["kustomizations", j], k])
  ];
  return holders.flatMap(
    ([at, holder]) => fields.flatMap((field) => {
      const value = holder?.[field];
      return typeof value === "string" ? [{ path: ["sources", i, ...at, field], value }] : [];
    })
  );
}
var durationRange = (team2, i, source) => durationsOf(source, i).flatMap(({ path, value }) => {
  if (durationSeconds(value) <= MAX_DURATION_SECONDS) return [];
  const message = `\`${value}\` is more than ${MAX_DURATION_SECONDS} seconds (about 68 years), which does not fit the assignment's integer parameter; use a shorter duration.`;
  return [reportValueAt(team2, path, "duration-format", message)];
});
var CHECKS = [
  durationRange,
  sourceKind,
  gitRefCount,
  gitAuth,
  bucketAuth,
  scopeSyntax,
  exclusions,
  needsCustomDefinition,
  kustomizationNames,
  dependsOnCycles
];
var sourceRules = (context) => allSources(context).flatMap(
  ({ file, index, source }) => CHECKS.flatMap((check) => check(file.loaded, index, source, context))
);

// src/config/rules/team-rules.ts
var teamFolderRule = ({ teamFiles }) => teamFiles.flatMap(({ loaded, team: team2 }) => {
  const folder = /^teams\/([^/]+)\/.+/.exec(loaded.file)?.[1];
  if (!folder || !team2 || folder === team2) return [];
  return [
    reportValueAt(
      loaded,
      ["team"],
      "team-folder-mismatch",
      `This file is under teams/${folder}/ but declares \`team: ${team2}\`; make them match (or move the file).`
    )
  ];
});
var teamDeclaredRule = ({ platform: platform2, teamFiles }) => {
  if (!platform2) return [];
  const declared = Object.keys(platform2.content.teams);
  return teamFiles.flatMap(({ loaded, team: team2 }) => {
    if (!team2 || declared.includes(team2)) return [];
    const hint = didYouMean(team2, declared);
    return [
      reportValueAt(
        loaded,
        ["team"],
        "unknown-team",
        `Team \`${team2}\` is not declared in flux-policy.yaml.${hint ? ` Did you mean \`${hint}\`?` : ""} Declared teams: ${declared.join(", ")}.`
      )
    ];
  });
};
var scopeGrantedRule = (context) => {
  const grants = context.platform?.content.teams;
  if (!grants) return [];
  return allSources(context).flatMap(({ file, index, source: { scope } }) => {
    const team2 = file.loaded;
    const name = file.team ?? "";
    const granted = grants[name]?.scopes;
    if (!granted || !parseScope(scope)) return [];
    const answers = granted.map((g) => contains(g, scope, context.hierarchy));
    if (answers.includes("inside")) return [];
    const path = ["sources", index, "scope"];
    if (answers.includes("unknown")) {
      return [
        reportValueAt(
          team2,
          path,
          "hierarchy-unknown",
          `Whether \`${scope}\` lies under a management group granted to \`${name}\` is unknown; list it under \`managementGroups\` in flux-policy.yaml.`
        )
      ];
    }
    return [
      reportValueAt(
        team2,
        path,
        "scope-not-granted",
        `Team \`${name}\` may assign only at or below ${granted.map((g) => `\`${g}\``).join(", ")}; \`${scope}\` is outside. Pick a granted scope or ask the platform team to grant this one.`
      )
    ];
  });
};
var platformRules = ({ platform: platform2 }) => {
  if (!platform2) return [];
  const problems = [];
  for (const [name, grant] of Object.entries(platform2.content.teams)) {
    grant.scopes.forEach((scope, i) => {
      if (!parseScope(scope))
        problems.push(
          reportValueAt(
            platform2,
            ["teams", name, "scopes", i],
            "scope-syntax",
            `\`${scope}\` is not a management group, subscription or resource group id.`
          )
        );
    });
  }
  for (const [group, children] of Object.entries(platform2.content.managementGroups ?? {})) {
    children.forEach((child2, i) => {
      const kind = parseScope(child2)?.kind;
      if (kind !== "subscription" && kind !== "managementGroup") {
        problems.push(
          reportValueAt(
            platform2,
            ["managementGroups", group, i],
            "scope-syntax",
            `\`${child2}\` is not a subscription or management group id.`
          )
        );
      }
    });
  }
  const definitions = platform2.content.customDefinitions;
  const definitionsKind = definitions ? parseScope(definitions.scope)?.kind : void 0;
  if (definitions && definitionsKind !== "managementGroup" && definitionsKind !== "subscription") {
    const message = `\`${definitions.scope}\` is not a management group or subscription id; custom definitions live at one of those.`;
    problems.push(reportValueAt(platform2, ["customDefinitions", "scope"], "scope-syntax", message));
  }
  const extension = platform2.content.fluxExtension;
  if (extension?.version !== void 0 && extension.autoUpgradeMinorVersion !== false) {
    problems.push(
      reportAt(
        platform2,
        ["fluxExtension", "version"],
        "invalid-value",
        "A pinned `version` needs `autoUpgradeMinorVersion: false`; add it or remove the version."
      )
    );
  }
  return problems;
};

// src/config/policy-paths.ts
var PLATFORM_FILE_NAMES = ["flux-policy.yaml", "flux-policy.yml"];
var POLICY_LIKE_EXTENSION = /\.(ya?ml|json)$/i;
var refusedTeamFile = (rule, message) => ({ kind: "team", refused: { rule, message } });
function classifyPath(path) {
  if (PLATFORM_FILE_NAMES.includes(path)) return { kind: "platform" };
  if (!path.includes("/") && /^flux-policy\.(ya?ml|json)$/i.test(path)) {
    const message = `flux-policy reads the platform file only as \`flux-policy.yaml\` (or \`.yml\`), so \`${path}\` would be ignored; rename it to flux-policy.yaml.`;
    return { kind: "platform", refused: { rule: "file-extension", message } };
  }
  const policyLike = POLICY_LIKE_EXTENSION.test(path);
  if (/^teams\//i.test(path) && !path.startsWith("teams/") && policyLike) {
    return refusedTeamFile(
      "team-file-location",
      `flux-policy reads team files only under \`teams/\` (lower case), so this file would be ignored; rename the folder \`${path.split("/")[0]}\` to teams.`
    );
  }
  if (!path.startsWith("teams/") || !policyLike) return void 0;
  if (!/\.ya?ml$/.test(path)) {
    return refusedTeamFile(
      "file-extension",
      "flux-policy reads team files only with the extension `.yaml` or `.yml` (lower case), so this file would be ignored; rename it to end in .yaml, or move it out of teams/."
    );
  }
  if (/^teams\/flux-policy\.ya?ml$/.test(path)) {
    return refusedTeamFile(
      "team-file-location",
      "This looks like the platform file, but the platform file belongs at the root of the policy root (flux-policy.yaml); move it there. Team files live in teams/<team>/."
    );
  }
  if (!/^teams\/[^/]+\/./.test(path)) {
    return refusedTeamFile(
      "team-file-location",
      "A team file lives in its team's folder, teams/<team>/, where the folder names the team and CODEOWNERS reviews it; move this file into teams/<team>/."
    );
  }
  return { kind: "team" };
}

// src/config/yaml-document.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlFile(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const last = Math.max(text.trimEnd().length - 1, 0);
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(Math.min(offset, last));
    return { line, column: col };
  };
  const problems = doc.errors.map(
    (error) => problemAt(
      file,
      at(error.pos[0]),
      error.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
      error.code === "DUPLICATE_KEY" ? "This key appears twice in the same mapping; keep one." : error.code === "MULTIPLE_DOCS" ? "A policy file holds one YAML document; remove this `---` and what follows, or move it to a file of its own." : firstLine(error.message)
    )
  );
  if (problems.length > 0) return { problems };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? null;
  } catch (error) {
    const alias = badAlias(doc);
    const position = alias?.range ? at(alias.range[0]) : START_OF_FILE;
    return {
      problems: [
        problemAt(
          file,
          position,
          "yaml-syntax",
          `${error instanceof Error ? error.message : String(error)}. Define the anchor before the alias, or write the value out.`
        )
      ]
    };
  }
  const root = doc.contents;
  const locate = (path, wantKey) => {
    let node = root;
    let last2 = root?.range ? at(root.range[0]) : START_OF_FILE;
    for (const segment of path) {
      const found = child(node, segment);
      if (!found) return last2;
      const keyNode = found.key;
      node = found.value;
      const valueNode = node;
      const keyAt = keyNode?.range ? at(keyNode.range[0]) : void 0;
      const valueAt = valueNode?.range ? at(valueNode.range[0]) : void 0;
      last2 = (wantKey ? keyAt ?? valueAt : valueAt ?? keyAt) ?? last2;
    }
    return last2;
  };
  const document = {
    file,
    value,
    positionOf: (path) => locate(path, false),
    keyPositionOf: (path) => locate(path, true),
    strings: () => collectStrings(root, [], text)
  };
  return { document, problems };
}
function badAlias(doc) {
  let first;
  let unresolved;
  (0, import_yaml.visit)(doc, {
    Alias(_, node) {
      first ??= node;
      if (!node.resolve(doc)) {
        unresolved = node;
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return unresolved ?? first;
}
function child(node, segment) {
  if ((0, import_yaml.isMap)(node)) {
    const pair = node.items.find(
      (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment)
    );
    return pair ? { key: pair.key, value: pair.value } : void 0;
  }
  if ((0, import_yaml.isSeq)(node)) {
    const item = node.items[Number(segment)];
    return item === void 0 ? void 0 : { value: item };
  }
  return void 0;
}
function collectStrings(node, path, text, isKey = false) {
  if ((0, import_yaml.isScalar)(node)) {
    const source = node.range ? text.slice(node.range[0], node.range[1]) : "";
    return typeof node.value === "string" ? [{ path, value: node.value, isKey, source }] : [];
  }
  if ((0, import_yaml.isMap)(node)) {
    return node.items.flatMap((pair) => {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
      return [
        ...collectStrings(pair.key, [...path, key], text, true),
        ...collectStrings(pair.value, [...path, key], text)
      ];
    });
  }
  if ((0, import_yaml.isSeq)(node)) return node.items.flatMap((item, index) => collectStrings(item, [...path, index], text));
  return [];
}
function firstLine(message) {
  const line = message.split("\n")[0] ?? message;
  return `${line.replace(/ at line \d+, column \d+:?$/, "")}. Fix the YAML syntax here.`;
}

// src/config/validate-files.ts
var SELF_CONTAINED_RULES = [teamFolderRule, sourceRules, duplicateSourceRule];
var PLATFORM_DEPENDENT_RULES = [
  teamDeclaredRule,
  scopeGrantedRule,
  keyVaultGrantedRule,
  duplicateTargetRule,
  duplicateConfigurationRule
];
function validatePolicyFiles(inputs) {
  const problems = [];
  const files = [...inputs].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).flatMap((f) => {
    const found = classifyPath(f.path) ?? (f.refused ? { kind: "team" } : void 0);
    return found ? [{ ...f, ...found, refused: found.refused ?? f.refused }] : [];
  });
  const context = { teamFiles: [] };
  let allValid = true;
  const secrets = [];
  for (const { path, text: raw, kind, refused } of files) {
    if (refused) {
      const at = { line: refused.line ?? 1, column: refused.column ?? 1 };
      problems.push(problemAt(path, at, refused.rule, refused.message));
      allValid = false;
      continue;
    }
    const text = raw.replace(/\r\n?/g, "\n");
    const rawScan = scanTextForSecrets(path, text);
    problems.push(...rawScan.problems);
    secrets.push(...rawScan.secrets);
    const parsed = parseYamlFile(path, text);
    problems.push(...parsed.problems);
    if (!parsed.document) {
      allValid = false;
      continue;
    }
    const decodedScan = scanDocumentForSecrets(parsed.document, new Set(rawScan.problems.map((p) => p.line)));
    problems.push(...decodedScan.problems);
    secrets.push(...decodedScan.secrets);
    const schema = checkSchema(kind, parsed.document);
    const control = checkControlCharacters(parsed.document, schema.failedPointers);
    problems.push(...schema.problems, ...control.problems);
    const clean = schema.problems.length === 0 && control.problems.length === 0;
    if (!clean) allValid = false;
    const loaded = { file: path, document: parsed.document, content: parsed.document.value };
    if (kind === "platform" && clean) context.platform = loaded;
    const failed = [...schema.failedPointers, ...control.pointers];
    if (kind === "team") context.teamFiles.push(checkedTeamFile(loaded, failed));
  }
  const platformFiles = files.filter((f) => f.kind === "platform" && PLATFORM_FILE_NAMES.includes(f.path));
  if (platformFiles.length > 1) {
    problems.push(
      problemAt(
        platformFiles[1].path,
        START_OF_FILE,
        "platform-file-duplicate",
        `Both ${platformFiles.map((f) => f.path).join(" and ")} exist; keep one platform file and delete the other.`
      )
    );
  }
  if (platformFiles.length === 0) {
    problems.push(
      problemAt(
        PLATFORM_FILE_NAMES[0],
        START_OF_FILE,
        "platform-file-missing",
        "The policy root has no flux-policy.yaml; create one that declares `version: 1`, `location` and `teams` (see examples/flux-policy.yaml)."
      )
    );
  }
  const platformProblems = context.platform ? platformRules({ ...context, hierarchy: hierarchyFrom(void 0) }) : [];
  problems.push(...platformProblems);
  if (platformProblems.length > 0) {
    context.platform = void 0;
    allValid = false;
  }
  const ruleContext = { ...context, hierarchy: hierarchyFrom(context.platform?.content.managementGroups) };
  for (const rule of SELF_CONTAINED_RULES) problems.push(...rule(ruleContext));
  if (ruleContext.platform) for (const rule of PLATFORM_DEPENDENT_RULES) problems.push(...rule(ruleContext));
  const known = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  const sorted = sortProblems(problems.map((p) => ({ ...p, message: redactSecrets(p.message, known) })));
  const model = sorted.length === 0 && allValid && context.platform ? { platform: context.platform, teams: context.teamFiles.map((f) => f.loaded) } : void 0;
  return { model, problems: sorted, files: files.map(({ path, kind }) => ({ path, kind })) };
}
function checkedTeamFile(loaded, failed) {
  const failedUnder = (pointer) => failed.some((f) => f === pointer || f.startsWith(`${pointer}/`));
  const value = loaded.content;
  const team2 = typeof value?.team === "string" && !failedUnder("/team") ? value.team : void 0;
  const sources = Array.isArray(value?.sources) ? value.sources : [];
  const file = { loaded, team: team2, sources: [] };
  file.sources = sources.flatMap(
    (source, index) => failedUnder(`/sources/${index}`) || typeof source !== "object" || source === null ? [] : [{ file, index, source }]
  );
  return file;
}

// src/files/read-policy-root.ts
import { constants } from "node:fs";
import { lstat, open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";

// src/files/decode-policy-file.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function decodePolicyFile(bytes) {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes) ?? 0;
    const lines = new TextDecoder("utf-8").decode(bytes.subarray(0, offset)).split(/\r\n?|\n/);
    const line = lines.length;
    const column = [...lines[line - 1]].length + 1;
    const byte = `0x${bytes[offset]?.toString(16).padStart(2, "0") ?? "??"}`;
    return {
      refused: {
        rule: "file-encoding",
        message: `The file is not valid UTF-8: the byte ${byte} here does not belong to a UTF-8 character. Save the file as UTF-8.`,
        line,
        column
      }
    };
  }
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 128) {
      i += 1;
      continue;
    }
    const [count, low, high] = lead >= 194 && lead <= 223 ? [1, 128, 191] : lead === 224 ? [2, 160, 191] : lead === 237 ? [2, 128, 159] : lead >= 225 && lead <= 239 ? [2, 128, 191] : lead === 240 ? [3, 144, 191] : lead >= 241 && lead <= 243 ? [3, 128, 191] : lead === 244 ? [3, 128, 143] : [0, 0, 0];
    if (count === 0) return i;
    for (let k = 1; k <= count; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [128, 191];
      if (next === void 0 || next < min || next > max) return i;
    }
    i += count + 1;
  }
  return void 0;
}

// src/files/read-policy-root.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var DEFAULT_READ_LIMITS = { maxFileBytes: 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 };
var MIB = 1024 * 1024;
var size = (bytes) => bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`;
async function readPolicyRoot(root, limits = DEFAULT_READ_LIMITS) {
  const found = (await listCandidates(root, "")).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  let total = 0;
  const decided = found.map((candidate) => {
    const { path } = candidate;
    if (candidate.symlink) {
      const message = `\`${path}\` is a symbolic link; flux-policy does not follow links in the policy root (one could point outside the repository). Replace it with the ${candidate.directory ? "folder" : "file"} itself.`;
      return { path, text: "", refused: { rule: "file-symlink", message } };
    }
    if (classifyPath(path)?.refused) return { path, text: "" };
    if (candidate.bytes > limits.maxFileBytes) {
      return tooLarge(path, `is ${candidate.bytes} bytes, over the limit of ${size(limits.maxFileBytes)} per file`);
    }
    total += candidate.bytes;
    if (total > limits.maxTotalBytes) {
      return tooLarge(path, `takes the policy files over ${size(limits.maxTotalBytes)} in all (counted in path order)`);
    }
    return candidate;
  });
  return Promise.all(
    decided.map(async (entry) => {
      if ("text" in entry) return entry;
      const { path } = entry;
      const bytes = await readAtMost(join(root, path), limits.maxFileBytes);
      if (!bytes) return tooLarge(path, `grew over ${size(limits.maxFileBytes)} while it was read`);
      const decoded = decodePolicyFile(bytes);
      return "text" in decoded ? { path, text: decoded.text } : { path, text: "", refused: decoded.refused };
    })
  );
}
function tooLarge(path, what) {
  const message = `This file ${what}, so it was not read. Split it, or remove what does not belong in it.`;
  return { path, text: "", refused: { rule: "file-too-large", message } };
}
async function listCandidates(root, prefix) {
  const entries2 = await readdir(join(root, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries2.map(async (entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        const whereLinksMatter = path === "teams" || path.startsWith("teams/") || classifyPath(path) !== void 0;
        if (!whereLinksMatter) return [];
        return [{ path, bytes: 0, symlink: true, directory: await isDirectoryTarget(join(root, path)) }];
      }
      if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : listCandidates(root, path);
      if (!entry.isFile() || classifyPath(path) === void 0) return [];
      return [{ path, bytes: (await lstat(join(root, path))).size }];
    })
  );
  return nested.flat();
}
async function isDirectoryTarget(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
async function readAtMost(path, limit) {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buffer = Buffer.alloc(Math.min((await handle.stat()).size, limit) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > limit ? void 0 : buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

// src/commands/validate.ts
async function validateRoot(root) {
  const files = await readPolicyRoot(root);
  const { problems, model, files: seen } = validatePolicyFiles(files);
  return { problems, model, fileCount: seen.length };
}

// src/render/markdown/fit-markdown.ts
var GITHUB_BODY_LIMIT = 65536;
var JOB_SUMMARY_LIMIT = 9e5;
function fitMarkdown(markdown, limit, pointer) {
  if (markdown.length <= limit) return markdown;
  const tail = `

> \u2702\uFE0F ${pointer}
`;
  const room = Math.max(0, limit - tail.length);
  const cut = markdown.lastIndexOf("\n", room);
  return `${markdown.slice(0, cut > 0 ? cut : room)}${tail}`;
}

// src/render/markdown/inert.ts
var MAX_INLINE = 300;
var MAX_BLOCK_LINE = 2e3;
var SPACE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
var HIDDEN = new RegExp(
  "[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff\\ufff9-\\ufffb]",
  "g"
);
var ZWSP = "\u200B";
function oneLine(value, max = MAX_INLINE) {
  const cut = value.length > max ? `${value.slice(0, max)}\u2026` : value;
  return cut.replace(SPACE_LIKE, " ").replace(HIDDEN, "\uFFFD").replace(/ {2,}/g, " ").trim();
}
function noMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`).replace(/(?<!&)#(?=[0-9])/g, `#${ZWSP}`).replace(/\b(GH-)(?=[0-9])/gi, `$1${ZWSP}`).replace(/:\/\/(?=[^\s,;)])/g, `:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
var htmlEscape = (text) => text.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]);
function mdText(value, max = MAX_INLINE) {
  return escapeText(oneLine(value, max));
}
function escapeText(line) {
  const escaped = htmlEscape(line).replace(/[\\`*_[\]!|~]/g, "\\$&");
  return noMentions(escaped.replace(/^[-+=#>]/, "\\$&"));
}
function mdCode(value, max = MAX_INLINE) {
  return codeSpan(oneLine(value, max));
}
function codeSpan(line) {
  const text = noMarkers(line).replace(/\|/g, "\\|");
  const fence = "`".repeat(longestRun(text, "`") + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function htmlText(value, max = MAX_INLINE) {
  const escaped = htmlEscape(oneLine(value, max)).replace(/[\\`*_{}[\]()!|~]/g, (c) => `&#${c.charCodeAt(0)};`);
  return noMentions(escaped);
}
function blockLine(value, max = MAX_BLOCK_LINE) {
  return noMarkers(oneLine(value, max));
}
function fenceFor(lines) {
  return "`".repeat(Math.max(3, ...lines.map((l) => longestRun(l, "`") + 1)));
}
function codeBlock(lines, info = "") {
  const body = lines.map((l) => blockLine(l));
  const fence = fenceFor(body);
  return [`${fence}${info}`, ...body, fence];
}
function mdMessage(message, max = 2 * MAX_INLINE) {
  const parts = oneLine(message, max).split("`");
  const balanced = parts.length % 2 === 1;
  return parts.map((part, i) => {
    if (i % 2 === 0) return escapeText(part);
    if (part === "") return "\\`\\`";
    return balanced || i < parts.length - 1 ? codeSpan(part) : escapeText(`\`${part}`);
  }).join("");
}
var HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;
function ownerMention(owner) {
  return HANDLE.test(owner) ? owner : mdText(owner);
}
function linkTarget(url) {
  const percent = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
  return oneLine(url, 2e3).replace(/[\s()<>"'`\\[\]@\ufffd]|#(?=[0-9])/g, percent);
}
function mermaidLabel(value) {
  return oneLine(value, 40).replace(/[^A-Za-z0-9 ._/-]/g, "?");
}
function noMarkers(text) {
  return text.replace(/<(?=[A-Za-z/!?])/g, `<${ZWSP}`).replace(/-->/g, `--${ZWSP}>`);
}
function longestRun(text, char) {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

export {
  parseScope,
  isResourceId,
  hierarchyFrom,
  contains,
  customFeaturesOf,
  validatePolicyFiles,
  validateRoot,
  GITHUB_BODY_LIMIT,
  JOB_SUMMARY_LIMIT,
  fitMarkdown,
  oneLine,
  mdText,
  mdCode,
  htmlText,
  blockLine,
  fenceFor,
  codeBlock,
  mdMessage,
  ownerMention,
  linkTarget,
  mermaidLabel
};
