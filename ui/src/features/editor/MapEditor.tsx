import { ReactFlowProvider } from "@xyflow/react";
import { Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { AccountEdit, AccountSnapshot, ActionId, NewLine, Position, QuickAddAnswers } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { onMenuAction, useHistoryInMenu } from "../../lib/menu";
import { asFieldError } from "../../shared/fieldError";
import { personFieldShown, shareableFindings, useClientInRoom } from "../clientsafe";
import { CardActionsContext, type MapSelection, StakeholderMap } from "../map";
import { BranchFocusBar } from "./BranchFocusBar";
import { personRef, storeMoves } from "./storeMoves";
import { useBranches } from "./useBranches";
import { WhatIfButton } from "./WhatIfButton";
import { useMapAnalysis } from "./useMapAnalysis";
import { cardMarks, useWhatIf, WhatIfPanel, whatIfRule } from "../whatif";
import { ClearHistoryDialog } from "./ClearHistoryDialog";
import { ConnectDialog } from "./ConnectDialog";
import { CreateAtPopup } from "./CreateAtPopup";
import "./editor.css";
import { DeleteDialog } from "./DeleteDialog";
import { editorReducer, initialEditorState, isDialogOpen } from "./editorState";
import { EmptyMapHint } from "./EmptyMapHint";
import { findingsByPerson, highlightedPeople } from "./highlight";
import { EditorInspector } from "./EditorInspector";
import { MapToolbar } from "./MapToolbar";
import { PersonActions } from "./PersonActions";
import { PresenterBar } from "./PresenterBar";
import { setPresenter } from "./presenter";
import type { QuickAddResult } from "./quickAddTypes";
import { actionFor, type EditorAction, isEditorAction, isTyping, keyAllowed } from "./shortcuts";
import { ShortcutsHelp } from "./shortcutsHelpOnDemand";
import { useRefitOnChange } from "./useRefitOnChange";

type Props = {
  snapshot: AccountSnapshot;
  /** The account changed in the workspace: show this version. */
  onChange: (snapshot: AccountSnapshot) => void;
  onError: (message: string | null) => void;
  presenter: boolean;
  onPresenterChange: (on: boolean) => void;
  /** A new account: start with the cursor in the quick-add bar, ready for the first name. */
  focusQuickAdd?: boolean;
  /** Opened from the portfolio's "Coming up": select this person and bring their card into view. */
  focusPerson?: string;
};

/** The map screen: toolbar, the editable map, the inspector and the editor's dialogs. */
function MapEditorInner({ snapshot, onChange, onError, presenter, onPresenterChange, focusQuickAdd = false, focusPerson }: Props) {
  const accountId = snapshot.account.id;
  const [state, dispatch] = useReducer(editorReducer, initialEditorState);
  const clientInRoom = useClientInRoom();
  // The quick-add example names no attitude while the client is in the room (core's client-safe rule).
  const quickAddPlaceholder = personFieldShown(clientInRoom, "attitude") ? undefined : "Add: Jane Doe, CFO, Finance, budget, reports to Tom Ng";
  const { history, selection, filter, renaming, fitRound, focus, connecting, deleting, creating, findings, busy } = state;
  useHistoryInMenu(history.undo, history.redo);
  const quickAdd = useRef<HTMLInputElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const editor = useRef<HTMLDivElement>(null);
  // Presenter mode follows the discussion unless the facilitator turns it off (kept while the app runs).
  const [follow, setFollow] = useState(true);

  // Only when the editor opens: later edits must not pull the cursor back.
  const focusOnOpen = useRef(focusQuickAdd);
  useEffect(() => {
    if (focusOnOpen.current) quickAdd.current?.focus();
  }, []);

  useEffect(() => {
    void backend.accountEditState(accountId).then(
      (e) => dispatch({ type: "historyChanged", history: e.history }),
      () => {},
    );
  }, [accountId]);

  // Findings (markers) and coverage badges follow every change of the map.
  const badges = useMapAnalysis(accountId, snapshot, (found) => dispatch({ type: "findingsLoaded", findings: found }));
  const requestFit = () => dispatch({ type: "fitRequested" });
  // The map gains (or loses) the room of the toolbars: fit it again.
  useRefitOnChange(presenter, 350, requestFit);
  const whatIf = useWhatIf(snapshot);
  const whatIfOn = whatIf.removals !== null;
  const findingsOf = useMemo(() => findingsByPerson(shareableFindings(findings, clientInRoom)), [findings, clientInRoom]);
  // Folded branches and the branch in focus, kept per account on this computer.
  const branches = useBranches(snapshot, findingsOf);
  // Focusing a branch (or leaving it) fits what is now on the map, once the cards are drawn.
  useRefitOnChange(branches.focus, 60, requestFit);
  const whatIfMarks = useMemo(() => cardMarks(whatIf.removals ?? [], whatIf.result), [whatIf.removals, whatIf.result]);
  // Fading by attitude would show attitudes: with the client in the room that filter rests.
  const highlighted = useMemo(
    () => highlightedPeople(snapshot, clientInRoom ? { ...filter, attitudes: [] } : filter),
    [snapshot, filter, clientInRoom],
  );

  const apply = useCallback(
    (edit: AccountEdit) => {
      onChange(edit.snapshot);
      dispatch({ type: "historyChanged", history: edit.history });
      onError(null);
    },
    [onChange, onError],
  );
  /** Runs an edit; a refusal is shown in the banner and changes nothing. */
  const run = useCallback(
    async (edit: () => Promise<AccountEdit>) => {
      try {
        apply(await edit());
        return true;
      } catch (err) {
        onError(describeError(err));
        return false;
      }
    },
    [apply, onError],
  );

  /** Runs a form's edit whose refusal belongs beside its field: null when saved, else that field's error. */
  const saveFields = async (edit: () => Promise<AccountEdit>) => {
    try {
      apply(await edit());
      return null;
    } catch (err) {
      return asFieldError(err);
    }
  };

  const selectedPerson = selection?.kind === "person" ? personRef(snapshot, selection.id) : null;
  const stepHistory = async (which: "undo" | "redo") => {
    if (busy) return;
    dispatch({ type: "busyWith", task: which });
    await run(() => (which === "undo" ? backend.undo(accountId) : backend.redo(accountId)));
    dispatch({ type: "busyWith", task: null });
  };
  const layOut = async () => {
    if (busy) return;
    dispatch({ type: "busyWith", task: "layout" });
    if (await run(() => backend.layoutMap(accountId, "full"))) dispatch({ type: "fitRequested" });
    dispatch({ type: "busyWith", task: null });
  };
  /**
   * Selects a person and brings their card into view (always, or only when it is off screen),
   * opening a folded branch or leaving a branch focus that hides them.
   */
  const focusOn = (id: string, ifHidden = false) => {
    branches.reveal(id);
    dispatch({ type: "focusedOn", id, ifHidden });
  };
  // Only when the editor opens on someone (from "Coming up"): later edits keep the selection as it is.
  const personOnOpen = useRef(focusPerson);
  const reveal = branches.reveal;
  useEffect(() => {
    const id = personOnOpen.current;
    if (!id) return;
    personOnOpen.current = undefined;
    reveal(id);
    dispatch({ type: "focusedOn", id, ifHidden: false });
  }, [reveal]);
  // The map reports one click on a card twice (its selection change and the click itself):
  // harmless for selecting, but what-if toggles, so the second report of a click is dropped.
  const lastToggle = useRef<{ id: string; at: number } | null>(null);
  const select = (next: MapSelection | null) => {
    // During what-if a click on a card adds that person to those leaving (or takes them out).
    if (whatIfOn) {
      if (next?.kind !== "person") return;
      const now = performance.now();
      if (lastToggle.current?.id === next.id && now - lastToggle.current.at < 300) return;
      lastToggle.current = { id: next.id, at: now };
      return whatIf.toggle(next.id);
    }
    dispatch({ type: "selected", selection: next });
  };
  const startConnect = (from: string, to: string | null) => dispatch({ type: "connectStarted", from, to });
  const startRename = (id: string) => dispatch({ type: "renameStarted", id });
  const askDelete = async () => {
    if (selection?.kind === "line") {
      const line = selection.id;
      select(null);
      await run(() => backend.deleteLine(accountId, line));
      return;
    }
    if (!selectedPerson) return;
    try {
      const impact = await backend.removalImpact(accountId, selectedPerson);
      dispatch({ type: "deleteAsked", person: selectedPerson, impact });
    } catch (err) {
      onError(describeError(err));
    }
  };
  const duplicate = async () => {
    if (!selectedPerson) return;
    try {
      const added = await backend.duplicatePerson(accountId, selectedPerson);
      apply(added.edit);
      focusOn(added.person.id);
    } catch (err) {
      onError(describeError(err));
    }
  };
  const togglePin = async () => {
    if (!selectedPerson) return;
    const p =
      selectedPerson.kind === "stakeholder"
        ? snapshot.stakeholders.find((s) => s.id === selectedPerson.id)?.placement
        : snapshot.team.find((t) => t.id === selectedPerson.id)?.placement;
    await run(() => backend.setPinned(accountId, selectedPerson, !(p?.pinned ?? false)));
  };

  /** What-if for this person (or nobody yet): the whole map in view, so every mark can be seen. */
  const startWhatIf = (personId: string | null) => {
    whatIf.start(personId);
    dispatch({ type: "fitRequested" });
  };

  const act = (action: EditorAction) => {
    switch (action) {
      case "undo":
      case "redo":
        return void stepHistory(action);
      case "quickAdd":
        return quickAdd.current?.focus();
      case "find":
        return search.current?.focus();
      case "layOut":
        return void layOut();
      case "fit":
        return dispatch({ type: "fitRequested" });
      case "zoomIn":
      case "zoomOut":
        return dispatch({ type: "zoomRequested", by: action === "zoomIn" ? 1 : -1 });
      case "presenter":
        return onPresenterChange(!presenter);
      case "connect":
        return selectedPerson && startConnect(selectedPerson.id, null);
      case "duplicate":
        return void duplicate();
      case "rename":
        return selectedPerson && startRename(selectedPerson.id);
      case "delete":
        return void askDelete();
      case "pin":
        return void togglePin();
      case "whatIf":
        return whatIfOn ? whatIf.leave() : startWhatIf(selectedPerson?.id ?? null);
      case "deselect":
        if (whatIfOn) return whatIf.leave();
        // In presenter mode Esc first lets go of the person followed, then leaves the mode.
        if (presenter && !selection) return onPresenterChange(false);
        if (presenter && follow) dispatch({ type: "fitRequested" });
        // With nothing selected, Esc leaves a branch in focus for the whole map.
        if (!selection && branches.focus) return branches.setFocus(null);
        return select(null);
      case "shortcuts":
        return dispatch({ type: "helpToggled", open: true });
      case "foldBranch":
        return selectedPerson && branches.toggle(selectedPerson.id);
      case "focusBranch":
        if (branches.focus) return branches.setFocus(null);
        return selectedPerson && branches.setFocus(selectedPerson.id);
    }
  };

  // The menu bar's Edit and View items run the same actions as the keys. The menu shows those
  // keys but leaves them to the key handler below, so Ctrl+Z in a text field still undoes the
  // typing. (The latest handler sits in a ref so the menu is listened to once, not per render.)
  const onMenu = useRef<(id: ActionId) => void>(() => {});
  useEffect(() => {
    onMenu.current = (id) => {
      if (isDialogOpen(state)) return;
      if (id === "clearHistory") return dispatch({ type: "clearHistoryToggled", open: true });
      // The shortcuts help is the app's (it opens on every screen); the rest are the map's keys.
      if (id !== "shortcuts" && isEditorAction(id)) act(id);
    };
  });
  useEffect(() => onMenuAction(({ id }) => onMenu.current(id)), []);

  // Shortcuts work anywhere on the map screen, except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isDialogOpen(state)) return;
      const action = actionFor(e, isTyping(e.target));
      if (!action) return;
      if (!keyAllowed(action, { presenter, whatIf: whatIfOn })) return;
      e.preventDefault();
      act(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const addFromLine = async (line: string, at: Position | null, answers: QuickAddAnswers): Promise<QuickAddResult> => {
    try {
      const reply = await backend.quickAdd(accountId, line, at, answers);
      if (reply.kind === "asks") return reply;
      apply(reply.edit);
      focusOn(reply.person.id, true);
      return { kind: "added" };
    } catch (err) {
      return { kind: "refused", message: describeError(err) };
    }
  };
  const previewLine = useCallback((line: string) => backend.quickAddPreview(accountId, line), [accountId]);
  const connect = async (line: NewLine) => {
    dispatch({ type: "connectEnded" });
    await run(() => backend.addLine(accountId, line));
  };
  const move = (moves: { id: string; at: Position }[]) =>
    void storeMoves(snapshot, moves, {
      onHistory: (h) => dispatch({ type: "historyChanged", history: h }),
      onEdit: apply,
      onError,
    });
  const cardActions = useMemo(
    () => ({
      commitRename: (id: string, name: string) => {
        dispatch({ type: "renameEnded" });
        const person = personRef(snapshot, id);
        const current = snapshot.stakeholders.find((s) => s.id === id)?.name ?? snapshot.team.find((t) => t.id === id)?.name;
        if (!person || name.trim() === current) return;
        void run(() => backend.renamePerson(accountId, person, name));
      },
      cancelRename: () => dispatch({ type: "renameEnded" }),
      toggleBranch: branches.toggle,
    }),
    [snapshot, accountId, run, branches.toggle],
  );

  const stakeholder = selection?.kind === "person" ? snapshot.stakeholders.find((s) => s.id === selection.id) : undefined;
  const member = selection?.kind === "person" ? snapshot.team.find((t) => t.id === selection.id) : undefined;
  const pinned = (stakeholder ?? member)?.placement?.pinned ?? false;
  const whatIfButton = <WhatIfButton on={whatIfOn} onToggle={() => act("whatIf")} />;

  return (
    <div className={`map-editor${presenter ? " presenter-view" : ""}${whatIfOn ? " what-if-on" : ""}`} ref={editor}>
      {presenter ? (
        <PresenterBar
          snapshot={snapshot}
          searchRef={search}
          onPick={focusOn}
          follow={follow}
          onFollow={(on) => {
            if (!on && selection) dispatch({ type: "fitRequested" });
            setFollow(on);
          }}
          whatIfButton={whatIfButton}
          clientInRoom={clientInRoom}
          onLeave={() => onPresenterChange(false)}
        />
      ) : (
        <MapToolbar
          snapshot={snapshot}
          quickAddRef={quickAdd}
          searchRef={search}
          quickAddPlaceholder={quickAddPlaceholder}
          onPreview={previewLine}
          onAdd={(line, answers) => addFromLine(line, null, answers)}
          onPick={focusOn}
          filter={filter}
          clientInRoom={clientInRoom}
          onFilter={(next) => dispatch({ type: "filtered", filter: next })}
          history={history}
          busy={busy}
          onAct={act}
          whatIfButton={whatIfButton}
        />
      )}
      {branches.focus && (
        <BranchFocusBar snapshot={snapshot} manager={branches.focus} shown={branches.focusSize} onLeave={() => branches.setFocus(null)} />
      )}
      <div className="account-body">
        {snapshot.stakeholders.length + snapshot.team.length === 0 && !presenter && <EmptyMapHint />}
        <CardActionsContext.Provider value={cardActions}>
          <StakeholderMap
            snapshot={snapshot}
            selection={selection}
            onSelect={select}
            highlighted={highlighted}
            findings={findingsOf}
            renaming={renaming}
            onRenameStart={startRename}
            onMove={move}
            onReparent={presenter || whatIfOn ? undefined : (person, manager) => void run(() => backend.moveUnder(accountId, person, manager))}
            onConnect={startConnect}
            onCreateAt={(at, screen) => dispatch({ type: "createStarted", at, screen })}
            fitRound={fitRound}
            zoom={state.zoom}
            focus={focus}
            presenter={presenter}
            follow={follow && !whatIfOn}
            clientSafe={clientInRoom}
            locked={whatIfOn}
            hidden={branches.hidden}
            fitClientsOnly={branches.focus !== null}
            branches={branches.summaries}
            badges={badges}
          />
        </CardActionsContext.Provider>
        {whatIfOn && <style>{whatIfRule(whatIfMarks)}</style>}
        <WhatIfPanel
          snapshot={snapshot}
          whatIf={whatIf}
          shownFindings={(f) => shareableFindings(f, clientInRoom)}
          onFocus={(id) => dispatch({ type: "focusedOn", id, ifHidden: true })}
        />
        {/* The inspector only takes room from the map while something is selected. */}
        {selection && !presenter && !whatIfOn && (
          <EditorInspector
            snapshot={snapshot}
            selection={selection}
            clientInRoom={clientInRoom}
            onClose={() => select(null)}
            onSelectLine={(id) => select({ kind: "line", id })}
            actions={
              (stakeholder ?? member) && (
                <PersonActions
                  pinned={pinned}
                  branch={branches.summaries.get(selection.id)}
                  focused={branches.focus === selection.id}
                  onAct={act}
                  onWhatIf={() => startWhatIf(selection.id)}
                />
              )
            }
            onSaveStakeholder={(person) => saveFields(() => backend.updateStakeholder(accountId, person))}
            onSaveTeamMember={(next) => saveFields(() => backend.updateTeamMember(accountId, next))}
            onEdit={saveFields}
            onErase={(id) => {
              select(null);
              void run(async () => (await backend.erasePersonData(accountId, id)).edit);
            }}
            onSaveLine={(edit) => void run(() => backend.updateLine(accountId, edit))}
            onDeleteLine={() => void askDelete()}
          />
        )}
      </div>
      {connecting && (
        <ConnectDialog
          snapshot={snapshot}
          from={connecting.from}
          to={connecting.to}
          onConnect={(line) => void connect(line)}
          onClose={() => dispatch({ type: "connectEnded" })}
        />
      )}
      {deleting && (
        <DeleteDialog
          impact={deleting.impact}
          onClose={() => dispatch({ type: "deleteCancelled" })}
          onConfirm={() => {
            const { person } = deleting;
            dispatch({ type: "deleteConfirmed" });
            void run(() => backend.deletePerson(accountId, person));
          }}
        />
      )}
      {creating && (
        <CreateAtPopup
          at={creating.at}
          screen={creating.screen}
          placeholder={quickAddPlaceholder}
          onPreview={previewLine}
          onAdd={addFromLine}
          onClose={() => dispatch({ type: "createEnded" })}
        />
      )}
      {state.helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsHelp onClose={() => dispatch({ type: "helpToggled", open: false })} />
        </Suspense>
      )}
      {state.clearingHistory && (
        <ClearHistoryDialog
          account={snapshot.account.name}
          history={history}
          onClose={() => dispatch({ type: "clearHistoryToggled", open: false })}
          onClear={() => {
            dispatch({ type: "clearHistoryToggled", open: false });
            void run(() => backend.clearHistory(accountId));
          }}
        />
      )}
    </div>
  );
}

export function MapEditor(props: Props) {
  useEffect(() => {
    void setPresenter(props.presenter);
  }, [props.presenter]);
  // Leaving the account screen leaves presenter mode too.
  useEffect(() => () => void setPresenter(false), []);
  return (
    <ReactFlowProvider>
      <MapEditorInner {...props} />
    </ReactFlowProvider>
  );
}
