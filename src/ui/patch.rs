//! Puts a page's new HTML text into an element while keeping every node that stays: the focused
//! radio button, the field someone is typing in and a screen reader's place survive a render, as
//! they would under a framework's diff. The respondents' page renders this way (`ui::respondent`).
//!
//! The rule is plain: walking both trees in order, a node is kept and brought up to date when it
//! is of the same kind as the new one (the same tag and the same `id`), and replaced otherwise.
//! Attributes are copied over; the states a person changes by hand (a box ticked, an option
//! chosen) follow the new text's `checked` and `selected`. A text field's value is never touched:
//! the page does not write one.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlOptionElement, HtmlTemplateElement, Node};

/// Makes the children of `root` those that `html` describes.
pub fn patch(root: &Element, html: &str) {
    let Some(template) = root
        .owner_document()
        .and_then(|document| document.create_element("template").ok())
    else {
        return;
    };
    let template: HtmlTemplateElement = template.unchecked_into();
    template.set_inner_html(html);
    children(root, &template.content());
}

/// Brings the children of `old` in line with those of `new`, taking from `new` what is added.
fn children(old: &Node, new: &Node) {
    let mut kept = old.first_child();
    let mut next = new.first_child();
    while let Some(wanted) = next {
        next = wanted.next_sibling();
        match kept {
            Some(current) if same_kind(&current, &wanted) => {
                update(&current, &wanted);
                kept = current.next_sibling();
            }
            Some(current) => {
                let _ = old.replace_child(&wanted, &current);
                kept = wanted.next_sibling();
            }
            None => {
                let _ = old.append_child(&wanted);
            }
        }
    }
    while let Some(extra) = kept {
        kept = extra.next_sibling();
        let _ = old.remove_child(&extra);
    }
}

fn same_kind(old: &Node, new: &Node) -> bool {
    if old.node_type() != new.node_type() {
        return false;
    }
    match (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) {
        (Some(old), Some(new)) => {
            old.tag_name() == new.tag_name() && old.get_attribute("id") == new.get_attribute("id")
        }
        _ => true,
    }
}

fn update(old: &Node, new: &Node) {
    let (Some(old_element), Some(new_element)) =
        (old.dyn_ref::<Element>(), new.dyn_ref::<Element>())
    else {
        if old.node_value() != new.node_value() {
            old.set_node_value(new.node_value().as_deref());
        }
        return;
    };
    for name in old_element.get_attribute_names().iter() {
        let Some(name) = name.as_string() else {
            continue;
        };
        if !new_element.has_attribute(&name) {
            let _ = old_element.remove_attribute(&name);
        }
    }
    for name in new_element.get_attribute_names().iter() {
        let Some(name) = name.as_string() else {
            continue;
        };
        let value = new_element.get_attribute(&name);
        if old_element.get_attribute(&name) != value {
            let _ = old_element.set_attribute(&name, &value.unwrap_or_default());
        }
    }
    // What a person changes by hand lives in properties, which the attributes no longer drive once
    // changed: set them from the new text.
    if let Some(input) = old.dyn_ref::<HtmlInputElement>() {
        if matches!(input.type_().as_str(), "radio" | "checkbox") {
            input.set_checked(new_element.has_attribute("checked"));
        }
    } else if let Some(option) = old.dyn_ref::<HtmlOptionElement>() {
        option.set_selected(new_element.has_attribute("selected"));
    }
    children(old, new);
}
