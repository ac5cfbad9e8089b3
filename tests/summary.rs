//! A session's summary: what it publishes, what it withholds under k, its
//! headline and its CSV. (Each anonymity case that once broke is in
//! `tests/anonymity.rs`; the differencing attack in `tests/disclosure.rs`;
//! what a summary file may hold in `tests/bad-input/`.)

use alignment_pulse::files::csv::Style;
use alignment_pulse::model::builtin;
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::summary::headline::Headline;
use alignment_pulse::scoring::summary::{Quadrant, Summary};
use common::{example, parse_csv, response, segmented, segmented_responses};

mod common;

#[test]
fn below_k_nothing_but_the_count_is_told() {
    let pilot = example("pilot-below-k.json");
    let s = Summary::of(&pilot);
    assert_eq!((s.n, s.reported), (3, false));
    assert!(s.dimensions.is_empty());
    assert!(s.enps.is_none() && s.priorities.is_none() && s.decision_rights.is_none());
    assert!(s.segments.is_none() && s.comments.is_none());
}

#[test]
fn a_segment_shows_only_when_it_and_its_complement_reach_k() {
    let reported = |execs, others| {
        Summary::of(&segmented(execs, others))
            .segments
            .unwrap()
            .groups
            .iter()
            .map(|g| (g.id.clone(), g.reported))
            .collect::<Vec<_>>()
    };
    // 5 and 7: both reach k = 5.
    assert_eq!(
        reported(5, 7),
        [
            ("executive-team".into(), true),
            ("other-leader".into(), true)
        ]
    );
    // 4 and 8: the executives are too few, and showing the others would let
    // anyone subtract them from the total, so both stay hidden.
    assert_eq!(
        reported(4, 8),
        [
            ("executive-team".into(), false),
            ("other-leader".into(), false)
        ]
    );
    let hidden = Summary::of(&segmented(4, 8));
    assert!(hidden
        .segments
        .unwrap()
        .groups
        .iter()
        .all(|g| g.dimensions.is_empty()));
    assert!(hidden.dimensions[0].icc.is_none());

    let shown = Summary::of(&segmented(5, 7));
    let groups = shown.segments.unwrap().groups;
    assert_eq!(groups[0].dimensions[0].mean.value, Some(5.0));
    assert_eq!(groups[1].dimensions[0].mean.value, Some(2.0));
}

#[test]
fn comments_show_only_from_their_threshold_on() {
    let commented = |n: usize| {
        let mut rs = segmented_responses(5, 5);
        for (i, r) in rs.iter_mut().enumerate().take(n) {
            r.answers
                .insert("comment".into(), Answer::Text(format!("comment {i}")));
        }
        let mut s = segmented(0, 0);
        s.insert(&rs).unwrap();
        s
    };
    let c = Summary::of(&commented(4)).comments.unwrap();
    assert_eq!((c.n, c.shown, c.texts.len()), (4, false, 0));
    let c = Summary::of(&commented(5)).comments.unwrap();
    assert_eq!((c.n, c.shown, c.texts.len()), (5, true, 5));
}

#[test]
fn reverse_scored_items_count_the_other_way() {
    // purpose-3 is negatively worded: disagreeing (1) is favorable (5).
    let mut s = Session::new(
        "rev",
        "Reverse",
        "2026-11-24",
        builtin::default_instrument(),
    );
    let rs: Vec<Response> = (0..5)
        .map(|i| {
            response(
                "rev",
                i,
                &[
                    ("purpose-3", Answer::Number(1)),
                    ("purpose-1", Answer::Number(5)),
                    ("purpose-2", Answer::Number(5)),
                ],
            )
        })
        .collect();
    s.insert(&rs).unwrap();
    let d = &Summary::of(&s).dimensions[0];
    let item = d.items.iter().find(|i| i.id == "purpose-3").unwrap();
    assert!(item.reverse);
    assert_eq!(item.mean.value, Some(5.0));
    assert_eq!(item.distribution, [0, 0, 0, 0, 5]);
    assert_eq!(d.mean.value, Some(5.0));
    assert_eq!(d.quadrant, Quadrant::AlignedStrong);
    assert_eq!(d.favorable, Some(100.0));
}

#[test]
fn the_lisbon_example_reads_as_designed() {
    let s = Summary::of(&example("lisbon-q3.json"));
    let quadrant = |id: &str| s.dimensions.iter().find(|d| d.id == id).unwrap().quadrant;
    assert_eq!(quadrant("incentives"), Quadrant::Split);
    assert_eq!(quadrant("governance"), Quadrant::Split);
    assert_eq!(quadrant("artifacts"), Quadrant::AlignedWeak);
    assert_eq!(quadrant("purpose"), Quadrant::AlignedStrong);
    assert_eq!(Summary::from_json(&s.to_json()).unwrap(), s);
}

