/**
 * English names of the divisions that have a well-known one: the province, its 21
 * prefecture-level cities and Shunde, which reports as its own unit (§六). Written by hand and kept
 * small on purpose: county names are not translated at scale here (no reliable source), so
 * elsewhere the English name falls back to the Chinese one.
 *
 * @example
 * divisionEnglishNames["440606"] //=> "Shunde"
 */
export const divisionEnglishNames: Readonly<Record<string, string>> = {
  "440000": "Guangdong",
  "440100": "Guangzhou",
  "440200": "Shaoguan",
  "440300": "Shenzhen",
  "440400": "Zhuhai",
  "440500": "Shantou",
  "440600": "Foshan",
  "440606": "Shunde",
  "440700": "Jiangmen",
  "440800": "Zhanjiang",
  "440900": "Maoming",
  "441200": "Zhaoqing",
  "441300": "Huizhou",
  "441400": "Meizhou",
  "441500": "Shanwei",
  "441600": "Heyuan",
  "441700": "Yangjiang",
  "441800": "Qingyuan",
  "441900": "Dongguan",
  "442000": "Zhongshan",
  "445100": "Chaozhou",
  "445200": "Jieyang",
  "445300": "Yunfu",
};
