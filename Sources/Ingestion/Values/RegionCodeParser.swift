/// Reads region code cells in every form docs/INPUTS.md "Codes" accepts.
///
/// Kemendagri codes: kecamatan `65.02.01`, `650201`, `65 02 01`, `65-02-01`; kabupaten/kota
/// `65.02`, `6502`; province `65`. Each part has two digits: province 11–99, kabupaten and
/// kecamatan 01–99. Seven plain digits are a BPS kecamatan code (`6502040`). A code that a
/// spreadsheet stored as a number (`650201.0`) is rejected, as is a desa code (`65.02.01.2001`).
package enum RegionCodeParser {
    /// Reads a kecamatan, kabupaten/kota or province code, or a BPS kecamatan code.
    package static func parse(_ text: String) -> Result<RegionCode, ValueError> {
        read(text).mapError { $0.error(expecting: .anyRegion) }
    }

    /// Reads a code that must name one kecamatan: Kemendagri or BPS form.
    package static func parseKecamatan(_ text: String) -> Result<RegionCode, ValueError> {
        switch read(text) {
        case .success(.province): .failure(Problem.provinceNotKecamatan.error(expecting: .kecamatan))
        case .success(.kabupaten): .failure(Problem.kabupatenNotKecamatan.error(expecting: .kecamatan))
        case .success(let code): .success(code)
        case .failure(let problem): .failure(problem.error(expecting: .kecamatan))
        }
    }

    /// Reads the regions file's `kode_bps` column (docs/INPUTS.md "Regions"): exactly 7 digits, returned as written.
    package static func parseBPS(_ text: String) -> Result<String, ValueError> {
        let trimmed = CellText.trimmed(text)
        let problem: Problem
        if trimmed.isEmpty {
            problem = .empty
        } else if isSpreadsheetNumber(trimmed) {
            problem = .decimalNumber
        } else if trimmed.utf8.count == 7 && CellText.isDigits(trimmed) {
            if let rangeProblem = checkProvince(trimmed.prefix(2)) {
                problem = rangeProblem
            } else {
                return .success(String(trimmed))
            }
        } else {
            problem = .notACode
        }
        return .failure(problem.error(expecting: .bps))
    }

    /// What went wrong, before it is put in the words of what the column expects.
    fileprivate enum Problem: Error {
        case empty, notACode, decimalNumber, oneDigitPart, desaCode
        case provinceOutOfRange, kabupatenOutOfRange, kecamatanOutOfRange
        case provinceNotKecamatan, kabupatenNotKecamatan
    }

    /// What kind of code the column holds, which decides the wording.
    fileprivate enum Expected {
        case anyRegion, kecamatan, bps
    }

    /// Reads the code on its UTF-8 bytes, in one pass: this runs for every row of every file, so it
    /// builds no arrays or substrings. The checks keep this order: empty, spreadsheet number, plain
    /// digits, one kind of separator, empty or non-digit groups, desa code, group count, widths.
    private static func read(_ text: String) -> Result<RegionCode, Problem> {
        let trimmed = CellText.trimmed(text)
        if trimmed.isEmpty { return .failure(.empty) }
        if isSpreadsheetNumber(trimmed) { return .failure(.decimalNumber) }
        var groups = DigitGroups()
        for byte in trimmed.utf8 {
            if CellText.isDigit(byte) {
                groups.append(digit: byte)
            } else if groups.separator == 0 || groups.separator == byte {
                guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") else {
                    return .failure(.notACode)
                }
                groups.separator = byte
                groups.close()
            } else {
                return .failure(.notACode)
            }
        }
        groups.close()
        if groups.separator == 0 { return readPlain(groups.width[0], value: groups.value[0], text: trimmed) }
        guard !groups.hasEmptyGroup, groups.count <= DigitGroups.capacity else { return .failure(.notACode) }
        if groups.count == 4 && groups.hasWidths(2, 2, 2, 4) { return .failure(.desaCode) }
        guard groups.count == 2 || groups.count == 3 else { return .failure(.notACode) }
        guard (0..<groups.count).allSatisfy({ groups.width[$0] <= 2 }) else { return .failure(.notACode) }
        if (0..<groups.count).contains(where: { groups.width[$0] == 1 }) { return .failure(.oneDigitPart) }
        return groups.count == 2
            ? build(groups.value[0], groups.value[1]) : build(groups.value[0], groups.value[1], groups.value[2])
    }

    /// A code written as plain digits: 2, 4 or 6 for Kemendagri levels, 7 for BPS, 10 for a desa.
    private static func readPlain(_ width: Int, value: Int, text: Substring) -> Result<RegionCode, Problem> {
        switch width {
        case 2: return build(value)
        case 4: return build(value / 100, value % 100)
        case 6: return build(value / 10_000, value / 100 % 100, value % 100)
        case 7:
            if value / 100_000 < 11 { return .failure(.provinceOutOfRange) }
            return .success(.bpsKecamatan(String(text)))
        case 10: return .failure(.desaCode)
        default: return .failure(.notACode)
        }
    }

    /// Builds a code from one to three two-digit part values, checking each part's range.
    private static func build(
        _ province: Int, _ kabupaten: Int? = nil, _ kecamatan: Int? = nil
    ) -> Result<RegionCode, Problem> {
        if province < 11 { return .failure(.provinceOutOfRange) }
        if kabupaten == 0 { return .failure(.kabupatenOutOfRange) }
        if kecamatan == 0 { return .failure(.kecamatanOutOfRange) }
        guard let kabupaten else { return .success(.province(province)) }
        guard let kecamatan else {
            return .success(.kabupaten(KabupatenCode(province: province, kabupaten: kabupaten)))
        }
        return .success(.kecamatan(KecamatanCode(province: province, kabupaten: kabupaten, kecamatan: kecamatan)))
    }

    /// Indonesian province codes run from 11 (Aceh) upward; nothing below 11 is a province.
    private static func checkProvince(_ digits: Substring) -> Problem? {
        CellText.digitsValue(digits)! < 11 ? .provinceOutOfRange : nil
    }

    /// Whether the cell is digits with `.0` appended, as a spreadsheet writes a code it took for a number.
    private static func isSpreadsheetNumber(_ text: Substring) -> Bool {
        // On the bytes: digits, then ".0" (the same as on characters, since digits are single bytes).
        let bytes = text.utf8
        guard bytes.count >= 3, bytes.last == UInt8(ascii: "0"), bytes.dropLast().last == UInt8(ascii: ".") else {
            return false
        }
        return bytes.dropLast(2).allSatisfy(CellText.isDigit)
    }
}

