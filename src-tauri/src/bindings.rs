//! The one tauri-specta builder: it feeds both the invoke handler and the TypeScript bindings in
//! `ui/src/bindings.ts`, which are committed; a test fails when they drift from the commands.

use crate::commands;
use crate::menu::{MenuAction, actions::ACTIONS};
use crate::workspace_window::WorkspaceChanged;
use tauri::Wry;
use tauri_specta::{Builder, ErrorHandlingMode, collect_commands, collect_events};

pub fn specta_builder() -> Builder<Wry> {
    Builder::<Wry>::new()
        // One TypeScript type per Rust type: our types serialise and deserialise alike.
        .disable_serde_phases()
        // Commands resolve to their value and reject with the typed AppError, so the UI's one
        // wrapper (ui/src/lib/backend.ts) turns refusals into BackendError for every command.
        .error_handling(ErrorHandlingMode::Throw)
        .commands(collect_commands![
            commands::workspace::workspace_info,
            commands::workspace::new_workspace,
            commands::workspace::open_workspace,
            commands::workspace::open_recent_workspace,
            commands::workspace::open_demo,
            commands::workspace::close_workspace,
            commands::workspace::about_rapport,
            commands::workspace::first_map_rendered,
            commands::preferences::preferences,
            commands::preferences::save_preferences,
            commands::accounts::portfolio,
            commands::accounts::open_account,
            commands::accounts::create_account,
            commands::accounts::rename_account,
            commands::accounts::set_archived,
            commands::accounts::account_contents,
            commands::accounts::delete_account,
            commands::accounts::portfolio_undo,
            commands::accounts::portfolio_redo,
            commands::accounts::set_account_profile,
            commands::accounts::record_account_nps,
            commands::accounts::delete_account_nps,
            commands::accounts::preview_lifetime_value,
            commands::analysis::analyse_account,
            commands::analysis::what_if,
            commands::analysis::layout_map,
            commands::analysis::role_crosswalk,
            commands::history::undo,
            commands::history::redo,
            commands::history::account_edit_state,
            commands::history::show_history_in_menu,
            commands::history::history_in_menu,
            commands::map::quick_add,
            commands::map::quick_add_preview,
            commands::map::duplicate_person,
            commands::map::update_stakeholder,
            commands::map::update_team_member,
            commands::map::rename_person,
            commands::map::removal_impact,
            commands::map::delete_person,
            commands::map::add_line,
            commands::map::update_line,
            commands::map::delete_line,
            commands::map::move_under,
            commands::map::move_person,
            commands::map::set_pinned,
            commands::plan::plan_overview,
            commands::plan::review_history,
            commands::plan::set_account_plan,
            commands::plan::set_stakeholder_assessment,
            commands::plan::set_coverage_strength,
            commands::plan::set_coverage_notes,
            commands::plan::add_analysis_note,
            commands::plan::update_analysis_note,
            commands::plan::delete_analysis_note,
            commands::plan::add_goal,
            commands::plan::update_goal,
            commands::plan::delete_goal,
            commands::plan::goal_from_finding,
            commands::plan::add_initiative,
            commands::plan::update_initiative,
            commands::plan::delete_initiative,
            commands::plan::log_interaction,
            commands::plan::delete_interaction,
            commands::plan::record_review,
            commands::plan::delete_review,
            commands::export::export_account,
            commands::import::choose_import_file,
            commands::import::preview_contacts,
            commands::import::import_contacts,
            commands::import::import_account,
            commands::backups::workspace_file,
            commands::backups::back_up_now,
            commands::backups::list_backups,
            commands::backups::restore_backup,
            commands::backups::failed_workspace_backups,
            commands::backups::restore_failed_workspace,
            commands::privacy::erase_person_data,
            commands::privacy::clear_history,
            commands::whitespace::offerings,
            commands::whitespace::add_offering,
            commands::whitespace::update_offering,
            commands::whitespace::remove_offering,
            commands::whitespace::whitespace_totals,
            commands::whitespace::add_need,
            commands::whitespace::rename_need,
            commands::whitespace::remove_need,
            commands::whitespace::set_whitespace_cell,
            commands::personal::coming_up,
            commands::personal::add_personal_date,
            commands::personal::update_personal_date,
            commands::personal::delete_personal_date,
            commands::personal::add_thank_you,
            commands::personal::update_thank_you,
            commands::personal::delete_thank_you,
            commands::personal::find_references,
            commands::personal::reference_requests,
            commands::personal::log_reference_request,
            commands::personal::delete_reference_request,
            commands::personal::export_calendar,
        ])
        .events(collect_events![MenuAction, WorkspaceChanged])
        // The menu's action table, so the UI's shortcuts and help read the same keys.
        .constant("MENU_ACTIONS", ACTIONS)
        // Core's words for every enum and the map's visual language, so the UI and the PDF
        // speak and draw alike from one definition.
        .typ::<rapport_core::Vocabulary>()
        .constant("VOCABULARY", rapport_core::vocabulary())
        // What client-safe output hides, from the functions the PDF calls: the editor's
        // "client in the room" view hides the same.
        .typ::<rapport_core::client_safe::ClientSafeView>()
        .constant("CLIENT_SAFE", rapport_core::client_safe::view())
        // From how many client people on the map draws coverage as badges (as the PDF does).
        .constant(
            "COVERAGE_BADGES_FROM_PEOPLE",
            rapport_core::coverage_view::BADGES_FROM_PEOPLE,
        )
        // The facilitator's questions for each step, shown inside the steps.
        .typ::<rapport_core::guide::StepGuide>()
        .constant("FACILITATOR_GUIDE", rapport_core::guide::guide())
}

#[cfg(test)]
mod tests {
    use super::*;
    use specta_typescript::Typescript;
    use std::path::Path;

    /// Where the generated bindings live, relative to this crate.
    const BINDINGS_PATH: &str = "../ui/src/bindings.ts";

    fn typescript() -> Typescript {
        Typescript::default().header(
            "// Generated by tauri-specta from src-tauri; do not edit. Run `make bindings`.\n",
        )
    }

    /// Regenerates the bindings into a temporary file and compares them with the committed ones.
    /// `UPDATE_BINDINGS=1` writes them instead (that is what `make bindings` does).
    #[test]
    fn typescript_bindings_are_up_to_date() {
        let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            specta_builder()
                .export(typescript(), &committed)
                .expect("bindings written");
            return;
        }
        let dir = std::env::temp_dir().join(format!("rapport-bindings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let fresh = dir.join("bindings.ts");
        specta_builder()
            .export(typescript(), &fresh)
            .expect("bindings generated");
        let fresh = std::fs::read_to_string(&fresh).expect("generated bindings readable");
        let old = std::fs::read_to_string(&committed).unwrap_or_default();
        assert!(
            fresh == old,
            "ui/src/bindings.ts is out of date with the Tauri commands: run `make bindings` and commit it"
        );
    }
}
