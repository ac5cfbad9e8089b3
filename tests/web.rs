//! Component tests in headless Chromium (`make test-wasm`).
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use alignment_pulse::config::{Config, ConfigError, Mode, Source, Theme};
use alignment_pulse::model::builtin;
use alignment_pulse::model::instrument::Instrument;
use alignment_pulse::model::response::Answer;
use alignment_pulse::ui::context::Lang;
use alignment_pulse::ui::mount::mount_widget as mount;
use alignment_pulse::ui::platform::dom as browser;
use alignment_pulse::ui::platform::{crypto, events};
use alignment_pulse::ui::respond::draft::{self, Draft};
use alignment_pulse::ui::respond::state::Options;
use alignment_pulse::ui::respond::survey::survey;
use alignment_pulse::ui::respond::widget::respond;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

fn document() -> web_sys::Document {
    window().document().unwrap()
}

/// A fresh element to mount into, with no draft left by another test.
fn container() -> HtmlElement {
    // The test page serves no instrument files: use the compiled-in copies.
    alignment_pulse::ui::page::use_compiled_builtins();
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let el = document().create_element("section").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn button(root: &Element, label: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| {
            b.text_content().as_deref() == Some(label)
                || b.get_attribute("aria-label").as_deref() == Some(label)
        })
        .unwrap_or_else(|| panic!("no button {label} in {}", root.inner_html()))
        .unchecked_into()
}

fn disabled(b: &HtmlElement) -> bool {
    b.unchecked_ref::<web_sys::HtmlButtonElement>().disabled()
}

/// A survey without the widget's frame, in English.
fn mount_options(root: &HtmlElement, options: Options) {
    leptos::mount::mount_to(root.clone(), move || {
        provide_context(Lang(RwSignal::new("en")));
        survey(options)
    })
    .forget();
}

fn mount_survey(root: &HtmlElement) {
    mount_options(root, Options::new(builtin::default_instrument()));
}

fn config(lang: &'static str) -> Config {
    Config {
        mode: Mode::Respond,
        instrument: Source::Builtin("leadership-alignment-pulse"),
        lang,
        session: "default".into(),
        theme: Theme::Auto,
        submit_url: None,
        parent_origin: None,
        teams: Vec::new(),
    }
}

/// The whole widget, frame included, as the bundles mount it: in an open
/// shadow root on `host`. Returns the element it is drawn in, inside that root.
fn mount_widget(host: &HtmlElement, config: Result<Config, ConfigError>) -> Element {
    mount(host, config, respond);
    host.shadow_root()
        .expect("the widget has a shadow root on its host")
        .first_element_child()
        .expect("the widget is drawn in the shadow root")
}

/// Lets pending work run (a setTimeout of 0: promises and fetches settle first).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits for the next animation frame (when focus moves happen).
async fn frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn focused_label() -> String {
    let mut el = document()
        .active_element()
        .expect("something has the focus");
    // Inside a shadow root, the document sees its host as focused.
    while let Some(inner) = el.shadow_root().and_then(|r| r.active_element()) {
        el = inner;
    }
    el.get_attribute("aria-label")
        .or(el.text_content())
        .unwrap_or_default()
}

async fn next(root: &Element, times: usize) {
    for _ in 0..times {
        button(root, "Next").click();
        tick().await;
    }
}

fn stored_draft() -> Draft {
    draft::load(&draft::storage_key(
        "default",
        &builtin::default_instrument(),
    ))
    .unwrap()
    .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_first_screen_shows_the_intro_and_the_first_question() {
    let root = container();
    let root = mount_widget(&root, Ok(config("en")));
    tick().await;

    let inst = builtin::default_instrument();
    assert_eq!(text(&root, "h1"), "Leadership Alignment Pulse");
    assert!(text(&root, ".ap-facts").contains("Anonymous"));
    assert_eq!(text(&root, ".ap-progress"), "Step 1 of 15");
    assert_eq!(text(&root, "h2"), "Shared purpose");

    let fieldsets = all(&root, "fieldset.ap-item");
    assert_eq!(fieldsets.len(), inst.dimensions[0].items.len());
    let first = &fieldsets[0];
    assert_eq!(
        text(first, "legend"),
        inst.dimensions[0].items[0].text.get("en")
    );
    // Every point of the scale has its own label, not only the ends, and the item can be skipped.
    let labels: Vec<String> = all(first, "label")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree",
            "Prefer not to say"
        ]
    );
    for radio in all(first, "input[type=radio]") {
        let id = radio.id();
        assert!(
            first
                .query_selector(&format!("label[for='{id}']"))
                .unwrap()
                .is_some(),
            "radio {id} has no label"
        );
        assert_eq!(
            radio.get_attribute("name"),
            all(first, "input[type=radio]")[0].get_attribute("name"),
            "one group per item"
        );
    }
}