extension RegionCodeParser.Problem {
    /// The problem in the words of the column that expected a code.
    func error(expecting expected: RegionCodeParser.Expected) -> ValueError {
        let whatToWrite =
            switch expected {
            case .anyRegion:
                "write the Kemendagri code: 65.02.01 or 650201 (kecamatan), 65.02 (kabupaten/kota), 65 (province)"
            case .kecamatan: "write the Kemendagri code as 65.02.01 or 650201, or the 7-digit BPS code"
            case .bps: "write the 7-digit BPS kecamatan code, e.g. 6502040"
            }
        let codeName =
            switch expected {
            case .anyRegion: "region code"
            case .kecamatan: "kecamatan code"
            case .bps: "BPS kecamatan code"
            }
        return switch self {
        case .empty: ValueError("no \(codeName) given", hint: whatToWrite)
        case .notACode: ValueError("not a \(codeName)", hint: whatToWrite)
        case .decimalNumber:
            ValueError(
                "code written as a decimal number",
                hint: "format the code column as text in the spreadsheet, then write the code again without .0")
        case .oneDigitPart:
            ValueError("code part with one digit", hint: "write each part with two digits: 65.02.01, not 65.2.1")
        case .desaCode:
            ValueError(
                "desa code, not a kecamatan code",
                hint: "write the kecamatan code: the first three parts, e.g. 65.02.01")
        case .provinceOutOfRange:
            ValueError(
                "province part out of range", hint: "province codes run from 11 to 99: check the first two digits")
        case .kabupatenOutOfRange:
            ValueError(
                "kabupaten/kota part out of range",
                hint: "the kabupaten/kota part runs from 01 to 99: check the middle digits")
        case .kecamatanOutOfRange:
            ValueError(
                "kecamatan part out of range", hint: "the kecamatan part runs from 01 to 99: check the last two digits")
        case .provinceNotKecamatan: ValueError("province code, not a kecamatan code", hint: whatToWrite)
        case .kabupatenNotKecamatan: ValueError("kabupaten/kota code, not a kecamatan code", hint: whatToWrite)
        }
    }
}
