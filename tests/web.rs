//! Component tests in headless Chromium (`make test-wasm`).
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use alignment_pulse::builtin;
use alignment_pulse::ui::{Survey, Widget};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the document to mount a component into.
fn container() -> HtmlElement {
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
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label} in {}", root.inner_html()))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn the_first_screen_shows_the_intro_and_the_first_question() {
    let root = container();
    mount_to(root.clone(), || view! { <Widget/> }).forget();
    tick().await;

    let inst = builtin::default_instrument();
    assert_eq!(text(&root, "h1"), "Leadership Alignment Pulse");
    assert!(text(&root, ".ap-facts").contains("Anonymous"));
    assert_eq!(text(&root, ".ap-progress"), "Step 1 of 10");
    assert_eq!(text(&root, "h2"), "Shared purpose");

    let fieldsets = all(&root, "fieldset.ap-item");
    assert_eq!(fieldsets.len(), inst.dimensions[0].items.len());
    let first = &fieldsets[0];
    assert_eq!(text(first, "legend"), inst.dimensions[0].items[0].text.get("en"));
    // Every point of the scale has its own label, not only the ends.
    let labels: Vec<String> = all(first, "label").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(labels, ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]);
    for radio in all(first, "input[type=radio]") {
        let id = radio.id();
        assert!(first.query_selector(&format!("label[for='{id}']")).unwrap().is_some(), "radio {id} has no label");
    }
}

#[wasm_bindgen_test]
async fn answers_survive_moving_between_steps() {
    let root = container();
    let inst = builtin::default_instrument();
    mount_to(root.clone(), move || view! { <Survey instrument=inst lang="en".to_owned()/> }).forget();
    tick().await;

    let agree: HtmlElement = one(&root, "fieldset.ap-item label[for$='-4']").unchecked_into();
    agree.click();
    tick().await;
    let checked: HtmlInputElement = one(&root, "fieldset.ap-item input:checked").unchecked_into();
    assert_eq!(checked.value(), "4");

    button(&root, "Next").click();
    tick().await;
    assert_eq!(text(&root, ".ap-progress"), "Step 2 of 10");
    assert_eq!(text(&root, "h2"), "Transparent goals");
    assert!(root.query_selector(".ap-intro").unwrap().is_none(), "the intro shows only on the first step");
    assert!(root.query_selector("input:checked").unwrap().is_none(), "step 2 starts unanswered");

    button(&root, "Back").click();
    tick().await;
    let checked: HtmlInputElement = one(&root, "fieldset.ap-item input:checked").unchecked_into();
    assert_eq!(checked.value(), "4");
    assert!(button(&root, "Back").unchecked_ref::<web_sys::HtmlButtonElement>().disabled());
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
