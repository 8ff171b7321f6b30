//! Command-line options the examples share (`examples/decode.rs`, `examples/make_codes.rs`).

use candor::instrument::OwnStatement;

/// Takes the leading `--statement=EN|ES` options out of `args`: each one of the organization's own
/// statements, its English and Spanish wording split at the first `|`.
pub fn statements_option(args: &mut Vec<String>) -> Vec<OwnStatement> {
    let mut statements = Vec::new();
    while let Some(statement) = args.first().and_then(|a| a.strip_prefix("--statement=")) {
        let (en, es) = statement.split_once('|').unwrap_or((statement, ""));
        statements.push(OwnStatement {
            en: en.to_string(),
            es: es.to_string(),
        });
        args.remove(0);
    }
    statements
}
