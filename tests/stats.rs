//! The statistics against published worked examples. Each test cites where
//! its data and expected figures come from.

use alignment_pulse::scoring::stats::*;

fn close(actual: Option<f64>, expected: f64, tolerance: f64) {
    let actual = actual.unwrap_or_else(|| panic!("undefined where {expected} was expected"));
    assert!(
        (actual - expected).abs() <= tolerance,
        "{actual} is not within {tolerance} of {expected}"
    );
}

/// R's `sleep` data (Cushny & Peebles 1905, as printed by Student 1908):
/// `t.test(extra ~ group, data = sleep)` prints t = −1.8608, df = 17.776,
/// p-value = 0.07939, 95% CI −3.3654832 to 0.2054832 (group 1 − group 2).
#[test]
fn welch_test_reproduces_r_on_the_sleep_data() {
    let g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    let g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    let moments = |xs: &[f64]| Moments {
        n: xs.len(),
        mean: mean(xs).unwrap(),
        sd: sd(xs).value.unwrap(),
    };
    // Our differences are b − a, so a = group 2 and b = group 1 gives R's sign.
    let d = compare(moments(&g2), moments(&g1));
    close(Some(d.delta), -1.58, 1e-12);
    close(d.t.value, -1.8608, 5e-5);
    close(d.df.value, 17.776, 5e-4);
    close(d.p.value, 0.07939, 5e-6);
    close(d.ci_low.value, -3.3654832, 5e-7);
    close(d.ci_high.value, 0.2054832, 5e-7);
}

/// Borenstein, Hedges, Higgins & Rothstein (2009), *Introduction to
/// Meta-Analysis*, chapter 4 worked example: means 103 and 100, SDs 5.5 and
/// 4.5, n = 50 each: S_within = 5.0249, d = 0.5970, J = 0.9923, g = 0.5924.
#[test]
fn hedges_g_reproduces_borenstein_et_al() {
    let d = compare(
        Moments {
            n: 50,
            mean: 100.0,
            sd: 4.5,
        },
        Moments {
            n: 50,
            mean: 103.0,
            sd: 5.5,
        },
    );
    close(d.hedges_g.value, 0.5924, 5e-5);
}

/// Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges.
/// BMS = 11.24, WMS = 6.26; ICC(1,1) = 0.17 (0.1657 unrounded) and
/// ICC(1,4) = 0.44 (0.4428), which `multilevel::ICC1`/`ICC2` also give.
#[test]
fn icc_reproduces_shrout_and_fleiss() {
    let targets = vec![
        vec![9.0, 2.0, 5.0, 8.0],
        vec![6.0, 1.0, 3.0, 2.0],
        vec![8.0, 4.0, 6.0, 8.0],
        vec![7.0, 1.0, 2.0, 6.0],
        vec![10.0, 5.0, 6.0, 9.0],
        vec![6.0, 2.0, 4.0, 7.0],
    ];
    let r = icc(&targets);
    close(r.icc1.value, 0.1657, 5e-5);
    close(r.icc2.value, 0.4428, 5e-5);
    close(Some(r.group_size), 4.0, 0.0);
}

/// Fleiss' κ, the worked example of the Wikipedia article "Fleiss' kappa":
/// 10 subjects, 14 raters, 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
#[test]
fn fleiss_kappa_reproduces_the_14_rater_example() {
    let table = vec![
        vec![0, 0, 0, 0, 14],
        vec![0, 2, 6, 4, 2],
        vec![0, 0, 3, 5, 6],
        vec![0, 3, 9, 2, 0],
        vec![2, 2, 8, 1, 1],
        vec![7, 7, 0, 0, 0],
        vec![3, 2, 6, 3, 0],
        vec![2, 5, 3, 2, 2],
        vec![6, 5, 2, 1, 0],
        vec![0, 2, 2, 3, 7],
    ];
    close(fleiss_kappa(&table).value, 0.210, 5e-4);
}

