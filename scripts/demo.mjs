// The README's first command until the docs site exists: prints the programme's phases and the
// phase in force today, straight from the built @zhucan/domain package.
import { localize, phaseAt, phases } from "@zhucan/domain";

const lang = process.argv.includes("--lang=en") ? "en" : "zh-CN";
console.log(
  lang === "en"
    ? "Guangdong disability-assistance volunteer action — phases"
    : "广东助残志愿者助力精准脱贫攻坚行动 — 推进步骤",
);
for (const p of phases) {
  console.log(`  ${p.start} → ${p.end}  ${localize(p.name, lang)}`);
  for (const m of p.milestones) console.log(`      · ${localize(m, lang)}`);
}
const now = phaseAt(new Date());
console.log(
  now
    ? `${lang === "en" ? "Phase in force today" : "当前阶段"}: ${localize(now.name, lang)}`
    : lang === "en"
      ? "Today is outside the programme's 2016-08 → 2018-12 phases."
      : "今天不在 2016-08 至 2018-12 的推进阶段内。",
);
