export * from "./calendar/month";
export * from "./feed/parse-feed";
export * from "./feed/public-feed";
export * from "./i18n/localized-text";
export * from "./indicators/indicator-ids";
export * from "./programme/phases";
export * from "./result/from-zod";
export * from "./result/result";