#[wasm_bindgen_test]
async fn answers_survive_moving_between_steps() {
    let root = container();
    mount_survey(&root);
    tick().await;

    let agree: HtmlElement = one(&root, "fieldset.ap-item label[for$='-4']").unchecked_into();
    agree.click();
    tick().await;
    let checked: HtmlInputElement = one(&root, "fieldset.ap-item input:checked").unchecked_into();
    assert_eq!(checked.value(), "4");

    next(&root, 1).await;
    assert_eq!(text(&root, ".ap-progress"), "Step 2 of 15");
    assert_eq!(text(&root, "h2"), "Transparent goals");
    assert_eq!(
        text(
            &root,
            ".ap-survey > [role=status][aria-live=polite].ap-visually-hidden"
        ),
        "Step 2 of 15: Transparent goals",
        "the step change is announced"
    );
    assert!(
        root.query_selector(".ap-intro").unwrap().is_none(),
        "the intro shows only on the first step"
    );
    assert_eq!(
        text(&root, "h1"),
        "Leadership Alignment Pulse",
        "the title stays"
    );
    assert!(
        root.query_selector("input:checked").unwrap().is_none(),
        "step 2 starts unanswered"
    );

    button(&root, "Back").click();
    tick().await;
    let checked: HtmlInputElement = one(&root, "fieldset.ap-item input:checked").unchecked_into();
    assert_eq!(checked.value(), "4");
    assert!(disabled(&button(&root, "Back")));
}

#[wasm_bindgen_test]
async fn two_widgets_never_share_radio_names() {
    let a = container();
    let b = container();
    let a = mount_widget(&a, Ok(config("en")));
    let b = mount_widget(&b, Ok(config("en")));
    tick().await;

    let name_a = one(&a, "input[type=radio]").get_attribute("name").unwrap();
    let name_b = one(&b, "input[type=radio]").get_attribute("name").unwrap();
    assert_ne!(name_a, name_b);

    let label: HtmlElement = one(&a, "label[for$='-2']").unchecked_into();
    label.click();
    tick().await;
    assert!(a.query_selector("input:checked").unwrap().is_some());
    assert!(
        b.query_selector("input:checked").unwrap().is_none(),
        "answering one widget changed the other"
    );
}

#[wasm_bindgen_test]
async fn every_change_is_saved_and_a_new_mount_resumes_it() {
    let root = container();
    mount_survey(&root);
    tick().await;
    let strongly: HtmlElement = one(&root, "label[for$='purpose-1-5']").unchecked_into();
    strongly.click();
    let skip: HtmlElement = one(&root, "label[for$='purpose-2-skip']").unchecked_into();
    skip.click();
    tick().await;
    next(&root, 2).await;
    tick().await;

    let saved = stored_draft();
    assert_eq!(saved.step, 2);
    assert_eq!(saved.answers.get("purpose-1"), Some(&Answer::Number(5)));
    assert!(
        saved.skipped.iter().any(|s| s == "purpose-2") && !saved.answers.contains_key("purpose-2")
    );

    // As after a reload: a new widget restores the step and the answers.
    let again: HtmlElement = document()
        .create_element("section")
        .unwrap()
        .unchecked_into();
    document().body().unwrap().append_child(&again).unwrap();
    mount_survey(&again);
    tick().await;
    assert_eq!(text(&again, ".ap-progress"), "Step 3 of 15");
    button(&again, "Back").click();
    button(&again, "Back").click();
    tick().await;
    let checked: Vec<String> = all(&again, "input:checked")
        .iter()
        .map(|i| i.unchecked_ref::<HtmlInputElement>().value())
        .collect();
    assert_eq!(checked, ["5", "skip"]);
}

