import Foundation

/// The files of a corpus.
package enum FuzzCorpus {
    /// Every regular file named by `paths` or inside a folder it names (not hidden ones), sorted.
    package static func files(_ paths: some Sequence<String>) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files += names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
        }
        return files
    }
}
