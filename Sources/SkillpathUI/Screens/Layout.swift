/// Where each part of each screen goes at a terminal size; shared by ``render(_:)`` and the
/// mouse handling in ``update(_:_:)`` so clicks land on what is drawn.
struct Layout {
    let width: Int
    let height: Int

    init(width: Int, height: Int) { self.width = width; self.height = height }
    init(_ state: AppState) { self.init(width: state.width, height: state.height) }

    /// The smallest usable size.
    static let minimumWidth = 40, minimumHeight = 12

    var tooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    /// Below 100×30 panes stack vertically and columns shrink.
    var compact: Bool { width < 100 || height < 30 }

    /// Everything between the tab bar (row 0) and the status line (last row).
    var body: Rect { Rect(x: 0, y: 1, width: width, height: max(0, height - 2)) }

    /// The tab labels and their columns in the tab bar.
    var tabs: [(screen: Screen, x: Int, width: Int)] {
        var x = compact ? 1 : 11
        return Screen.allCases.map { screen in
            let label = tabLabel(screen)
            defer { x += TextWidth.width(label) + 1 }
            return (screen, x, TextWidth.width(label))
        }
    }

    /// A tab's label: the digit and the title, shortened in a narrow terminal so all five fit.
    func tabLabel(_ screen: Screen) -> String {
        width < 60 ? "\(screen.rawValue) \(screen.title.prefix(4)) " : " \(screen.rawValue) \(screen.title) "
    }

    /// A list with rows starting `top` rows below the body's top, and its detail pane.
    private func split(top: Int, share: Int = 60) -> (list: Rect, detail: Rect) {
        let b = body
        let rows = max(0, b.height - top)
        if compact {
            let listHeight = max(1, rows / 2)
            let list = Rect(x: 0, y: b.y + top, width: width, height: listHeight)
            let detailY = list.y + listHeight + 1
            return (list, Rect(x: 0, y: detailY, width: width, height: max(0, b.y + b.height - detailY)))
        }
        let listWidth = width * share / 100
        return (Rect(x: 0, y: b.y + top, width: listWidth, height: rows),
                Rect(x: listWidth + 2, y: b.y, width: width - listWidth - 3, height: b.height))
    }

    /// Catalog: search/filter line, column header, list; detail beside or below.
    var catalog: (list: Rect, detail: Rect) { split(top: 2) }
    /// Roles: column header, list; detail beside or below.
    var roles: (list: Rect, detail: Rect) { split(top: 1, share: 55) }
    /// Profile: one list of settings, skills and credentials over a line of help.
    var profileList: Rect { Rect(x: 0, y: body.y + 1, width: width, height: max(0, body.height - 3)) }

    /// Plan: three header lines, a column header, the steps, and the step detail below.
    var plan: (header: Rect, steps: Rect, detail: Rect) {
        let b = body
        let detailHeight = max(4, b.height * 2 / 5)
        let stepsY = b.y + 4
        let stepsHeight = max(1, b.height - 4 - detailHeight - 1)
        let detailY = stepsY + stepsHeight + 1
        return (Rect(x: 0, y: b.y, width: width, height: 3),
                Rect(x: 0, y: stepsY, width: width, height: stepsHeight),
                Rect(x: 0, y: detailY, width: width, height: max(0, b.y + b.height - detailY)))
    }

    /// The guided setup's list: below the title, question and filter lines, above a detail pane of
    /// four lines (and, at 30 rows or more, a wider margin).
    var setupList: Rect { Rect(x: 2, y: 5, width: max(0, width - 4), height: max(1, height - 5 - 7)) }

    /// Plans: a column header and the list.
    var plansList: Rect { Rect(x: 0, y: body.y + 1, width: width, height: max(0, body.height - 1)) }

    /// A centred box of at most the given size.
    func modal(width w: Int, height h: Int) -> Rect {
        let mw = min(w, width - 2), mh = min(h, height - 2)
        return Rect(x: (width - mw) / 2, y: (height - mh) / 2, width: mw, height: mh)
    }

    /// The rows of the list inside a modal box (inside the border, below the title and filter line).
    func modalList(_ box: Rect, headerRows: Int) -> Rect {
        Rect(x: box.x + 2, y: box.y + 1 + headerRows, width: box.width - 4, height: max(0, box.height - 3 - headerRows))
    }

    /// The help box and the picker box.
    var helpBox: Rect { modal(width: 76, height: height - 2) }
    var detailsBox: Rect { modal(width: 90, height: height - 2) }
    var pickerBox: Rect { modal(width: 96, height: max(10, height - 4)) }
}