#[test]
fn the_headline_averages_the_dimensions_and_names_the_split_ones() {
    let s = Summary::of(&example("lisbon-q3.json"));
    let h = Headline::of(&s).expect("12 responses reach k = 5");
    let mean = |f: &dyn Fn(&alignment_pulse::scoring::summary::DimensionSummary) -> Option<f64>| {
        let v: Vec<f64> = s.dimensions.iter().filter_map(f).collect();
        v.iter().sum::<f64>() / v.len() as f64
    };
    assert!((h.alignment.value.unwrap() - mean(&|d| d.alignment.value)).abs() < 1e-12);
    assert!((h.level.value.unwrap() - mean(&|d| d.level.value)).abs() < 1e-12);
    assert!((0.0..=100.0).contains(&h.alignment.value.unwrap()));
    assert_eq!(h.split, ["incentives", "governance"]);
    assert_eq!(h.dimensions, 10);
    assert!(
        h.aligned.contains(&"purpose".to_owned()) && h.aligned.contains(&"artifacts".to_owned())
    );
    assert!(h.aligned.len() + h.split.len() <= 10);

    let below = Summary::of(&example("pilot-below-k.json"));
    assert!(Headline::of(&below).is_none(), "no headline below k");
}

#[test]
fn the_csv_has_a_row_per_dimension_and_item_with_the_summarys_numbers() {
    let mut session = example("lisbon-q3.json");
    session.name = "=HYPERLINK(\"x\"), \"Lisbon\"".into();
    let s = Summary::of(&session);
    let csv = s.to_csv("en", Style::Rfc4180);
    assert!(csv.ends_with("\r\n"));
    let rows = parse_csv(&csv);
    assert_eq!(
        rows[0][..6],
        ["kind", "dimension", "item", "text", "reverse", "n"]
    );
    assert!(
        rows.iter().all(|r| r.len() == 24),
        "every row has every column"
    );
    assert_eq!(rows[1][0], "session");
    assert_eq!(
        rows[1][3], "'=HYPERLINK(\"x\"), \"Lisbon\"",
        "a formula is defused and quotes survive"
    );
    assert_eq!(rows[1][5], "12");
    let dims: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "dimension").collect();
    let items = rows.iter().filter(|r| r[0] == "item").count();
    assert_eq!(dims.len(), 10);
    assert_eq!(items, 28);
    // Every statement with its n and numbers; a withheld one (in the
    // 5 / 5 / 1 example, Shared purpose rests on one person) keeps its n and
    // says why, with no statistic.
    for s in [&s, &Summary::of(&example("teams-5-5-1.json"))] {
        let rows = parse_csv(&s.to_csv("en", Style::Rfc4180));
        let all_items: Vec<_> = s.dimensions.iter().flat_map(|d| &d.items).collect();
        let item_rows: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "item").collect();
        assert_eq!(item_rows.len(), all_items.len());
        for (row, i) in item_rows.iter().zip(&all_items) {
            assert_eq!(row[2], i.id);
            assert_eq!(row[16], i.withheld.map(|w| w.code()).unwrap_or(""));
            assert_eq!(row[6].is_empty(), i.withheld.is_some(), "{}", i.id);
            assert_eq!(row[5], i.n.to_string());
        }
    }
    assert!(Summary::of(&example("teams-5-5-1.json")).dimensions[0]
        .items
        .iter()
        .all(|i| i.withheld.is_some()));
    for (row, d) in dims.iter().zip(&s.dimensions) {
        assert_eq!(row[1], d.id);
        assert_eq!(row[3], d.title.get("en"));
        assert_eq!(
            row[6].parse::<f64>().unwrap(),
            d.mean.value.unwrap(),
            "the mean, exactly"
        );
        assert_eq!(row[9].parse::<f64>().ok(), d.rwg_j.value);
        // α's interval and the fingerprint close the row.
        let ci = d.alpha_ci.unwrap();
        assert_eq!(
            (row[21].parse::<f64>().ok(), row[22].parse::<f64>().ok()),
            (ci.low.value, ci.high.value)
        );
        assert_eq!(Some(&row[23]), d.fingerprint.as_ref());
    }
    // The example's embedded instrument predates the German texts; the built-in one has them.
    session.instrument = builtin::default_instrument();
    let german = parse_csv(&Summary::of(&session).to_csv("de", Style::Rfc4180));
    assert_eq!(german[2][3], "Gemeinsamer Zweck");

    let below =
        parse_csv(&Summary::of(&example("pilot-below-k.json")).to_csv("en", Style::Rfc4180));
    assert_eq!(below.len(), 2, "below k: the header and n only");
    assert_eq!(below[1][5], "3");
    assert!(below[1][13].is_empty() && below[1][14].is_empty());
}

