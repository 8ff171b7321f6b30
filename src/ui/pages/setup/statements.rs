//! The organization's own statements: up to three, each in English and in Spanish, with a
//! preview of how staff reading each language will see them.

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::instrument::{OwnStatement, MAX_OWN_STATEMENT, MAX_OWN_STATEMENTS};
use crate::lang::{fill, Explain, Lang};
use crate::setup::{Action, Setup, StatementAction};
use crate::ui::{browser, Locale};

/// The statements of `setup`, every change given to `dispatch`. Each field's id is
/// `setup-statement-k-en` or `-es` (k from 1).
pub(super) fn statements(setup: &Setup, dispatch: &Callback<Action>, locale: &Locale) -> Html {
    let statements = &setup.link().statements;
    let count = statements.len();
    let full = count >= MAX_OWN_STATEMENTS;
    let change = |action: StatementAction| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Statement(action.clone())))
    };
    let field = |index: usize, lang: Lang, value: &str, described: Option<String>| {
        let id = format!("setup-statement-{}-{}", index + 1, lang.tag());
        let label = fill(
            locale.t(match lang {
                Lang::En => Key::SetupStatementEn,
                Lang::Es => Key::SetupStatementEs,
            }),
            &[("n", &(index + 1).to_string())],
        );
        let oninput = {
            let dispatch = dispatch.clone();
            Callback::from(move |event: InputEvent| {
                let text = browser::input_value(&event);
                dispatch.emit(Action::Statement(StatementAction::Text(index, lang, text)))
            })
        };
        html! {
            <div class="field">
                <label for={id.clone()}>{ label }</label>
                <input {id} type="text" lang={lang.tag()} value={value.to_string()} autocomplete="off"
                    maxlength={(MAX_OWN_STATEMENT * 2).to_string()}
                    aria-invalid={described.is_some().to_string()}
                    aria-describedby={described} {oninput} />
            </div>
        }
    };
    html! {
        <fieldset class="statements">
            <legend>{ locale.t(Key::SetupStatementsLegend) }</legend>
            <p class="hint">{ fill(locale.t(Key::SetupStatementsHint), &[
                ("max", &MAX_OWN_STATEMENTS.to_string()),
                ("chars", &MAX_OWN_STATEMENT.to_string()),
            ]) }</p>
            for (index, statement) in statements.iter().enumerate() {
                { {
                    let problem = setup.statement_problem(index).map(|p| p.message(locale.lang));
                    let error_id = format!("setup-statement-{}-error", index + 1);
                    let described = problem.is_some().then(|| error_id.clone());
                    html! {
                        <div class="statement" key={index}>
                            { field(index, Lang::En, &statement.en, described.clone()) }
                            { field(index, Lang::Es, &statement.es, described) }
                            if let Some(problem) = problem {
                                <p class="error field-error" id={error_id}>{ problem }</p>
                            }
                            <p>
                                <button type="button" class="button button--quiet"
                                    aria-label={fill(locale.t(Key::SetupStatementRemove), &[("n", &(index + 1).to_string())])}
                                    onclick={change(StatementAction::Remove(index))}>
                                    { locale.t(Key::SetupUnitRemoveShort) }
                                </button>
                            </p>
                        </div>
                    }
                } }
            }
            <p>
                <button type="button" class="button" id="setup-statement-add" disabled={full}
                    onclick={change(StatementAction::Add)}>
                    { locale.t(Key::SetupStatementAdd) }
                </button>
            </p>
            if statements.iter().any(has_words) {
                <div class="statements-preview">
                    for lang in Lang::ALL {
                        <p>{ fill(locale.t(Key::SetupStatementsPreview), &[("language", locale.t(match lang {
                            Lang::En => Key::LanguageEnglish,
                            Lang::Es => Key::LanguageSpanish,
                        }))]) }</p>
                        <ol class="plain-list" data-preview={lang.tag()}>
                            for statement in statements.iter().filter(|s| has_words(s)) {
                                { {
                                    let (text, written) = statement.text(lang);
                                    html! {
                                        <li>
                                            <span lang={written.tag()}>{ text.trim() }</span>
                                            if written != lang {
                                                { " " }<span class="hint" lang={lang.tag()}>{ t(lang, Key::OwnOtherLanguage) }</span>
                                            }
                                        </li>
                                    }
                                } }
                            }
                        </ol>
                    }
                </div>
            }
        </fieldset>
    }
}

/// Whether `statement` has words in either language (spaces alone are none): only such a
/// statement is previewed, as only such a statement is linked.
fn has_words(statement: &OwnStatement) -> bool {
    !statement.en.trim().is_empty() || !statement.es.trim().is_empty()
}
