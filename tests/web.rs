//! Component tests in headless Chromium (`make test-wasm`).
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use alignment_pulse::builtin;
use alignment_pulse::response::Answer;
use alignment_pulse::ui::draft::{self, Draft};
use alignment_pulse::ui::{Survey, Widget};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into, with no draft left by another test.
fn container() -> HtmlElement {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let el = document().create_element("section").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn button(root: &Element, label: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(label) || b.get_attribute("aria-label").as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label} in {}", root.inner_html()))
        .unchecked_into()
}

fn disabled(b: &HtmlElement) -> bool {
    b.unchecked_ref::<web_sys::HtmlButtonElement>().disabled()
}

fn mount_survey(root: &HtmlElement) {
    let inst = builtin::default_instrument();
    mount_to(root.clone(), move || view! { <Survey instrument=inst lang="en".to_owned()/> }).forget();
}

async fn next(root: &Element, times: usize) {
    for _ in 0..times {
        button(root, "Next").click();
        tick().await;
    }
}

fn stored_draft() -> Draft {
    draft::load(&draft::storage_key(&builtin::default_instrument())).unwrap().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_first_screen_shows_the_intro_and_the_first_question() {
    let root = container();
    mount_to(root.clone(), || view! { <Widget/> }).forget();
    tick().await;

    let inst = builtin::default_instrument();
    assert_eq!(text(&root, "h1"), "Leadership Alignment Pulse");
    assert!(text(&root, ".ap-facts").contains("Anonymous"));
    assert_eq!(text(&root, ".ap-progress"), "Step 1 of 15");
    assert_eq!(text(&root, "h2"), "Shared purpose");

    let fieldsets = all(&root, "fieldset.ap-item");
    assert_eq!(fieldsets.len(), inst.dimensions[0].items.len());
    let first = &fieldsets[0];
    assert_eq!(text(first, "legend"), inst.dimensions[0].items[0].text.get("en"));
    // Every point of the scale has its own label, not only the ends, and the item can be skipped.
    let labels: Vec<String> = all(first, "label").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(
        labels,
        ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree", "Prefer not to say"]
    );
    for radio in all(first, "input[type=radio]") {
        let id = radio.id();
        assert!(first.query_selector(&format!("label[for='{id}']")).unwrap().is_some(), "radio {id} has no label");
        assert_eq!(radio.get_attribute("name"), all(first, "input[type=radio]")[0].get_attribute("name"), "one group per item");
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
    assert!(root.query_selector(".ap-intro").unwrap().is_none(), "the intro shows only on the first step");
    assert_eq!(text(&root, "h1"), "Leadership Alignment Pulse", "the title stays");
    assert!(root.query_selector("input:checked").unwrap().is_none(), "step 2 starts unanswered");

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
    mount_to(a.clone(), || view! { <Widget/> }).forget();
    mount_to(b.clone(), || view! { <Widget/> }).forget();
    tick().await;

    let name_a = one(&a, "input[type=radio]").get_attribute("name").unwrap();
    let name_b = one(&b, "input[type=radio]").get_attribute("name").unwrap();
    assert_ne!(name_a, name_b);

    let label: HtmlElement = one(&a, "label[for$='-2']").unchecked_into();
    label.click();
    tick().await;
    assert!(a.query_selector("input:checked").unwrap().is_some());
    assert!(b.query_selector("input:checked").unwrap().is_none(), "answering one widget changed the other");
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
    assert!(saved.skipped.contains("purpose-2") && !saved.answers.contains_key("purpose-2"));

    // As after a reload: a new widget restores the step and the answers.
    let again: HtmlElement = document().create_element("section").unwrap().unchecked_into();
    document().body().unwrap().append_child(&again).unwrap();
    mount_survey(&again);
    tick().await;
    assert_eq!(text(&again, ".ap-progress"), "Step 3 of 15");
    button(&again, "Back").click();
    button(&again, "Back").click();
    tick().await;
    let checked: Vec<String> = all(&again, "input:checked").iter().map(|i| i.unchecked_ref::<HtmlInputElement>().value()).collect();
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
    assert!(disabled(&button(&root, "Add Reduce cost and complexity to the ranking")), "at most three");
    assert_eq!(text(&root, "[role=status].ap-visually-hidden"), "Grow revenue in our core markets added at place 3");

    button(&root, "Move Grow revenue in our core markets up").click();
    tick().await;
    button(&root, "Remove Improve the customer experience from the ranking").click();
    tick().await;
    let order = |d: &Draft| d.answers.get("priorities").cloned();
    assert_eq!(order(&stored_draft()), Some(Answer::Order(vec!["growth".into(), "talent".into()])));
    let items: Vec<String> = all(&root, "ol.ap-rank .ap-rank-label").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(items, ["1. Grow revenue in our core markets", "2. Develop and keep our people"]);
    assert!(disabled(&button(&root, "Move Grow revenue in our core markets up")));
    assert!(!disabled(&button(&root, "Add Reduce cost and complexity to the ranking")));
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
    assert!(open.contains("Step 1: Shared purpose, 2 unanswered"), "{open}");
    assert!(!open.contains("Comment"), "comments are optional");

    button(&root, "Submit").click();
    tick().await;
    assert_eq!(text(&root, "h2"), "Thank you");
    let link = one(&root, "a[download]");
    assert!(link.get_attribute("href").unwrap().starts_with("blob:"));
    assert_eq!(stored_draft(), Draft::default(), "a submitted draft is cleared");

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
    d.answers.insert("priorities".into(), Answer::Order(vec!["talent".into()]));
    let r = d.to_response(&inst, "default", draft::random_id(), &draft::today());
    let mut errors = Vec::new();
    r.check(&inst.index(), "default", "$.response", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(r.id.get_version_num(), 4);
    assert!(alignment_pulse::response::is_date(&r.date), "{}", r.date);
    assert_ne!(draft::random_id(), draft::random_id());
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
    area.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    let hint = text(&root, ".ap-hint");
    assert!(hint.contains("Please don't name people"));
    assert!(hint.contains("22 of 1000 characters."), "{hint}");
    assert_eq!(stored_draft().answers.get("comment"), Some(&Answer::Text("More openness, please.".into())));
}