#[test]
fn the_csv_holds_every_section_enps_priorities_decisions_and_groups() {
    let s = Summary::of(&example("lisbon-q3.json"));
    let rows = parse_csv(&s.to_csv("en", Style::Rfc4180));
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let (kind, item, n, value, share, p, owner) = (
        col("kind"),
        col("item"),
        col("n"),
        col("value"),
        col("share_percent"),
        col("p"),
        col("owner"),
    );
    let of = |k: &str| rows.iter().filter(|r| r[kind] == k).collect::<Vec<_>>();
    let num = |cell: &str| cell.parse::<f64>().unwrap();
    // eNPS: the score and its three shares, exactly the summary's.
    let e = s.enps.as_ref().unwrap();
    assert_eq!(num(&of("enps")[0][value]), e.score);
    assert_eq!(of("enps")[0][n], e.n.to_string());
    let shares: Vec<(String, f64)> = of("enps_share")
        .iter()
        .map(|r| (r[item].clone(), num(&r[share])))
        .collect();
    assert_eq!(
        shares,
        [
            ("promoters".into(), e.promoters),
            ("passives".into(), e.passives),
            ("detractors".into(), e.detractors)
        ]
    );
    // Priorities: the consensus order, then Kendall's W with its p.
    let pr = s.priorities.as_ref().unwrap();
    let order: Vec<&str> = of("priority").iter().map(|r| r[item].as_str()).collect();
    assert_eq!(
        order,
        pr.consensus.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(of("priority")[0][value], "1");
    let w = &of("concordance")[0];
    assert_eq!(num(&w[value]), pr.concordance.w.value.unwrap());
    assert_eq!(num(&w[p]), pr.concordance.p.value.unwrap());
    assert_eq!(w[n], pr.concordance.raters.to_string());
    // Decision rights: each decision's owner and share, then κ.
    let dr = s.decision_rights.as_ref().unwrap();
    for (r, d) in of("decision").iter().zip(&dr.decisions) {
        assert_eq!(r[item], d.id);
        assert_eq!(r[owner], d.modal_owner.clone().unwrap_or_default());
        assert_eq!(r[share].parse::<f64>().ok(), d.share);
    }
    assert_eq!(of("decision").len(), dr.decisions.len());
    assert_eq!(of("kappa")[0][value].parse::<f64>().ok(), dr.kappa.value);

    // Groups: a shown group with its members and scores; a withheld one
    // with why and nothing else. A withheld eNPS is a row with n and why.
    let t = Summary::of(&example("teams-5-5-1.json"));
    let rows = parse_csv(&t.to_csv("en", Style::Rfc4180));
    let of = |k: &str| {
        rows.iter()
            .filter(|r| r[kind] == k)
            .cloned()
            .collect::<Vec<_>>()
    };
    let groups = of("group");
    let g = t.segments.as_ref().unwrap();
    assert_eq!(groups.len(), g.groups.len());
    for (r, group) in groups.iter().zip(&g.groups) {
        assert_eq!(r[item], group.id);
        assert_eq!(r[n], group.n.map(|n| n.to_string()).unwrap_or_default());
        assert_eq!(
            r[col("withheld")],
            group.withheld.map(|w| w.code()).unwrap_or("")
        );
    }
    let scored: usize = g.groups.iter().map(|group| group.dimensions.len()).sum();
    assert!(scored > 0);
    assert_eq!(of("group_dimension").len(), scored);
    for r in of("group_dimension") {
        let group = g.groups.iter().find(|x| x.id == r[item]).unwrap();
        assert!(group.reported, "only a shown group has scores");
        let d = group
            .dimensions
            .iter()
            .find(|d| d.id == r[col("dimension")])
            .unwrap();
        assert_eq!(r[col("mean")].parse::<f64>().ok(), d.mean.value);
    }
    let enps = of("enps");
    assert_eq!(enps.len(), 1);
    assert_eq!(
        (
            enps[0][n].as_str(),
            enps[0][col("withheld")].as_str(),
            enps[0][value].as_str()
        ),
        ("2", "below_k", "")
    );
}
