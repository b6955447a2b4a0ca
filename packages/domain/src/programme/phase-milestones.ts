import type { LocalizedText } from "../i18n/localized-text.js";
import type { PhaseId } from "./phase-ids.js";

/**
 * What the notice says each phase of §四 must achieve, in its own words and in English, by
 * phase id (`phases[i].milestones` are these lists). A module of its own so that a page showing
 * only the milestones (the widgets' phase timeline) carries them without the rest of the phase
 * table.
 *
 * @example
 * phaseMilestones.consolidation[0].en //=> "A V-station in every one of the 70 counties"
 */
export const phaseMilestones: Readonly<Record<PhaseId, readonly LocalizedText[]>> = {
  foundation: [
    {
      "zh-CN": "建立帮扶地市与被帮扶地市结对制度安排",
      en: "Pairing arrangements between helping and helped cities set up",
    },
    {
      "zh-CN": "基本完成被帮扶地市残疾青少年立档建卡工作",
      en: "Registration of disabled youths in helped cities basically complete",
    },
    { "zh-CN": "选取部分地市作为试点", en: "Pilot cities chosen" },
    {
      "zh-CN": "培育350个“助残之星”，精准结对帮扶约3500名贫困残疾青少年及其家庭",
      en: "350 star organisations; about 3,500 youths and families paired",
    },
  ],
  deepening: [
    { "zh-CN": "面向全省推广试点工作经验", en: "Pilots rolled out province-wide" },
    {
      "zh-CN": "被帮扶地市半数以上扶贫县建立“助残V站”",
      en: "More than half of the poverty counties in helped cities have a V-station",
    },
    {
      "zh-CN": "扶持350个“助残之星”打造精品项目",
      en: "350 star organisations build quality projects",
    },
    {
      "zh-CN": "服务覆盖约1万名贫困残疾青少年及其家庭",
      en: "About 10,000 youths and families covered",
    },
  ],
  consolidation: [
    { "zh-CN": "70个扶贫县“县县建V站”", en: "A V-station in every one of the 70 counties" },
    {
      "zh-CN": "持续扶持350个“助残之星”和精品项目",
      en: "350 star organisations and their projects sustained",
    },
    {
      "zh-CN": "服务覆盖约3万名残疾青少年及其家庭",
      en: "About 30,000 youths and families covered",
    },
  ],
};