#[wasm_bindgen_test]
async fn the_ranking_works_by_buttons_alone() {
    let root = container();
    mount_survey(&root);
    tick().await;
    next(&root, 11).await; // the eNPS is step 11, the ranking step 12
    assert_eq!(text(&root, "h2"), "Priorities");

    button(&root, "Add Improve the customer experience to the ranking").click();
    tick().await;
    button(&root, "Add Develop and keep our people to the ranking").click();
    tick().await;
    button(&root, "Add Grow revenue in our core markets to the ranking").click();
    tick().await;
    assert!(
        disabled(&button(
            &root,
            "Add Reduce cost and complexity to the ranking"
        )),
        "at most three"
    );
    assert_eq!(
        text(&root, ".ap-step [role=status].ap-visually-hidden"),
        "Grow revenue in our core markets added at place 3"
    );

    button(&root, "Move Grow revenue in our core markets up").click();
    tick().await;
    button(
        &root,
        "Remove Improve the customer experience from the ranking",
    )
    .click();
    tick().await;
    let order = |d: &Draft| d.answers.get("priorities").cloned();
    assert_eq!(
        order(&stored_draft()),
        Some(Answer::Order(vec!["growth".into(), "talent".into()]))
    );
    let items: Vec<String> = all(&root, "ol.ap-rank .ap-rank-label")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(
        items,
        [
            "1. Grow revenue in our core markets",
            "2. Develop and keep our people"
        ]
    );
    assert!(disabled(&button(
        &root,
        "Move Grow revenue in our core markets up"
    )));
    assert!(!disabled(&button(
        &root,
        "Add Reduce cost and complexity to the ranking"
    )));
}

