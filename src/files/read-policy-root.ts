import { constants } from 'node:fs'
import { lstat, open, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { classifyPath } from '../config/policy-paths.js'
import type { PolicyFileText } from '../config/validate-files.js'
import { decodePolicyFile } from './decode-policy-file.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

/**
 * How much the reader takes in before it refuses. Policy files are small (a team file with a dozen sources is a few
 * KiB), so a file over 1 MiB is a mistake or an attack; the total keeps a repository of many large files from
 * exhausting memory. Sizes are checked from the file system before anything is read.
 */
export interface ReadLimits {
  maxFileBytes: number
  maxTotalBytes: number
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 }

const MIB = 1024 * 1024
const size = (bytes: number) => (bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`)

/**
 * Reads the platform file and every team file under a policy root; other files are left alone. Files it will not
 * read come back with `refused` (too large, a symbolic link, not UTF-8) or are refused by the validator for their
 * name or place, so nothing that looks like a policy file is ever silently left out.
 */
export async function readPolicyRoot(
  root: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS
): Promise<PolicyFileText[]> {
  const found = (await listCandidates(root, '')).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  // Decided from sizes alone, in path order, before any file is read.
  let total = 0
  const decided = found.map((candidate): PolicyFileText | Candidate => {
    const { path } = candidate
    if (candidate.symlink) {
      const message =
        `\`${path}\` is a symbolic link; flux-policy does not follow links in the policy root (one ` +
        `could point outside the repository). Replace it with the ${candidate.directory ? 'folder' : 'file'} itself.`
      return { path, text: '', refused: { rule: 'file-symlink', message } }
    }
    if (classifyPath(path)?.refused) return { path, text: '' }
    if (candidate.bytes > limits.maxFileBytes) {
      return tooLarge(path, `is ${candidate.bytes} bytes, over the limit of ${size(limits.maxFileBytes)} per file`)
    }
    total += candidate.bytes
    if (total > limits.maxTotalBytes) {
      return tooLarge(path, `takes the policy files over ${size(limits.maxTotalBytes)} in all (counted in path order)`)
    }
    return candidate
  })
  return Promise.all(
    decided.map(async (entry): Promise<PolicyFileText> => {
      if ('text' in entry) return entry
      const { path } = entry
      const bytes = await readAtMost(join(root, path), limits.maxFileBytes)
      if (!bytes) return tooLarge(path, `grew over ${size(limits.maxFileBytes)} while it was read`)
      const decoded = decodePolicyFile(bytes)
      return 'text' in decoded ? { path, text: decoded.text } : { path, text: '', refused: decoded.refused }
    })
  )
}

function tooLarge(path: string, what: string): PolicyFileText {
  const message = `This file ${what}, so it was not read. Split it, or remove what does not belong in it.`
  return { path, text: '', refused: { rule: 'file-too-large', message } }
}

interface Candidate {
  path: string
  bytes: number
  symlink?: boolean
  directory?: boolean
}

/** Policy-file candidates with their sizes (from lstat, before reading), and symbolic links where policy files live. */
async function listCandidates(root: string, prefix: string): Promise<Candidate[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true })
  const nested = await Promise.all(
    entries.map(async (entry): Promise<Candidate[]> => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isSymbolicLink()) {
        const whereLinksMatter = path === 'teams' || path.startsWith('teams/') || classifyPath(path) !== undefined
        if (!whereLinksMatter) return []
        return [{ path, bytes: 0, symlink: true, directory: await isDirectoryTarget(join(root, path)) }]
      }
      if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : listCandidates(root, path)
      if (!entry.isFile() || classifyPath(path) === undefined) return []
      return [{ path, bytes: (await lstat(join(root, path))).size }]
    })
  )
  return nested.flat()
}

async function isDirectoryTarget(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

/** The file's bytes if it holds at most `limit` bytes; never follows a link and never reads more than limit + 1. */
async function readAtMost(path: string, limit: number): Promise<Uint8Array | undefined> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    const buffer = Buffer.alloc(Math.min((await handle.stat()).size, limit) + 1)
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return filled > limit ? undefined : buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}
