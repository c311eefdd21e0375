import Foundation

/// The parts of an `.xlsx` file (a zip), unzipped with Python's `zipfile` (python3 is on every
/// machine the project runs on; `unzip` may not be), each XML part pretty-printed one element a
/// line so a golden file's diff shows what changed.
package enum WorkbookParts {
    /// Why the parts could not be read.
    package struct ReadError: Error, CustomStringConvertible {
        /// What python3 said.
        package let description: String
    }

    /// `== NAME ==` then the part's text, for every part in zip order.
    package static func dump(_ path: String) throws -> String {
        let script = """
            import sys, zipfile, xml.dom.minidom
            with zipfile.ZipFile(sys.argv[1]) as z:
                for info in z.infolist():
                    data = z.read(info.filename)
                    text = xml.dom.minidom.parseString(data).toprettyxml(indent=" ") if info.filename.endswith((".xml", ".rels", ".vml")) else data.decode("utf-8", "replace")
                    stamp = "%04d-%02d-%02d" % info.date_time[:3]
                    sys.stdout.write("== %s (%s) ==\\n%s\\n" % (info.filename, stamp, text))
            """
        return try python(script, path)
    }

    /// The cells of one sheet, row by row, each `s:text` or `n:number`, at its column's position: a column
    /// left empty before a written cell is "" (openpyxl is not needed; Python's standard library reads the XML).
    package static func cells(_ path: String, sheet: Int) throws -> [[String]] {
        let script = """
            import sys, zipfile, xml.etree.ElementTree as ET
            ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
            with zipfile.ZipFile(sys.argv[1]) as z:
                root = ET.fromstring(z.read("xl/worksheets/sheet%d.xml" % int(sys.argv[2])))
            def column(ref):
                number = 0
                for letter in ref.rstrip("0123456789"):
                    number = number * 26 + ord(letter) - 64
                return number - 1
            for row in root.iter("{%s}row" % ns["m"]):
                out = []
                for c in row.findall("m:c", ns):
                    out += [""] * (column(c.get("r")) - len(out))
                    kind = c.get("t", "n")
                    if kind == "inlineStr":
                        value = "".join(t.text or "" for t in c.iter("{%s}t" % ns["m"]))
                        out.append("s:" + value)
                    else:
                        v = c.find("m:v", ns)
                        out.append(kind + ":" + (v.text if v is not None else ""))
                print("\\t".join(out))
            """
        let text = try python(script, path, String(sheet))
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    private static func python(_ script: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ReadError(description: String(decoding: message, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
