//! The account plan as a document, rendered from core types only so the app, the CLI and the tests
//! produce the same output. Must never touch the store or the clock.
