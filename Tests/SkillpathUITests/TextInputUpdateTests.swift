import SkillpathCore
import Testing
@testable import SkillpathUI

/// Readline keys, selection and paste in the Catalog search, a picker's filter and the save prompt;
/// and the terminal's bytes that used to be misread.
@Suite struct TextInputUpdateTests {
    private func planned() -> AppState { Fixtures.plannedState() }

    func keys(_ keys: Key...) -> [Action] { keys.map(Action.key) }

    /// The Catalog search: each readline key edits it and the list follows.
    @Test func readlineKeysInTheCatalogSearch() {
        let all = Fixtures.catalog.credentials.count
        var (s, _) = run(Fixtures.state(), [.key(.char("/"))] + typing("sql pro"))
        #expect(s.catalogView.results.count == 1)
        (s, _) = run(s, keys(.ctrl("w")))
        #expect(s.catalogView.search == "sql " && s.catalogView.results.count == 4)
        (s, _) = run(s, keys(.ctrl("u")))
        #expect(s.catalogView.search.isEmpty && s.catalogView.results.count == all)
        (s, _) = run(s, typing("ql") + keys(.ctrl("a")) + typing("s"))
        #expect(s.catalogView.search == "sql" && s.catalogView.searchField.cursor == 1 && s.catalogView.results.count == 4)
        (s, _) = run(s, keys(.ctrl("e")) + typing(" pro"))
        #expect(s.catalogView.search == "sql pro" && s.catalogView.results.count == 1)
        (s, _) = run(s, keys(.home, .delete, .end, .left, .left, .left, .backspace))
        #expect(s.catalogView.search == "qlpro" && s.catalogView.results.isEmpty)
        #expect(s.catalogView.searching && s.screen == .catalog, "editing keys never leave the search")
        (s, _) = run(s, keys(.ctrl("u")))
        #expect(s.catalogView.search == "pro", "Ctrl-U deletes what is before the cursor")
        let narrowed = s.catalogView.results
        #expect(narrowed == Fixtures.state().index.results(in: Fixtures.catalog, search: "pro", filter: CatalogFilter(), sort: .title),
                "an edit in the middle searches the whole catalog again")
    }

    /// A picker's filter: today's bug was `Filter: amazawsamaz` after Ctrl-U.
    @Test func readlineKeysInAPickerFilter() {
        var (s, _) = run(Fixtures.state(), [.key(.char("p"))] + typing("amaz"))
        guard case .picker(let first)? = s.modal else { Issue.record("expected the provider picker"); return }
        #expect(first.filter == "amaz")
        (s, _) = run(s, keys(.ctrl("u")) + typing("aws"))
        guard case .picker(var picker)? = s.modal else { Issue.record("the picker closed"); return }
        #expect(picker.filter == "aws")
        (s, _) = run(s, keys(.ctrl("w")) + typing("東京 x") + keys(.backspace, .ctrl("a"), .delete, .ctrl("e")))
        guard case .picker(let edited)? = s.modal else { Issue.record("the picker closed"); return }
        picker = edited
        #expect(picker.filter == "京 " && picker.filterField.cursor == 2)
        #expect(picker.visibleItems.map(\.id) == ["utokyo"])
        (s, _) = run(s, keys(.home, .end, .left, .right))
        #expect(s.modal != nil, "Home and End move in the filter; the picker stays open")
        (s, _) = run(s, keys(.enter))
        #expect(s.modal == nil && s.catalogView.filter.provider == "utokyo")
    }

    /// The save prompt is pre-filled and selected: typing replaces the name, Ctrl-E or an arrow keeps it.
    @Test func savePromptIsSelectedAndTakesReadlineKeys() {
        let base = planned()
        var (s, fx) = run(base, [.key(.char("S"))] + typing("mine") + [.key(.enter)])
        #expect(fx.contains(.savePlan(base.session!.document!, name: "mine")), "typing replaced the selected name")

        (s, fx) = run(base, [.key(.char("S")), .key(.ctrl("e"))] + typing("-2") + [.key(.enter)])
        #expect(fx.contains(.savePlan(base.session!.document!, name: "data-analyst-2")))

        (s, _) = run(base, [.key(.char("S")), .key(.left)] + typing("my-"))
        guard case .prompt(var prompt)? = s.modal else { Issue.record("expected the name prompt"); return }
        #expect(prompt.text == "my-data-analyst")
        (s, _) = run(s, keys(.ctrl("e"), .ctrl("w")))
        guard case .prompt(let cleared)? = s.modal else { Issue.record("the prompt closed"); return }
        prompt = cleared
        #expect(prompt.text.isEmpty, "Ctrl-W deletes the word before the cursor (a name has no spaces)")
        (s, _) = run(s, typing("one two") + keys(.ctrl("w"), .ctrl("a"), .ctrl("k")) + typing("x") + keys(.ctrl("u")))
        guard case .prompt(let last)? = s.modal else { Issue.record("the prompt closed"); return }
        #expect(last.text.isEmpty && last.field.cursor == 0)
        (s, fx) = run(s, keys(.enter))
        #expect(!fx.contains { if case .savePlan = $0 { return true } else { return false } })
        guard case .prompt(let failed)? = s.modal else { Issue.record("an empty name must be refused"); return }
        #expect(failed.error != nil)
    }

    @Test func pasteGoesIntoTheFieldWithTheKeysOnly() {
        var (s, _) = run(Fixtures.state(), [.key(.char("/")), .paste("sql\npro")])
        #expect(s.catalogView.search == "sql pro" && s.catalogView.results.count == 1)
        (s, _) = run(s, [.key(.enter), .paste("q")])
        #expect(!s.quitting && s.catalogView.search == "sql pro", "a paste is never keys")
        #expect(s.status != nil)
        (s, _) = run(planned(), [.key(.char("S")), .paste("pasted name")])
        guard case .prompt(let prompt)? = s.modal else { Issue.record("expected the name prompt"); return }
        #expect(prompt.text == "pasted name", "it replaced the selected name")
        (s, _) = run(Fixtures.state(), [.key(.char("p")), .paste("東京")])
        guard case .picker(let picker)? = s.modal else { Issue.record("expected the picker"); return }
        #expect(picker.visibleItems.map(\.id) == ["utokyo"])
    }

    /// Bytes through the parser, then update: what a terminal sends must not move or toggle anything it should not.
    func afterBytes(_ text: String, from state: AppState) -> AppState {
        var parser = InputParser()
        let events = parser.parse(Array(text.utf8)) + parser.flush()
        let actions: [Action] = events.compactMap { event in
            switch event {
            case .key(let key): return .key(key)
            case .paste(let text): return .paste(text)
            case .mouse: return nil
            }
        }
        return run(state, actions).0
    }

    @Test func endKeyAndStrayMouseReportsNeverChangeScreenOrMouse() {
        let esc = "\u{1B}"
        var start = Fixtures.state()
        start.screen = .roles
        for bytes in ["\(esc)[4~", "\(esc)[1~", "\(esc)[8~", "\(esc)[M#!!", "\(esc)[M #5", "\(esc)[<0;10;5M", "\(esc)[<0;10;5m",
                      "\(esc)[32;10;5M", "\(esc)[2~", "\(esc)[I", "\(esc)[O", "\(esc)[?1;2c", "\(esc)[200~M4q\(esc)[201~"] {
            let s = afterBytes(bytes, from: start)
            #expect(s.screen == .roles, "\(bytes.dropFirst()) changed the screen")
            #expect(s.mouseEnabled, "\(bytes.dropFirst()) turned the mouse off")
            #expect(!s.quitting)
        }
        // In the search the same bytes type nothing.
        var searching = Fixtures.state()
        searching = run(searching, [.key(.char("/"))]).0
        for bytes in ["\(esc)[M#!!", "\(esc)[2~", "\(esc)[I", "\(esc)[?1;2c"] {
            #expect(afterBytes(bytes, from: searching).catalogView.search.isEmpty, "\(bytes.dropFirst())")
        }
        #expect(afterBytes("\(esc)[4~", from: start).roles.cursor.selection == Fixtures.catalog.roles.count - 1, "End goes to the last role")
    }
}
