import Foundation
import KPIModel
import KPITestSupport
import SystemPackage
import Testing

@testable import KPIFiles

/// The one write path: atomic replaces, appends that cut back first, directories, and the
/// one errno-to-error mapping, on real files in a scratch directory.
@Suite struct FileSystemTests {
    let scratch: Scratch
    var root: String { scratch.path }

    init() throws {
        scratch = try Scratch()
    }

    func names(_ directory: String) throws -> [String] {
        try FileSystem.list(directory).sorted()
    }

    @Test func replaceWritesAWholeNewFileAndLeavesNoTemporary() throws {
        let path = root + "/store.conf"
        try FileSystem.replace(path, with: Array("one\n".utf8))
        try FileSystem.replace(path, with: Array("two\n".utf8))
        #expect(try FileSystem.read(path) == Array("two\n".utf8))
        #expect(try names(root) == ["store.conf"])
    }

    @Test func writeThatCannotCreateNamesTheFileAndIsCannotCreate() throws {
        try FileSystem.write([1], to: root + "/file", durability: .unsynced)
        #expect(throws: KPIError(.cannotCreate, "\(root)/file/x: cannot create it: Not a directory")) {
            try FileSystem.write([1], to: root + "/file/x", durability: .synced)
        }
    }

    @Test func writePieceByPieceWritesThePiecesInOrderAndRemovesAFailedFile() throws {
        let path = root + "/index.html"
        try FileSystem.write(to: path, durability: .unsynced) { append in
            try append(Array("<p>".utf8))
            try append([])
            try append(Array("one</p>\n".utf8))
        }
        #expect(try FileSystem.read(path) == Array("<p>one</p>\n".utf8))
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try FileSystem.write(to: root + "/half.html", durability: .unsynced) { append in
                try append(Array("<p>".utf8))
                throw Stop()
            }
        }
        #expect(try names(root) == ["index.html"])
    }

    @Test func appendCutsBackToTheOffsetFirst() throws {
        let path = root + "/ICT01.kpi"
        #expect(try FileSystem.append(Array("abc\n".utf8), to: path, at: 0))
        #expect(try !FileSystem.append(Array("def\n".utf8), to: path, at: 4))
        // A repeated append (recovery after a crash) replaces what a first attempt left.
        #expect(try !FileSystem.append(Array("DEF\n".utf8), to: path, at: 4))
        #expect(try FileSystem.read(path) == Array("abc\nDEF\n".utf8))
    }

    @Test func readsRefuseSymbolicLinks() throws {
        try FileSystem.write(Array("x".utf8), to: root + "/real", durability: .unsynced)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        #expect(
            throws: KPIError(
                .badData, "\(root)/link: cannot read it: it is a symbolic link, and the store keeps only real files")
        ) {
            try FileSystem.read(root + "/link")
        }
        #expect(FileSystem.isSymbolicLink(root + "/link") && FileSystem.exists(root + "/link"))
        #expect(!FileSystem.isSymbolicLink(root + "/real") && !FileSystem.isDirectory(root + "/real"))
    }

    @Test func makeDirectoriesCreatesParentsAndNamesAFileInTheWay() throws {
        try FileSystem.makeDirectories(root + "/a/b/c")
        #expect(FileSystem.isDirectory(root + "/a/b/c"))
        try FileSystem.makeDirectories(root + "/a/b/c")
        try FileSystem.write([1], to: root + "/blocker", durability: .unsynced)
        #expect(
            throws: KPIError(
                .cannotCreate, "\(root)/blocker: cannot create the output directory: a file of that name exists")
        ) {
            try FileSystem.makeDirectories(root + "/blocker/x/y", action: .createOutputDirectory)
        }
    }

    @Test(
        "paths split with swift-system's FilePath",
        arguments: [
            ("s/x.svg", "s", "x.svg"), ("x.svg", "", "x.svg"), ("/x.svg", "/", "x.svg"), ("a/b/c.png", "a/b", "c.png"),
            ("Charts/2021-22-Q2/", "Charts", "2021-22-Q2"), ("s", "", "s"),
        ])
    func splitPaths(_ path: String, _ directory: String, _ name: String) {
        #expect(FileSystem.parent(of: path) == directory)
        #expect(FileSystem.name(of: path) == name)
    }

    @Test func replaceDirectorySwapsAWholeTreeIn() throws {
        let destination = root + "/pack"
        for round in 1...2 {
            let working = try FileSystem.makeWorkingDirectory(for: destination)
            try FileSystem.write(Array("\(round)".utf8), to: working + "/f", durability: .unsynced)
            try FileSystem.syncTree(working)
            try FileSystem.replaceDirectory(destination, with: working, action: .createOutputDirectory)
            #expect(try FileSystem.read(destination + "/f") == Array("\(round)".utf8))
            #expect(try names(root) == ["pack"], "the old tree is removed after the swap")
        }
        try FileSystem.write([1], to: root + "/file", durability: .unsynced)
        let working = try FileSystem.makeWorkingDirectory(for: root + "/file")
        #expect(
            throws: KPIError(
                .cannotCreate, "\(root)/file: cannot create the output directory: a file of that name exists")
        ) {
            try FileSystem.replaceDirectory(root + "/file", with: working, action: .createOutputDirectory)
        }
    }

    @Test func temporariesLeftByKilledRunsAreRemoved() throws {
        try FileSystem.makeDirectories(root + "/.pack.tmp-1/charts")
        try FileSystem.write([1], to: root + "/.pack.tmp-2", durability: .unsynced)
        try FileSystem.write([1], to: root + "/.other.tmp-3", durability: .unsynced)
        FileSystem.removeTemporaries(of: root + "/pack")
        #expect(try names(root) == [".other.tmp-3"])
    }

    @Test(
        "one mapping from errno to exit code and words",
        arguments: [
            (
                Errno.tooManySymbolicLinkLevels, FileAction.read, KPIError.Kind.badData,
                "it is a symbolic link, and the store keeps only real files"
            ),
            (.noSuchFileOrDirectory, .read, .missing, "No such file or directory"),
            (.noSpace, .write, .io, "the disk is full (No space left on device)"),
            (.diskQuotaExceeded, .create, .io, "the disk is full (Disk quota exceeded)"),
            (.permissionDenied, .create, .cannotCreate, "Permission denied"),
            (.readOnlyFileSystem, .createDirectory, .cannotCreate, "Read-only file system"),
            (.permissionDenied, .write, .io, "Permission denied"),
            (.ioError, .create, .cannotCreate, "Input/output error"),
            (.ioError, .read, .io, "Input/output error"),
        ])
    func errnoMapping(_ errno: Errno, _ action: FileAction, _ kind: KPIError.Kind, _ reason: String) {
        #expect(KPIError(errno, action, path: "Series/x") == KPIError(kind, "Series/x: \(action.phrase): \(reason)"))
    }

    @Test func anExclusiveLockShutsOutOthersUntilReleased() throws {
        let path = root + "/.lock"
        var held = try FileLock.acquire(path, .exclusive, timeout: 0)
        guard case .locked = held else { Issue.record("expected the lock, found \(held)"); return }
        guard case .timedOut = try FileLock.acquire(path, .shared, timeout: 0.05) else {
            Issue.record("a shared lock was granted while an exclusive one was held"); return
        }
        held = .timedOut  // releases the first lock
        guard case .locked = try FileLock.acquire(path, .shared, timeout: 0),
            case .locked = try FileLock.acquire(path, .shared, timeout: 0)
        else {
            Issue.record("shared locks were refused with nothing held"); return
        }
        _ = held
    }

    @Test func removeTreeRemovesEverythingButFollowsNoLink() throws {
        try FileSystem.makeDirectories(root + "/outside")
        try FileSystem.write([1], to: root + "/outside/keep", durability: .unsynced)
        try FileSystem.makeDirectories(root + "/tree/a/b")
        try FileSystem.write([1], to: root + "/tree/a/b/f", durability: .unsynced)
        try FileManager.default.createSymbolicLink(
            atPath: root + "/tree/a/link", withDestinationPath: root + "/outside")
        FileSystem.removeTree(root + "/tree")
        FileSystem.removeTree(root + "/nothing-here")
        #expect(try names(root) == ["outside"])
        #expect(try names(root + "/outside") == ["keep"])
    }
}