#[wasm_bindgen_test]
async fn review_lists_what_is_open_and_submit_gives_a_valid_response() {
    let root = container();
    mount_survey(&root);
    tick().await;
    let agree: HtmlElement = one(&root, "label[for$='purpose-1-4']").unchecked_into();
    agree.click();
    tick().await;
    next(&root, 15).await;
    assert_eq!(text(&root, ".ap-progress"), "Review");
    let open = text(&root, ".ap-review");
    assert!(
        open.contains("Step 1: Shared purpose, 2 unanswered"),
        "{open}"
    );
    assert!(!open.contains("Comment"), "comments are optional");

    button(&root, "Submit").click();
    tick().await;
    assert_eq!(text(&root, "h2"), "Thank you");
    let link = one(&root, "a[download]");
    assert!(link.get_attribute("href").unwrap().starts_with("blob:"));
    assert_eq!(
        stored_draft(),
        Draft::default(),
        "a submitted draft is cleared"
    );

    button(&root, "Start over").click();
    tick().await;
    assert_eq!(text(&root, ".ap-progress"), "Step 1 of 15");
    assert!(root.query_selector("input:checked").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_draft_makes_a_response_the_core_accepts() {
    let inst = builtin::default_instrument();
    let mut d = Draft::default();
    d.answers.insert("purpose-1".into(), Answer::Number(4));
    d.answers.insert("enps".into(), Answer::Number(9));
    d.answers
        .insert("priorities".into(), Answer::Order(vec!["talent".into()]));
    let r = d.to_response(
        &inst,
        "default",
        crypto::random_id(),
        &browser::today(),
        "en",
    );
    let mut errors = Vec::new();
    r.check(&inst.index(), "default", "$.response", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(r.id.get_version_num(), 4);
    assert!(
        alignment_pulse::model::response::is_date(&r.date),
        "{}",
        r.date
    );
    assert_ne!(crypto::random_id(), crypto::random_id());
}

#[wasm_bindgen_test]
async fn the_comment_box_counts_characters_and_warns_against_names() {
    let root = container();
    mount_survey(&root);
    tick().await;
    next(&root, 14).await;
    assert_eq!(text(&root, "h2"), "Comment");
    let area: web_sys::HtmlTextAreaElement = one(&root, "textarea").unchecked_into();
    assert_eq!(area.max_length(), 1000);
    area.set_value("More openness, please.");
    area.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    let hint = text(&root, ".ap-hint");
    assert!(hint.contains("Please don't name people"));
    assert!(hint.contains("22 of 1000 characters."), "{hint}");
    assert_eq!(
        stored_draft().answers.get("comment"),
        Some(&Answer::Text("More openness, please.".into()))
    );
}

fn set_select(select: &Element, value: &str) {
    let s: web_sys::HtmlSelectElement = select.clone().unchecked_into();
    s.set_value(value);
    s.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

fn click_label(root: &Element, selector: &str) {
    one(root, selector).unchecked_into::<HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn the_enps_is_one_labelled_group_of_eleven_points() {
    let root = container();
    mount_survey(&root);
    tick().await;
    next(&root, 10).await;
    assert_eq!(text(&root, "h2"), "Recommendation");
    let group = one(&root, "fieldset.ap-item");
    let hint = group
        .get_attribute("aria-describedby")
        .expect("the 0–10 meaning is announced with the group");
    assert_eq!(
        text(&root, &format!("#{hint}")),
        "0 = not at all likely, 10 = extremely likely"
    );
    let radios = all(&group, "input[type=radio]");
    assert_eq!(radios.len(), 11);
    let labels: Vec<String> = all(&group, "label")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(labels, (0..=10).map(|v| v.to_string()).collect::<Vec<_>>());
    assert!(radios
        .iter()
        .all(|r| r.get_attribute("name") == radios[0].get_attribute("name")));
    click_label(&group, "label[for$='-7']");
    tick().await;
    assert_eq!(stored_draft().answers.get("enps"), Some(&Answer::Number(7)));
    click_label(&group, "label[for$='-10']");
    tick().await;
    assert_eq!(
        stored_draft().answers.get("enps"),
        Some(&Answer::Number(10))
    );
    assert_eq!(all(&group, "input:checked").len(), 1);
}

#[wasm_bindgen_test]
async fn each_decision_has_a_labelled_select_of_owners() {
    let root = container();
    mount_survey(&root);
    tick().await;
    next(&root, 12).await;
    assert_eq!(text(&root, "h2"), "Decision rights");
    let selects = all(&root, "select.ap-select");
    assert_eq!(selects.len(), 5);
    for s in &selects {
        let label = one(&root, &format!("label[for='{}']", s.id()));
        assert!(!label.text_content().unwrap().is_empty());
        assert_eq!(
            s.unchecked_ref::<web_sys::HtmlSelectElement>().length(),
            6,
            "a prompt and five roles"
        );
    }
    set_select(&selects[0], "ceo");
    set_select(&selects[1], "unit-head");
    tick().await;
    let owners = |d: Draft| match d.answers.get("decision-owners") {
        Some(Answer::Owners(o)) => o.clone(),
        other => panic!("{other:?}"),
    };
    let o = owners(stored_draft());
    assert_eq!(o.len(), 2);
    assert_eq!(
        o.values()
            .cloned()
            .collect::<Vec<_>>()
            .iter()
            .filter(|v| *v == "ceo")
            .count(),
        1
    );
    set_select(&selects[0], "");
    tick().await;
    assert_eq!(
        owners(stored_draft()).len(),
        1,
        "choosing the prompt again removes the answer"
    );
}

#[wasm_bindgen_test]
async fn the_segment_is_a_radio_group_of_its_options() {
    let root = container();
    mount_survey(&root);
    tick().await;
    next(&root, 13).await;
    assert_eq!(text(&root, "h2"), "Your role");
    let group = one(&root, "fieldset.ap-item");
    assert!(text(&group, "legend").contains("Which describes your role best?"));
    assert_eq!(all(&group, "input[type=radio]").len(), 2);
    click_label(&group, "label[for$='-executive-team']");
    tick().await;
    assert_eq!(
        stored_draft().answers.get("role"),
        Some(&Answer::Text("executive-team".into()))
    );
}

#[wasm_bindgen_test]
async fn the_focus_follows_the_ranking_after_each_button() {
    let root = container();
    mount_survey(&root);
    tick().await;
    next(&root, 11).await;
    let add = button(&root, "Add Grow revenue in our core markets to the ranking");
    add.focus().unwrap();
    add.click();
    tick().await;
    frame().await;
    assert_eq!(
        focused_label(),
        "Add Improve the customer experience to the ranking",
        "the next option takes the focus"
    );

    button(&root, "Add Reduce cost and complexity to the ranking").click();
    tick().await;
    frame().await;
    button(&root, "Move Reduce cost and complexity up").click();
    tick().await;
    frame().await;
    assert_eq!(
        focused_label(),
        "Move Reduce cost and complexity down",
        "at the top, Up is disabled, so Down has the focus"
    );

    button(&root, "Move Reduce cost and complexity down").click();
    tick().await;
    frame().await;
    assert_eq!(focused_label(), "Move Reduce cost and complexity up");

    button(&root, "Remove Reduce cost and complexity from the ranking").click();
    tick().await;
    frame().await;
    assert_eq!(
        focused_label(),
        "Add Reduce cost and complexity to the ranking",
        "a removed option keeps the focus"
    );
}

#[wasm_bindgen_test]
async fn switching_the_language_keeps_every_answer() {
    let root = container();
    let root = mount_widget(&root, Ok(config("en")));
    tick().await;
    click_label(&root, "label[for$='purpose-1-5']");
    tick().await;
    next(&root, 1).await;
    click_label(&root, "label[for$='goals-1-2']");
    tick().await;

    let picker = one(&root, ".ap-toolbar select");
    assert_eq!(text(&root, ".ap-toolbar label"), "Language");
    set_select(&picker, "de");
    tick().await;
    assert_eq!(text(&root, "h1"), "Puls zur Ausrichtung der Führung");
    assert_eq!(text(&root, ".ap-progress"), "Schritt 2 von 15");
    assert_eq!(text(&root, "h2"), "Transparente Ziele");
    assert_eq!(text(&root, ".ap-toolbar label"), "Sprache");
    assert_eq!(
        root.first_element_child()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("de")
    );
    let checked: Vec<String> = all(&root, "input:checked")
        .iter()
        .map(|i| i.unchecked_ref::<HtmlInputElement>().value())
        .collect();
    assert_eq!(checked, ["2"]);
    button(&root, "Zurück").click();
    tick().await;
    assert_eq!(
        one(&root, "label[for$='purpose-1-5']")
            .text_content()
            .unwrap(),
        "Stimme voll zu"
    );
    assert!(one(&root, "input[id$='purpose-1-5']")
        .unchecked_into::<HtmlInputElement>()
        .checked());
}

#[wasm_bindgen_test]
async fn a_wrong_attribute_is_shown_in_the_widget_and_names_it() {
    let root = container();
    let root = mount_widget(
        &root,
        Err(ConfigError {
            attribute: "data-mode".into(),
            message:
                "is “survey”; it must be “respond”, “kiosk”, “facilitate”, “report” or “tools”"
                    .into(),
            parent_origin: None,
        }),
    );
    tick().await;
    let alert = one(&root, "[role=alert]");
    assert!(
        alert
            .text_content()
            .unwrap()
            .contains("data-mode is “survey”"),
        "{}",
        alert.inner_html()
    );
    assert!(
        root.query_selector("fieldset").unwrap().is_none(),
        "no survey"
    );
}

#[wasm_bindgen_test]
async fn instrument_text_is_rendered_as_text_never_as_html() {
    let attack = "<img src=x onerror=\"document.body.dataset.owned='yes'\"> <b>bold</b>";
    let json = builtin::LEADERSHIP_ALIGNMENT_PULSE
        .replacen(
            "Leadership Alignment Pulse",
            &attack.replace('"', "\\\""),
            1,
        )
        .replacen(
            "We share a purpose that matters more to us than our own unit's goals.",
            &attack.replace('"', "\\\""),
            1,
        );
    let inst = Instrument::from_json(&json).expect("still a valid instrument");
    let root = container();
    mount_options(&root, Options::new(inst));
    tick().await;
    assert_eq!(text(&root, "h1"), attack);
    assert_eq!(text(&root, "legend"), attack);
    assert!(
        root.query_selector("img, b").unwrap().is_none(),
        "markup from the instrument became elements"
    );
    assert!(document()
        .body()
        .unwrap()
        .get_attribute("data-owned")
        .is_none());
}

#[wasm_bindgen_test]
async fn the_theme_and_parent_origin_reach_the_widget_root_and_an_unframed_page_posts_nothing() {
    let root = container();
    let mut dark = config("en");
    dark.theme = Theme::Dark;
    dark.parent_origin = Some("https://intranet.example".into());
    let root = mount_widget(&root, Ok(dark));
    tick().await;
    let widget = one(&root, ".ap-root");
    assert_eq!(widget.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(
        widget.get_attribute("data-ap-parent-origin").as_deref(),
        Some("https://intranet.example")
    );
    // The test page is not in an iframe: there is no parent to post to.
    assert!(events::parent_window().is_none());

    let plain = container();
    let plain = mount_widget(&plain, Ok(config("en")));
    tick().await;
    let widget = one(&plain, ".ap-root");
    assert_eq!(widget.get_attribute("data-theme").as_deref(), Some("auto"));
    assert_eq!(
        widget.get_attribute("data-ap-parent-origin").as_deref(),
        Some("")
    );
}

#[wasm_bindgen_test]
fn a_change_to_one_item_keeps_what_another_tab_stored_for_the_others() {
    // Stored by another tab: a = 1, b = 2, c "prefer not to say".
    let mut stored = Draft::default();
    stored.answers.insert("a".into(), Answer::Number(1));
    stored.answers.insert("b".into(), Answer::Number(2));
    stored.skip("c", true);
    // This tab: b = 5, and nothing for a or c.
    let mut ours = Draft::default();
    ours.answers.insert("b".into(), Answer::Number(5));

    stored.take_item(&ours, "b");
    assert_eq!(stored.answers.get("a"), Some(&Answer::Number(1)));
    assert_eq!(stored.answers.get("b"), Some(&Answer::Number(5)));
    assert_eq!(stored.skipped, ["c"]);
    // This tab's change to c: no longer skipped; to a: cleared.
    stored.take_item(&ours, "c");
    assert!(stored.skipped.is_empty());
    stored.take_item(&ours, "a");
    assert_eq!(stored.answers.keys().collect::<Vec<_>>(), ["b"]);
}

#[wasm_bindgen_test]
async fn the_widget_lives_in_a_shadow_root_on_its_host_and_goes_with_unmount() {
    let host = container();
    let drawn = mount_widget(&host, Ok(config("en")));
    tick().await;
    assert_eq!(
        host.child_element_count(),
        0,
        "nothing in the page's own tree"
    );
    let select = one(&drawn, ".ap-toolbar select");
    assert!(
        document().get_element_by_id(&select.id()).is_none(),
        "the page's document cannot see inside"
    );
    assert_eq!(
        alignment_pulse::ui::page::element_by_id(&select.id()),
        Some(select),
        "the widget finds its own elements (focus, events) in its root"
    );

    alignment_pulse::ui::mount::unmount(&host);
    let root = host.shadow_root().unwrap();
    assert_eq!(root.child_element_count(), 0, "unmount empties the root");
    // Put back, the host gets a new widget in the same root.
    let again = mount_widget(&host, Ok(config("de")));
    tick().await;
    assert_eq!(text(&again, ".ap-progress"), "Schritt 1 von 15");
    assert_eq!(root.child_element_count(), 1);
}

#[wasm_bindgen_test]
async fn a_host_that_cannot_have_a_shadow_root_gets_a_child_that_can() {
    alignment_pulse::ui::page::use_compiled_builtins();
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let list = document().create_element("ul").unwrap();
    document().body().unwrap().append_child(&list).unwrap();
    let item: HtmlElement = document().create_element("li").unwrap().unchecked_into();
    list.append_child(&item).unwrap();
    mount(&item, Ok(config("en")), respond);
    tick().await;
    let child = item.first_element_child().expect("a child host");
    assert_eq!(child.tag_name(), "DIV");
    let drawn = child
        .shadow_root()
        .expect("the child has the shadow root")
        .first_element_child()
        .unwrap();
    assert_eq!(text(&drawn, ".ap-progress"), "Step 1 of 15");
    alignment_pulse::ui::mount::unmount(&item);
    assert_eq!(
        item.child_element_count(),
        0,
        "unmount removes the child host"
    );
}
