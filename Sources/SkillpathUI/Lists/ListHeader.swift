/// A list's column header: what it shows (the sorted column marked ▲ or ▼) and which column a
/// click at a column lands on. Render and mouse handling use the same value, so a click sorts
/// the column drawn under it.
struct ListHeader {
    /// One column: its title, width, alignment and the sort it stands for (nil: not sortable).
    struct Column {
        var title: String
        var width: Int
        var alignRight = false
        var sortKey: Int?
    }

    var columns: [Column]
    /// Columns of text before the first column (the selection mark).
    var lead = 2

    /// The header line, the sorted column's title followed by its arrow.
    func text(sort: ListSort?) -> String {
        String(repeating: " ", count: lead) + SkillpathUI.columns(columns.map { column in
            var title = column.title
            if let key = column.sortKey, let sort, key == sort.column {
                // The arrow always shows: after a space when it fits, else in place of the title's end.
                let spaced = title + " " + sort.arrow
                title = TextWidth.width(spaced) <= column.width ? spaced
                    : String(title.prefix(max(0, column.width - 1))) + sort.arrow  // titles are ours: one column a letter
            }
            return (title, column.width, column.alignRight)
        })
    }

    /// The sort key of the column at `x` (0 is the header's first column), or nil.
    func sortKey(atX x: Int) -> Int? {
        var start = lead
        for column in columns where column.width > 0 {
            if x >= start && x < start + column.width { return column.sortKey }
            start += column.width + 1
        }
        return nil
    }
}
