/**
 * The message schema is the Chinese messages' shape: every bundle declares its zh-CN messages and
 * its English ones must have exactly the same keys (a missing or extra English key is a type
 * error, and messages.test.ts checks the same at run time, so a raw key never reaches the screen).
 */
export type MessageSchema<T> = {
  [K in keyof T]: T[K] extends string ? string : MessageSchema<T[K]>;
};

export interface MessageBundle<Zh> {
  'zh-CN': Zh;
  en: MessageSchema<Zh>;
}

/** A feature's messages: the schema is inferred from zh-CN alone, and English is checked against it. */
export function defineMessages<Zh extends object>(bundle: {
  'zh-CN': Zh;
  en: NoInfer<MessageSchema<Zh>>;
}): MessageBundle<Zh> {
  return bundle;
}
