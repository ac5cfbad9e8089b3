//! The results of the questions other than the statements: eNPS,
//! priorities, decision rights, groups and comments.

use leptos::prelude::*;

use crate::model::instrument::Instrument;
use crate::present::format::Locale;
use crate::present::readings::{self, Agreement, Concordance};
use crate::scoring::anonymity::Withheld;
use crate::scoring::stats;
use crate::scoring::summary::Summary;
use crate::ui::workspace::cells::{num, withheld_text};
use crate::words::results::ResultsCatalog;
use crate::words::{fill, WorkspaceCatalog};

/// eNPS, priorities, decision rights, segments and comments, where the
/// instrument asks them.
pub(crate) fn other_questions(
    s: &Summary,
    inst: &Instrument,
    c: &'static WorkspaceCatalog,
    r: &'static ResultsCatalog,
    lang: &str,
) -> AnyView {
    let n = Locale::of(lang);
    let enps = s.enps.as_ref().map(|e| {
        let line = fill(
            c.enps_line,
            &[
                &format!("{:+.0}", e.score),
                &e.n.to_string(),
                &format!("{:.0}", e.promoters),
                &format!("{:.0}", e.passives),
                &format!("{:.0}", e.detractors),
            ],
        );
        view! { <h3 class="ap-subhead">{c.enps_title}</h3><p data-stat="enps">{line}</p> }
            .into_any()
    });
    let withheld = |figure: &str| s.withheld.iter().find(|w| w.figure == figure);
    let enps = enps.or_else(|| {
        withheld("enps").map(|w| {
            let line = fill(c.enps_withheld.of(w.n), &[&w.n.to_string(), &s.session.k.to_string()]);
            view! { <h3 class="ap-subhead">{c.enps_title}</h3><p class="ap-withheld" data-withheld="enps">{line}</p> }.into_any()
        })
    });
    let priorities = s.priorities.as_ref().map(|p| {
        let order = p
            .consensus
            .iter()
            .map(|o| view! { <li>{inst.choice_label(&p.question, o, lang)}</li> })
            .collect_view();
        let k = &p.concordance;
        let line = fill(
            c.kendall_line,
            &[
                &num(&k.w, n, c),
                &k.raters.to_string(),
                &k.df.to_string(),
                &num(&k.chi2, n, c),
                &k.p.value
                    .map_or_else(|| c.not_available.to_owned(), |p| n.p_value(p)),
            ],
        );
        let reading = match k.w.value.map(Concordance::of) {
            Some(Concordance::Strong) => c.w_strong,
            Some(Concordance::Moderate) => c.w_moderate,
            Some(Concordance::Weak) => c.w_weak,
            Some(Concordance::None) => c.w_none,
            None => c.not_available,
        };
        view! {
            <h3 class="ap-subhead">{c.priorities_title}</h3>
            <p>{c.consensus}</p>
            <ol class="ap-consensus">{order}</ol>
            <p data-stat="kendall">{line}" "{reading}</p>
        }
        .into_any()
    });
    let priorities = priorities.or_else(|| {
        withheld("priorities").map(|w| {
            let line = fill(c.priorities_withheld, &[&w.n.to_string(), &s.session.k.to_string()]);
            view! { <h3 class="ap-subhead">{c.priorities_title}</h3><p class="ap-withheld" data-withheld="priorities">{line}</p> }.into_any()
        })
    });
    let decisions = s.decision_rights.as_ref().map(|d| {
        let rows = d
            .decisions
            .iter()
            .map(|dec| {
                if let Some(reason) = dec.withheld {
                    return view! {
                        <tr data-decision=dec.id.clone() data-withheld=reason.code()>
                            <th scope="row">{inst.choice_label(&d.question, &dec.id, lang)}</th>
                            <td colspan="2" class="ap-left ap-wrap ap-withheld">{withheld_text(reason, s, c)}</td>
                        </tr>
                    }
                    .into_any();
                }
                let owner = dec.modal_owner.as_deref().map_or_else(|| c.not_available.to_owned(), |o| inst.choice_label(&d.question, o, lang));
                let share = dec.share.map_or_else(|| c.not_available.to_owned(), |v| n.percent(v));
                let unclear = dec.share.is_some_and(readings::owner_unclear);
                view! {
                    <tr data-decision=dec.id.clone()>
                        <th scope="row">{inst.choice_label(&d.question, &dec.id, lang)}</th>
                        <td class="ap-left">{owner}</td>
                        <td data-stat="share">{share}{unclear.then(|| view! { " " <strong class="ap-flag">{c.unclear}</strong> })}</td>
                    </tr>
                }
                .into_any()
            })
            .collect_view();
        let reading = match d.kappa.value.map(Agreement::of) {
            Some(Agreement::AlmostPerfect) => c.kappa_almost_perfect,
            Some(Agreement::Substantial) => c.kappa_substantial,
            Some(Agreement::Moderate) => c.kappa_moderate,
            Some(Agreement::Fair) => c.kappa_fair,
            Some(Agreement::Slight) => c.kappa_slight,
            Some(Agreement::Poor) => c.kappa_poor,
            None => c.not_available,
        };
        view! {
            <h3 class="ap-subhead">{c.decisions_title}</h3>
            <div class="ap-table-wrap" role="region" aria-label=c.decisions_title tabindex="0">
                <table class="ap-table">
                    <caption class="ap-visually-hidden">{c.decisions_title}</caption>
                    <thead><tr><th scope="col">{c.decision}</th><th scope="col" class="ap-left">{c.owner}</th><th scope="col">{c.share}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {match d.kappa.value {
                Some(_) => view! { <p data-stat="kappa">{fill(c.kappa_line, &[&num(&d.kappa, n, c), reading])}</p> }.into_any(),
                None => view! { <p class="ap-hint" data-withheld="kappa">{c.kappa_none}</p> }.into_any(),
            }}
        }
    });
    let segments = s.segments.as_ref().map(|g| {
        let k = s.session.k.to_string();
        let not_shown: Vec<String> = g
            .groups
            .iter()
            .filter_map(|group| {
                let name = inst.choice_label(&g.question, &group.id, lang);
                match group.withheld {
                    Some(Withheld::Secondary) => Some(fill(c.group_secondary, &[&name])),
                    Some(Withheld::BelowK) => Some(fill(c.group_below_k, &[&name, &k])),
                    None if !group.reported => Some(fill(c.group_below_k, &[&name, &k])),
                    None => None,
                }
            })
            .collect();
        let not_shown = (!not_shown.is_empty())
            .then(|| view! { <p class="ap-hint ap-groups-not-shown">{fill(c.groups_not_shown, &[&not_shown.join("; ")])}</p> });
        let shown: Vec<&crate::scoring::summary::SegmentSummary> = g.groups.iter().filter(|group| group.reported).collect();
        if shown.is_empty() {
            return view! {
                <h3 class="ap-subhead">{c.segments_title}</h3>
                <p class="ap-notice ap-segments-hidden">{fill(c.segments_hidden, &[&k])}</p>
                {not_shown}
            }
            .into_any();
        }
        let heads = shown
            .iter()
            .map(|group| {
                let name = inst.choice_label(&g.question, &group.id, lang);
                let head = group.n.map_or_else(|| name.clone(), |n| fill(c.group_head, &[&name, &n.to_string()]));
                view! { <th scope="col" data-group=group.id.clone()>{head}</th> }
            })
            .collect_view();
        // A group's figure of a practice withheld for that practice alone.
        let parts_withheld = shown
            .iter()
            .any(|group| group.dimensions.iter().any(|x| x.withheld.is_some()));
        let rows = s
            .dimensions
            .iter()
            .filter(|d| d.withheld.is_none())
            .map(|d| {
                let parts: Vec<Option<&crate::scoring::summary::SegmentDimension>> =
                    shown.iter().map(|group| group.dimensions.iter().find(|sd| sd.id == d.id)).collect();
                let means: Vec<Option<f64>> = parts.iter().map(|p| p.and_then(|sd| sd.mean.value)).collect();
                let heat = |m: f64| format!("ap-heat-{}", readings::heat(m, s.scale_points));
                // On the same 0–100 scale as the practices' levels.
                let levels: Vec<Option<f64>> = means.iter().map(|m| m.map(|m| stats::level(m, s.scale_points))).collect();
                let cells = means
                    .iter()
                    .zip(&levels)
                    .zip(&parts)
                    .map(|((m, l), part)| {
                        let withheld = part.and_then(|p| p.withheld);
                        let text = match (withheld, l) {
                            (Some(_), _) => c.withheld_short.to_owned(),
                            (None, Some(v)) => format!("{v:.0}"),
                            (None, None) => c.not_available.to_owned(),
                        };
                        view! { <td class=m.map(heat).unwrap_or_default() data-withheld=withheld.map(Withheld::code)>{text}</td> }
                    })
                    .collect_view();
                let gap = readings::gap(&levels);
                let gap = (shown.len() >= 2).then(|| view! { <td>{gap.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.0}"))}</td> });
                view! { <tr data-dimension=d.id.clone()><th scope="row">{d.title.get(lang).to_owned()}</th>{cells}{gap}</tr> }
            })
            .collect_view();
        view! {
            <h3 class="ap-subhead">{c.segments_title}</h3>
            <p class="ap-hint">{r.groups_scale}</p>
            <div class="ap-table-wrap" role="region" aria-label=c.segments_title tabindex="0">
                <table class="ap-table ap-segments">
                    <caption class="ap-visually-hidden">{c.segments_title}</caption>
                    <thead><tr><th scope="col">{c.dimension}</th>{heads}{(shown.len() >= 2).then(|| view! { <th scope="col">{c.gap}</th> })}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {parts_withheld.then(|| view! { <p class="ap-hint ap-parts-withheld">{c.group_part_withheld}</p> })}
            {not_shown}
        }
        .into_any()
    });
    let comments = s.comments.as_ref().map(|cm| {
        if !cm.shown {
            return view! {
                <h3 class="ap-subhead">{c.comments_title}</h3>
                <p class="ap-hint ap-comments-hidden">{fill(c.comments_hidden.of(cm.n), &[&cm.n.to_string(), &s.session.comment_k.to_string()])}</p>
            }
            .into_any();
        }
        let items = cm.texts.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();
        view! { <h3 class="ap-subhead">{c.comments_title}</h3><ul class="ap-comments">{items}</ul> }.into_any()
    });
    let section =
        |v: Option<AnyView>| v.map(|v| view! { <section class="ap-report-section">{v}</section> });
    view! {
        {section(enps)}
        {section(priorities)}
        {section(decisions.map(IntoAny::into_any))}
        {section(segments)}
        {section(comments)}
    }
    .into_any()
}