/// Fleiss (1971), Table 1: 30 patients, 6 psychiatrists, 5 diagnoses
/// (R: `irr::kappam.fleiss(diagnoses)` gives κ = 0.430).
#[test]
fn fleiss_kappa_reproduces_fleiss_1971() {
    let table = vec![
        vec![0, 0, 0, 6, 0],
        vec![0, 3, 0, 0, 3],
        vec![0, 1, 4, 0, 1],
        vec![0, 0, 0, 0, 6],
        vec![0, 3, 0, 3, 0],
        vec![2, 0, 4, 0, 0],
        vec![0, 0, 4, 0, 2],
        vec![2, 0, 3, 1, 0],
        vec![2, 0, 0, 4, 0],
        vec![0, 0, 0, 0, 6],
        vec![1, 0, 0, 5, 0],
        vec![1, 1, 0, 4, 0],
        vec![0, 3, 3, 0, 0],
        vec![1, 0, 0, 5, 0],
        vec![0, 2, 0, 3, 1],
        vec![0, 0, 5, 0, 1],
        vec![3, 0, 0, 1, 2],
        vec![5, 1, 0, 0, 0],
        vec![0, 2, 0, 4, 0],
        vec![1, 0, 2, 0, 3],
        vec![0, 0, 0, 0, 6],
        vec![0, 1, 0, 5, 0],
        vec![0, 2, 0, 1, 3],
        vec![2, 0, 0, 4, 0],
        vec![1, 0, 0, 4, 1],
        vec![0, 5, 0, 1, 0],
        vec![4, 0, 0, 0, 2],
        vec![0, 2, 0, 4, 0],
        vec![1, 0, 5, 0, 0],
        vec![0, 0, 0, 0, 6],
    ];
    close(fleiss_kappa(&table).value, 0.430, 5e-4);
}

/// Kendall's W with ties: R's `irr` package, `kendall(anxiety, correct = TRUE)`
/// on its `anxiety` data (20 subjects rated 1–6 by 3 raters, many ties):
/// Wt = 0.54, χ²(19) = 30.8, p = 0.0429.
#[test]
fn kendall_w_with_ties_reproduces_irr_on_the_anxiety_data() {
    let anxiety: [[f64; 3]; 20] = [
        [3.0, 3.0, 2.0],
        [3.0, 6.0, 1.0],
        [3.0, 4.0, 4.0],
        [4.0, 6.0, 4.0],
        [5.0, 2.0, 3.0],
        [5.0, 4.0, 2.0],
        [2.0, 2.0, 1.0],
        [3.0, 4.0, 6.0],
        [5.0, 3.0, 1.0],
        [2.0, 3.0, 1.0],
        [2.0, 2.0, 1.0],
        [6.0, 3.0, 2.0],
        [1.0, 3.0, 3.0],
        [5.0, 3.0, 3.0],
        [2.0, 2.0, 1.0],
        [2.0, 2.0, 1.0],
        [1.0, 1.0, 3.0],
        [2.0, 3.0, 3.0],
        [4.0, 3.0, 2.0],
        [3.0, 4.0, 2.0],
    ];
    let rankings: Vec<Vec<f64>> = (0..3)
        .map(|rater| average_ranks(&anxiety.iter().map(|row| row[rater]).collect::<Vec<_>>()))
        .collect();
    let c = kendall_w(&rankings);
    assert_eq!((c.raters, c.objects, c.df), (3, 20, 19));
    close(c.w.value, 0.54, 5e-3);
    close(c.chi2.value, 30.8, 5e-2);
    close(c.p.value, 0.0429, 5e-5);
}

/// Kendall's W without ties, the classic check: identical rankings give 1,
/// and three raters who each put a different object first in a cyclic
/// Latin square give 0.
#[test]
fn kendall_w_is_one_for_identical_and_zero_for_balanced_rankings() {
    let same = vec![vec![1.0, 2.0, 3.0]; 4];
    close(kendall_w(&same).w.value, 1.0, 1e-12);
    let latin = vec![
        vec![1.0, 2.0, 3.0],
        vec![2.0, 3.0, 1.0],
        vec![3.0, 1.0, 2.0],
    ];
    close(kendall_w(&latin).w.value, 0.0, 1e-12);
    close(kendall_w(&latin).p.value, 1.0, 1e-12);
}

#[test]
fn average_ranks_share_ties() {
    assert_eq!(
        average_ranks(&[10.0, 20.0, 10.0, 30.0]),
        [1.5, 3.0, 1.5, 4.0]
    );
    assert_eq!(average_ranks(&[2.0, 2.0, 2.0]), [2.0, 2.0, 2.0]);
}

/// r_wg by hand from James, Demaree & Wolf (1984), eq. 1: answers 2, 3, 3,
/// 4, 4 on 5 points have s² = 2.8/4 = 0.7 and σ²_EU = (25 − 1)/12 = 2, so
/// r_wg = 1 − 0.7/2 = 0.65. On 7 points σ²_EU = 4 and r_wg = 0.825.
#[test]
fn rwg_follows_james_demaree_wolf() {
    let answers = [2.0, 3.0, 3.0, 4.0, 4.0];
    close(rwg(&answers, 5).value, 0.65, 1e-12);
    close(rwg(&answers, 7).value, 0.825, 1e-12);
    // A 50/50 split between the scale's ends has s² = 4.8 > 2: truncated to 0.
    close(rwg(&[1.0, 1.0, 1.0, 5.0, 5.0, 5.0], 5).value, 0.0, 0.0);
    close(rwg(&[4.0, 4.0, 4.0], 5).value, 1.0, 0.0);
    assert_eq!(
        rwg(&[4.0], 5),
        Estimate::undefined(Undefined::TooFewAnswers)
    );
}

