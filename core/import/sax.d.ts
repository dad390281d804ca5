/**
 * The part of sax (isaacs/sax-js) the xlsx reader uses. @types/sax pulls Node's types into
 * core's type-check (`/// <reference types="node" />`), so the few members used are declared here.
 */
declare module 'sax' {
  export interface Tag {
    name: string;
    attributes: Record<string, string>;
    isSelfClosing: boolean;
  }
  export interface SAXOptions {
    trim?: boolean;
    normalize?: boolean;
    lowercase?: boolean;
    xmlns?: boolean;
    position?: boolean;
  }
  export interface SAXParser {
    onopentag: ((tag: Tag) => void) | null;
    onclosetag: ((name: string) => void) | null;
    ontext: ((text: string) => void) | null;
    oncdata: ((text: string) => void) | null;
    onerror: ((error: Error) => void) | null;
    write(chunk: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(strict: boolean, options?: SAXOptions): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}
