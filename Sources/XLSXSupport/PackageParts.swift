// The package parts of an .xlsx file as libxlsxwriter 1.1.4 writes them (src/packager.c, src/workbook.c,
// src/content_types.c, src/relationships.c, src/app.c, src/core.c, src/comment.c, src/vml.c,
// src/worksheet.c), BSD-2-Clause, © John McNamara.

/// Every part of the workbook but the sheets' XML, in the zip order of libxlsxwriter's packager.
struct PackageParts {
    /// What the parts need of a sheet.
    struct Sheet {
        var name: String
        var state: SheetState
    }

    var sheets: [Sheet]
    var properties: XLSXDocumentProperties
    var styles: XLSXStyles

    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let package = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The sheets with comments, with their comment and VML drawing numbers.
    private var commented: [(sheet: Int, number: Int)] {
        var result: [(Int, Int)] = []
        for (index, sheet) in sheets.enumerated() where !sheet.state.comments.isEmpty {
            result.append((index, result.count + 1))
        }
        return result
    }

    /// Each part's name and bytes (nil for a sheet's XML, compressed on its own), in zip order.
    func all() -> [(String, [UInt8]?)] {
        var parts: [(String, [UInt8]?)] = []
        parts.append(("[Content_Types].xml", contentTypes()))
        parts.append(("_rels/.rels", rootRelationships()))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRelationships()))
        for index in sheets.indices { parts.append(("xl/worksheets/sheet\(index + 1).xml", nil)) }
        parts.append(("xl/workbook.xml", workbook()))
        var shapeBase = 1024
        for (index, number) in commented {
            parts.append(
                ("xl/drawings/vmlDrawing\(number).vml", vml(sheets[index].state, data: number, base: shapeBase)))
            shapeBase += 1024 * ((1024 + sheets[index].state.comments.count) / 1024)
        }
        for (index, number) in commented {
            parts.append(("xl/comments\(number).xml", comments(sheets[index].state)))
        }
        parts.append(("xl/theme/theme1.xml", Array(XLSXTheme.xml.utf8)))
        parts.append(("xl/styles.xml", styles.xml(hasComments: !commented.isEmpty)))
        for (index, number) in commented {
            var xml = XMLBytes()
            xml.declaration()
            xml.raw("<Relationships xmlns=\"\(Self.package)\">")
            xml.raw(
                "<Relationship Id=\"rId1\" Type=\"\(Self.relationships)/vmlDrawing\""
                    + " Target=\"../drawings/vmlDrawing\(number).vml\"/>")
            xml.raw(
                "<Relationship Id=\"rId2\" Type=\"\(Self.relationships)/comments\" Target=\"../comments\(number).xml\"/>"
            )
            xml.raw("</Relationships>")
            parts.append(("xl/worksheets/_rels/sheet\(index + 1).xml.rels", xml.bytes))
        }
        parts.append(("docProps/core.xml", core()))
        parts.append(("docProps/app.xml", app()))
        return parts
    }

    private func contentTypes() -> [UInt8] {
        var xml = XMLBytes()
        xml.declaration()
        xml.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.raw(
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        if !commented.isEmpty {
            xml.raw(
                "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>")
        }
        let office = "application/vnd.openxmlformats-officedocument"
        xml.raw(
            "<Override PartName=\"/docProps/app.xml\" ContentType=\"\(office).extended-properties+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\""
                + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(office).spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/theme/theme1.xml\" ContentType=\"\(office).theme+xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(office).spreadsheetml.sheet.main+xml\"/>")
        for index in sheets.indices {
            xml.raw(
                "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\""
                    + " ContentType=\"\(office).spreadsheetml.worksheet+xml\"/>")
        }
        for (_, number) in commented {
            xml.raw(
                "<Override PartName=\"/xl/comments\(number).xml\" ContentType=\"\(office).spreadsheetml.comments+xml\"/>"
            )
        }
        xml.raw("</Types>")
        return xml.bytes
    }

    private func rootRelationships() -> [UInt8] {
        var xml = XMLBytes()
        xml.declaration()
        xml.raw(
            "<Relationships xmlns=\"\(Self.package)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(Self.relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"\(Self.relationships)/extended-properties\""
                + " Target=\"docProps/app.xml\"/></Relationships>")
        return xml.bytes
    }

    private func workbookRelationships() -> [UInt8] {
        var xml = XMLBytes()
        xml.declaration()
        xml.raw("<Relationships xmlns=\"\(Self.package)\">")
        for index in sheets.indices {
            xml.raw(
                "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationships)/worksheet\""
                    + " Target=\"worksheets/sheet\(index + 1).xml\"/>")
        }
        xml.raw(
            "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationships)/theme\""
                + " Target=\"theme/theme1.xml\"/>"
                + "<Relationship Id=\"rId\(sheets.count + 2)\" Type=\"\(Self.relationships)/styles\""
                + " Target=\"styles.xml\"/></Relationships>")
        return xml.bytes
    }

    /// A defined name of `xl/workbook.xml` (`_store_defined_name`).
    private struct DefinedName {
        var name: String
        var appName: String
        var formula: String
        var sheet: Int
        var hidden: Bool
        /// The sort keys: the name without `_xlnm.` and the app name, lower-cased (ASCII).
        var sortName: [UInt8]
        var sortSheet: [UInt8]
    }

    /// The sheet name as a formula quotes it (`lxw_quote_sheetname`).
    static func quoted(_ name: String) -> String {
        if name.hasPrefix("'") { return name }
        let plain = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F || byte == 0x2E
        }
        if plain { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The defined names in libxlsxwriter's order.
    private func definedNames() -> [DefinedName] {
        func lower(_ text: String) -> [UInt8] {
            text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
        }
        var names: [DefinedName] = []
        func store(_ name: String, appName: String, formula: String, sheet: Int, hidden: Bool) {
            let short = name.hasPrefix("_xlnm.") ? String(name.dropFirst(6)) : name
            let entry = DefinedName(
                name: name, appName: appName, formula: formula, sheet: sheet, hidden: hidden, sortName: lower(short),
                sortSheet: lower(appName))
            func compare(_ a: DefinedName, _ b: DefinedName) -> Int {
                if a.sortName != b.sortName { return a.sortName.lexicographicallyPrecedes(b.sortName) ? -1 : 1 }
                if a.sortSheet == b.sortSheet { return 0 }
                return a.sortSheet.lexicographicallyPrecedes(b.sortSheet) ? -1 : 1
            }
            if let index = names.firstIndex(where: { compare(entry, $0) <= 0 }) {
                if compare(entry, names[index]) == 0 { return }
                names.insert(entry, at: index)
            } else {
                names.append(entry)
            }
        }
        for (index, sheet) in sheets.enumerated() {
            let quoted = Self.quoted(sheet.name)
            if let (rows, columns) = sheet.state.autofilter {
                store(
                    "_xlnm._FilterDatabase", appName: "\(quoted)!_FilterDatabase",
                    formula: "\(quoted)!"
                        + SheetState.absoluteRange(
                            rows.lowerBound, columns.lowerBound, rows.upperBound, columns.upperBound),
                    sheet: index, hidden: true)
            }
            if let rows = sheet.state.repeatedRows {
                store(
                    "_xlnm.Print_Titles", appName: "\(quoted)!Print_Titles",
                    formula: "\(quoted)!$\(rows.lowerBound + 1):$\(rows.upperBound + 1)", sheet: index, hidden: false)
            }
        }
        return names
    }

    private func workbook() -> [UInt8] {
        var xml = XMLBytes()
        xml.declaration()
        xml.raw(
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(Self.relationships)\">"
                + "<fileVersion appName=\"xl\" lastEdited=\"4\" lowestEdited=\"4\" rupBuild=\"4505\"/>"
                + "<workbookPr defaultThemeVersion=\"124226\"/><bookViews><workbookView xWindow=\"240\" yWindow=\"15\""
                + " windowWidth=\"16095\" windowHeight=\"9660\"/></bookViews><sheets>")
        for (index, sheet) in sheets.enumerated() {
            xml.raw("<sheet name=\"")
            xml.attribute(sheet.name)
            xml.raw("\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>")
        }
        xml.raw("</sheets>")
        let names = definedNames()
        if !names.isEmpty {
            xml.raw("<definedNames>")
            for name in names {
                xml.raw("<definedName name=\"\(name.name)\" localSheetId=\"\(name.sheet)\"")
                if name.hidden { xml.raw(" hidden=\"1\"") }
                xml.raw(">")
                xml.data(name.formula)
                xml.raw("</definedName>")
            }
            xml.raw("</definedNames>")
        }
        xml.raw("<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>")
        return xml.bytes
    }

    private func core() -> [UInt8] {
        var xml = XMLBytes()
        xml.declaration()
        xml.raw(
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        func element(_ tag: String, _ text: String, always: Bool = false) {
            guard always || !text.isEmpty else { return }
            xml.raw("<\(tag)>")
            xml.data(text)
            xml.raw("</\(tag)>")
        }
        element("dc:title", properties.title)
        element("dc:subject", properties.subject)
        element("dc:creator", properties.author, always: true)
        element("cp:lastModifiedBy", properties.author, always: true)
        let stamp = properties.stamp
        xml.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>")
        xml.raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified></cp:coreProperties>")
        return xml.bytes
    }

    private func app() -> [UInt8] {
        let ranges = definedNames().filter { $0.formula.contains("!") && !$0.appName.contains("_FilterDatabase") }
        var xml = XMLBytes()
        xml.declaration()
        xml.raw(
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
                + "<HeadingPairs><vt:vector size=\"\(ranges.isEmpty ? 2 : 4)\" baseType=\"variant\">"
                + "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
                + "<vt:variant><vt:i4>\(sheets.count)</vt:i4></vt:variant>")
        if !ranges.isEmpty {
            xml.raw(
                "<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant>"
                    + "<vt:variant><vt:i4>\(ranges.count)</vt:i4></vt:variant>")
        }
        xml.raw("</vt:vector></HeadingPairs><TitlesOfParts>")
        xml.raw("<vt:vector size=\"\(sheets.count + ranges.count)\" baseType=\"lpstr\">")
        for title in sheets.map(\.name) + ranges.map(\.appName) {
            xml.raw("<vt:lpstr>")
            xml.data(title)
            xml.raw("</vt:lpstr>")
        }
        xml.raw("</vt:vector></TitlesOfParts><Company>")
        xml.data(properties.company)
        xml.raw(
            "</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
                + "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>")
        return xml.bytes
    }

    private func comments(_ state: SheetState) -> [UInt8] {
        var xml = XMLBytes()
        xml.declaration()
        xml.raw(
            "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<authors><author></author></authors><commentList>")
        for comment in state.comments {
            xml.raw(
                "<comment ref=\"\(XLSXSheet.cellName(row: comment.row, column: comment.column))\" authorId=\"0\">"
                    + "<text><r><rPr><sz val=\"8\"/><color indexed=\"81\"/><rFont val=\"Tahoma\"/><family val=\"2\"/>"
                    + "</rPr><t>")
            xml.data(comment.text)
            xml.raw("</t></r></text></comment>")
        }
        xml.raw("</commentList></comments>")
        return xml.bytes
    }

    /// The VML drawing of a sheet's comments: `data` is its `o:idmap` block, `base` the shape ids' base.
    private func vml(_ state: SheetState, data: Int, base: Int) -> [UInt8] {
        var xml = XMLBytes()
        let blocks = (0...(state.comments.count / 1024)).map { String(data + $0) }.joined(separator: ",")
        xml.raw(
            "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\">"
                + "<o:idmap v:ext=\"edit\" data=\"\(blocks)\"/></o:shapelayout>"
                + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
                + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
                + "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>")
        for (index, comment) in state.comments.enumerated() {
            let box = CommentBox(comment, in: state)
            func points(_ pixels: Int) -> String { NumberText.string(Double(pixels) * 0.75) }
            xml.raw(
                "<v:shape id=\"_x0000_s\(base + index + 1)\" type=\"#_x0000_t202\" style=\"position:absolute;"
                    + "margin-left:\(points(box.left))pt;margin-top:\(points(box.top))pt;width:\(points(128))pt;"
                    + "height:\(points(74))pt;z-index:\(index + 1);visibility:hidden\" fillcolor=\"#ffffe1\""
                    + " o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>"
                    + "<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
                    + "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
                    + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
                    + "<x:Anchor>\(box.anchor)</x:Anchor><x:AutoFill>False</x:AutoFill>"
                    + "<x:Row>\(comment.row)</x:Row><x:Column>\(comment.column)</x:Column></x:ClientData></v:shape>")
        }
        xml.raw("</xml>")
        return xml.bytes
    }
}

/// Where a comment's box lies (`_get_comment_params`, `_worksheet_position_object_pixels`): 128 × 74
/// pixels, one column right of its cell and a row up. In constant-memory mode every row is 20 pixels
/// high there: the rows' heights are gone by the time the boxes are placed.
struct CommentBox {
    var left: Int
    var top: Int
    var anchor: String

    init(_ comment: SheetState.Comment, in state: SheetState) {
        let rowMax = XLSXSheet.rowCount
        let columnMax = XLSXSheet.columnCount
        let row = comment.row
        let column = comment.column
        var y1: Int
        switch row {
        case 0: y1 = 2
        case rowMax - 3, rowMax - 2: y1 = 16
        case rowMax - 1: y1 = 14
        default: y1 = 10
        }
        var x1 = column >= columnMax - 3 ? 49 : 15
        var startRow: Int
        switch row {
        case 0: startRow = 0
        case rowMax - 3: startRow = rowMax - 7
        case rowMax - 2: startRow = rowMax - 6
        case rowMax - 1: startRow = rowMax - 5
        default: startRow = row - 1
        }
        var startColumn: Int
        switch column {
        case columnMax - 3: startColumn = columnMax - 6
        case columnMax - 2: startColumn = columnMax - 5
        case columnMax - 1: startColumn = columnMax - 4
        default: startColumn = column + 1
        }
        let rowPixels = 20
        func columnPixels(_ column: Int) -> Int { state.columnWidths.isEmpty ? 64 : state.columnPixels(column) }
        var left = 0
        if !state.columnWidths.isEmpty {
            for index in 0..<startColumn { left += state.columnPixels(index) }
        } else {
            left = 64 * startColumn
        }
        left += x1
        let top = rowPixels * startRow + y1
        while x1 >= columnPixels(startColumn) {
            x1 -= columnPixels(startColumn)
            startColumn += 1
        }
        while y1 >= rowPixels {
            y1 -= rowPixels
            startRow += 1
        }
        var endColumn = startColumn
        var endRow = startRow
        var width = Double(128)
        var height = Double(74)
        if columnPixels(startColumn) > 0 { width += Double(x1) }
        height += Double(y1)
        while width >= Double(columnPixels(endColumn)) {
            width -= Double(columnPixels(endColumn))
            endColumn += 1
        }
        while height >= Double(rowPixels) {
            height -= Double(rowPixels)
            endRow += 1
        }
        self.left = left
        self.top = top
        anchor = "\(startColumn), \(x1), \(startRow), \(y1), \(endColumn), \(Int(width)), \(endRow), \(Int(height))"
    }
}