/// r_wg(j), James et al. (1984) eq. 4, by hand: three items of variance
/// 0.7 give s̄²/σ²_EU = 0.35 on 5 points and
/// r_wg(3) = 3·0.65 / (3·0.65 + 0.35) = 1.95/2.3; items of variances 0.7,
/// 0.3 and 1.6 enter with their mean.
#[test]
fn rwg_j_follows_james_demaree_wolf() {
    let three = vec![
        vec![2.0, 3.0, 3.0, 4.0, 4.0],      // 0.7
        vec![3.0, 3.0, 3.0, 4.0, 4.0],      // s² = 1.2/4 = 0.3
        vec![1.0, 3.0, 3.0, 3.0, 5.0, 3.0], // s² = 8/5 = 1.6
    ];
    close(variance(&three[1]).value, 0.3, 1e-12);
    close(variance(&three[2]).value, 1.6, 1e-12);
    let mean_var = (0.7 + 0.3 + 1.6) / 3.0;
    let r = mean_var / 2.0;
    close(
        rwg_j(&three, 5).value,
        3.0 * (1.0 - r) / (3.0 * (1.0 - r) + r),
        1e-12,
    );
    let exact = vec![vec![2.0, 3.0, 3.0, 4.0, 4.0]; 3];
    // Three items of variance 0.7: r = 0.35, r_wg(3) = 1.95 / 2.3.
    close(rwg_j(&exact, 5).value, 1.95 / 2.3, 1e-12);
    // An item answered once has no variance and is left out.
    close(
        rwg_j(&[vec![2.0, 3.0, 3.0, 4.0, 4.0], vec![5.0]], 5).value,
        0.65,
        1e-12,
    );
}

/// AD_M by hand after Burke, Finkelstein & Dusig (1999): answers 2, 3, 3, 4,
/// 4 deviate 1.2, 0.2, 0.2, 0.8, 0.8 from their mean 3.2, so AD_M = 3.2/5.
#[test]
fn ad_m_follows_burke_et_al() {
    close(ad_m(&[2.0, 3.0, 3.0, 4.0, 4.0]).value, 0.64, 1e-12);
    close(Some(ad_m_cutoff(5)), 5.0 / 6.0, 1e-12);
    close(
        ad_m_j(&[vec![2.0, 3.0, 3.0, 4.0, 4.0], vec![1.0, 5.0]]).value,
        (0.64 + 2.0) / 2.0,
        1e-12,
    );
}

/// An α of 0 is 0: items that do not covary in the sample (here item 2
/// is the same at each level of item 1) give exactly α = 0, which the
/// two-pass form computed as 4·10⁻¹⁶ on Lisbon's Governance.
#[test]
fn cronbach_alpha_of_uncorrelated_items_is_exactly_zero() {
    let rows: Vec<Vec<Option<f64>>> = [
        [1.0, 1.0],
        [1.0, 2.0],
        [2.0, 1.0],
        [2.0, 2.0],
        [3.0, 1.0],
        [3.0, 2.0],
    ]
    .iter()
    .map(|r| r.iter().map(|&x| Some(x)).collect())
    .collect();
    assert_eq!(cronbach_alpha(&rows).value, Some(0.0));
}

/// Feldt's interval for α against the worked example of Feldt, Woodruff
/// & Salih (1987): α = 0.79 from 41 examinees on 26 items, two-sided 90%,
/// which the paper gives as 0.70 to 0.86 (R's `psychometric::alpha.CI(.79,
/// 26, 41)`; to more digits, scipy's F quantiles give 0.704676 and
/// 0.861614). And `psych::alpha.ci`'s example, α = 0.8 from 100 people on
/// 10 items at 95%: 0.74 to 0.85 (0.736048 and 0.853692).
#[test]
fn alpha_interval_matches_feldt_woodruff_and_salih() {
    let ci = alpha_interval(Estimate::of(0.79), 41, 26, 0.90);
    close(ci.low.value, 0.7046759614862377, 1e-6);
    close(ci.high.value, 0.8616144525848588, 1e-6);
    let ci = alpha_interval(Estimate::of(0.8), 100, 10, 0.95);
    close(ci.low.value, 0.7360484590607337, 1e-6);
    close(ci.high.value, 0.8536918190912511, 1e-6);
    // Twelve people on three items: α = 0.5 means anything from −0.32 to 0.84.
    let ci = alpha_interval(Estimate::of(0.5), 12, 3, 0.95);
    close(ci.low.value, -0.32342607152373515, 1e-6);
    close(ci.high.value, 0.8436056495152676, 1e-6);
    // No α, no interval: its reason stays.
    let none = Estimate::undefined(Undefined::ZeroVariance);
    assert_eq!(
        alpha_interval(none, 12, 3, 0.95),
        Interval {
            low: none,
            high: none
        }
    );
}

