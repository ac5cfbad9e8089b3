// The same survey as Alignment Pulse's built-in Team Psychological Safety,
// in SurveyJS: an intro, the seven statements on the first page (each a
// radio group of the 7-point scale and "Prefer not to say"), the comment on
// the second. The instrument is inlined by the benchmark (instrument.js).
const { instrument } = window.INSTRUMENT;
const en = (text) => text.en;
const scale = instrument.scale.labels.map((label, i) => ({ value: i + 1, text: en(label) }));
const json = {
  title: en(instrument.title),
  description: en(instrument.intro),
  pages: [
    {
      elements: instrument.dimensions.flatMap((d) =>
        d.items.map((item) => ({ type: 'radiogroup', name: item.id, title: en(item.text), choices: scale, showNoneItem: true, noneText: 'Prefer not to say', colCount: 0 })),
      ),
    },
    { elements: [{ type: 'comment', name: 'comment', title: 'Anything else?' }] },
  ],
};
const survey = new Survey.Model(json);
if (window.SurveyUI && SurveyUI.renderSurvey) SurveyUI.renderSurvey(survey, document.getElementById('survey'));
else survey.render(document.getElementById('survey'));
