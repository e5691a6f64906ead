/// The one table of key bindings: ``update(_:_:)`` dispatches on it and the help screen is made from it.
public enum KeyTable {
    public static let bindings: [KeyBinding] = {
        var b: [KeyBinding] = []
        func add(_ scope: BindingScope, _ keys: [Key], _ command: Command, _ help: String) {
            b.append(KeyBinding(keys: keys, command: command, scope: scope, help: help))
        }
        add(.global, [.tab], .nextScreen, "next screen")
        add(.global, [.backTab], .previousScreen, "previous screen")
        for screen in Screen.allCases {
            add(.global, [.char(Character(String(screen.rawValue)))], .show(screen), "\(screen.title) screen")
        }
        add(.global, [.up, .char("k")], .up, "move up")
        add(.global, [.down, .char("j")], .down, "move down")
        add(.global, [.pageUp, .ctrl("b")], .pageUp, "page up")
        add(.global, [.pageDown, .ctrl("f")], .pageDown, "page down")
        add(.global, [.home, .char("g")], .top, "first row")
        add(.global, [.end, .char("G")], .bottom, "last row")
        add(.global, [.escape], .cancel, "cancel, close, clear the search")
        add(.global, [.char("?"), .function(1)], .help, "this help")
        add(.global, [.ctrl("l")], .redraw, "redraw the screen")
        add(.global, [.char("M")], .toggleMouse, "mouse on/off (off: the terminal selects text)")
        add(.global, [.char("q")], .quit, "quit (asks when a plan is unsaved)")

        add(.screen(.catalog), [.char("/")], .search, "search as you type (Enter keeps, Esc clears)")
        add(.screen(.catalog), [.char("s")], .cycleSort, "sort by title, price, hours, provider")
        add(.screen(.catalog), [.char("p")], .filterProvider, "filter by provider")
        add(.screen(.catalog), [.char("t")], .filterType, "filter by type")
        add(.screen(.catalog), [.char("c")], .filterCategory, "filter by skill category")
        add(.screen(.catalog), [.char("a")], .toggleAccredited, "accredited only on/off")
        add(.screen(.catalog), [.char("$")], .maxPrice, "maximum price")
        add(.screen(.catalog), [.char("h")], .maxHours, "maximum hours")
        add(.screen(.catalog), [.char("0")], .clearFilters, "clear all filters")
        add(.screen(.catalog), [.char("e")], .toggleEarned, "mark earned / not earned")
        add(.screen(.catalog), [.enter, .char("i")], .showDetails, "the whole detail, scrollable")

        add(.screen(.roles), [.enter], .planRole, "plan this role")
        add(.screen(.roles), [.char("i")], .showDetails, "the whole detail, scrollable")

        add(.screen(.profile), [.enter], .edit, "change the selected setting")
        add(.screen(.profile), [.char("+"), .char("="), .right], .raise, "raise a level / increase")
        add(.screen(.profile), [.char("-"), .left], .lower, "lower a level / decrease")
        add(.screen(.profile), [.char("d"), .delete], .remove, "remove the skill or credential")
        add(.screen(.profile), [.char("a")], .addSkill, "add a skill")
        add(.screen(.profile), [.char("s")], .setup, "guided setup: role, skills, settings, plan")

        add(.screen(.plan), [.enter, .char(" ")], .cycleStep, "step: todo → in progress → done")
        add(.screen(.plan), [.char("x")], .skipStep, "skip the step / unskip")
        add(.screen(.plan), [.char("a")], .alternatives, "alternatives for the step, with their effect (pins the choice)")
        add(.screen(.plan), [.char("u")], .releasePin, "release the step's pin (◆), r then re-plans to the optimum")
        add(.screen(.plan), [.char("r")], .replan, "re-plan from progress (done = earned)")
        add(.screen(.plan), [.char("S")], .savePlan, "save under a name")
        add(.screen(.plan), [.char("i")], .showDetails, "the step's whole detail, scrollable")
        add(.screen(.plan), [.char("m")], .exportPlan, "export: Markdown, JSON or iCalendar (asks before replacing a file)")

        add(.screen(.plans), [.enter], .openPlan, "open the plan")
        add(.screen(.plans), [.char("R")], .renamePlan, "rename")
        add(.screen(.plans), [.char("d"), .delete], .deletePlan, "delete (asks first)")
        add(.screen(.plans), [.char("m")], .exportPlan, "export to Markdown and iCalendar (NAME.md, NAME.ics)")
        return b
    }()

    /// The command a key runs on a screen: the screen's own binding first, then the global one.
    public static func command(for key: Key, on screen: Screen) -> Command? {
        if let b = bindings.first(where: { $0.scope == .screen(screen) && $0.keys.contains(key) }) { return b.command }
        return bindings.first(where: { $0.scope == .global && $0.keys.contains(key) })?.command
    }

    /// The help screen's lines: the current screen's keys first, then the global ones, then the rest.
    static func helpLines(current: Screen) -> [(keys: String, help: String, heading: Bool)] {
        var scopes: [BindingScope] = [.screen(current), .global]
        scopes += Screen.allCases.filter { $0 != current }.map { .screen($0) }
        var lines: [(String, String, Bool)] = []
        for scope in scopes {
            let rows = bindings.filter { $0.scope == scope }
            guard !rows.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((scope.title, "", true))
            var digitsShown = false
            for row in rows {
                if case .show = row.command {
                    if !digitsShown { lines.append(("1–5", "open a screen (Catalog, Roles, Profile, Plan, Plans)", false)) }
                    digitsShown = true
                    continue
                }
                lines.append((row.keys.map(\.label).joined(separator: " "), row.help, false))
            }
        }
        lines.append(("", "", false))
        lines.append(("Typing (search, names, numbers, pickers)", "", true))
        lines.append(("Enter", "confirm", false))
        lines.append(("Esc", "cancel", false))
        for line in TextField.keyHelp { lines.append((line.keys, line.help, false)) }
        lines.append(("↑ ↓ PgUp PgDn", "move in the list while typing", false))
        return lines
    }

    /// The short hints for the status line of a screen.
    static func hints(for screen: Screen) -> String {
        switch screen {
        case .catalog: return "/ search  s sort  p t c a $ h filters  e earned  Enter detail  ? help"
        case .roles: return "Enter plan role  i detail  Tab screens  ? help  q quit"
        case .profile: return "Enter change  +/- level  a add skill  d remove  s setup  ? help"
        case .plan: return "Enter status  x skip  a swap  u unpin  r re-plan  S save  m export  ? help"
        case .plans: return "Enter open  R rename  d delete  m export  ? help  q quit"
        }
    }
}