/// Cronbach's α by its definition, and equal to the covariance form
/// α = k·c̄ / (v̄ + (k − 1)·c̄) (c̄: mean inter-item covariance, v̄: mean
/// item variance), computed independently here.
#[test]
fn cronbach_alpha_matches_its_covariance_form() {
    let data = [
        [4.0, 5.0, 4.0],
        [3.0, 3.0, 2.0],
        [5.0, 4.0, 5.0],
        [2.0, 2.0, 3.0],
        [4.0, 4.0, 4.0],
        [3.0, 4.0, 3.0],
    ];
    let rows: Vec<Vec<Option<f64>>> = data
        .iter()
        .map(|r| r.iter().map(|&x| Some(x)).collect())
        .collect();
    let n = data.len() as f64;
    let col = |i: usize| data.iter().map(|r| r[i]).collect::<Vec<f64>>();
    let cov = |a: &[f64], b: &[f64]| {
        let (ma, mb) = (mean(a).unwrap(), mean(b).unwrap());
        a.iter()
            .zip(b)
            .map(|(x, y)| (x - ma) * (y - mb))
            .sum::<f64>()
            / (n - 1.0)
    };
    let v_bar = (0..3).map(|i| cov(&col(i), &col(i))).sum::<f64>() / 3.0;
    let c_bar = (cov(&col(0), &col(1)) + cov(&col(0), &col(2)) + cov(&col(1), &col(2))) / 3.0;
    let expected = 3.0 * c_bar / (v_bar + 2.0 * c_bar);
    close(cronbach_alpha(&rows).value, expected, 1e-12);

    // Listwise: a respondent with a skipped item does not count.
    let mut with_gap = rows.clone();
    with_gap.push(vec![Some(1.0), None, Some(5.0)]);
    close(cronbach_alpha(&with_gap).value, expected, 1e-12);
    assert_eq!(
        cronbach_alpha(&[vec![Some(3.0)], vec![Some(4.0)]]),
        Estimate::undefined(Undefined::TooFewItems)
    );
    assert_eq!(
        cronbach_alpha(&[vec![Some(3.0), Some(3.0)], vec![Some(3.0), Some(3.0)]]),
        Estimate::undefined(Undefined::ZeroVariance)
    );
}

#[test]
fn enps_is_promoters_minus_detractors() {
    // 4 promoters, 3 passives, 3 detractors of 10: eNPS = 40 − 30 = 10.
    let e = enps(&[10, 9, 9, 10, 7, 8, 7, 6, 0, 3]).unwrap();
    assert_eq!(
        (e.promoters, e.passives, e.detractors, e.score),
        (40.0, 30.0, 30.0, 10.0)
    );
    assert_eq!(enps(&[]), None);
}

/// Known quantiles: t_{0.975}(10) = 2.228139, t_{0.975}(1) = 12.706205;
/// χ²_{0.95}(1) = 3.841459, χ²_{0.95}(10) = 18.307038 (standard tables, e.g.
/// NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7).
#[test]
fn distribution_functions_match_tables() {
    close(t_quantile(0.975, 10.0).value, 2.228139, 1e-6);
    close(t_quantile(0.975, 1.0).value, 12.706205, 1e-6);
    close(t_sf(2.228139, 10.0).value, 0.025, 1e-7);
    close(chi2_sf(3.841459, 1.0).value, 0.05, 1e-7);
    close(chi2_sf(18.307038, 10.0).value, 0.05, 1e-7);
}

#[test]
fn undefined_values_carry_a_reason_and_serialize_as_null() {
    let e = sd(&[3.0]);
    assert_eq!(e, Estimate::undefined(Undefined::TooFewAnswers));
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"value":null,"reason":"too_few_answers"}"#
    );
    assert_eq!(
        Estimate::of(f64::NAN),
        Estimate::undefined(Undefined::NotFinite)
    );
    assert_eq!(
        serde_json::to_string(&Estimate::of(0.5)).unwrap(),
        r#"{"value":0.5}"#
    );
    let same = compare(
        Moments {
            n: 5,
            mean: 3.0,
            sd: 0.0,
        },
        Moments {
            n: 5,
            mean: 3.0,
            sd: 0.0,
        },
    );
    assert_eq!(same.t, Estimate::undefined(Undefined::ZeroVariance));
    assert_eq!(
        icc(&[vec![1.0, 2.0]]).icc1,
        Estimate::undefined(Undefined::TooFewGroups)
    );
}
