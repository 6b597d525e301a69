// Rollup plugin for our own sources: minifies the static text of Lit's
// css`…`, html`…` and svg`…` tagged templates. It walks the code with a small
// scanner (strings, comments, nested templates and ${…} expressions), so only
// template text is touched, never JavaScript. HTML: whitespace runs that hold a
// newline become one space (what the browser renders anyway). CSS: comments
// removed and whitespace collapsed.
export function minifyTemplateLiterals() {
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      return { code: minify(code), map: null };
    },
  };
}

const cssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
const htmlText = (text) => text.replace(/\s*\n\s*/g, ' ');

export function minify(code) {
  let out = '';
  let i = 0;
  // Copies JavaScript until `stop` (a closing brace at depth 0) or the end.
  function js(stopAtBrace) {
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (c === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        const stop = end === -1 ? code.length : end;
        out += code.slice(i, stop);
        i = stop;
      } else if (c === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2) + 2;
        out += code.slice(i, end);
        i = end;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
        out += code.slice(i, j + 1);
        i = j + 1;
      } else if (c === '`') {
        const tag = /(css|html|svg)\s*$/.exec(out)?.[1];
        template(tag);
      } else if (c === '{') {
        depth++;
        out += c;
        i++;
      } else if (c === '}') {
        if (stopAtBrace && depth === 0) return;
        depth--;
        out += c;
        i++;
      } else {
        out += c;
        i++;
      }
    }
  }
  function template(tag) {
    out += '`';
    i++;
    let text = '';
    const flush = () => {
      out += tag === 'css' ? cssText(text) : tag ? htmlText(text) : text;
      text = '';
    };
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        js(true);
        out += '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
  }
  js(false);
  return out;
}
