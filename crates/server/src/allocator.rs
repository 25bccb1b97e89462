//! The server's global allocator: mimalloc for the many small blocks a request makes and frees,
//! the system's for large ones, so that memory the server no longer uses goes back at once.
//!
//! glibc's malloc and free took about a quarter of the CPU of a nested list (sqlx copies every
//! SQLite value out of its worker thread); mimalloc is much cheaper for those. But mimalloc keeps
//! freed large blocks in its arenas, such as each sign-in's 19 MiB argon2id block: with mimalloc
//! for everything, idle RSS rose from 42 to 73 MB. Blocks of [`LARGE`] and more therefore come
//! from glibc, which maps each on its own (see `tune_malloc`) and unmaps it when freed.

use std::alloc::{GlobalAlloc, Layout, System};

use mimalloc::MiMalloc;

/// Blocks this large and larger come from the system allocator: glibc's mapping threshold as
/// `tune_malloc` sets it.
pub const LARGE: usize = 256 * 1024;

/// mimalloc below [`LARGE`], the system allocator from it up. A block's size picks its
/// allocator, and `dealloc` gets the size it was allocated with, so each block is freed where it
/// came from.
pub struct SplitAllocator;

fn is_large(size: usize) -> bool {
    size >= LARGE
}

// SAFETY: every method forwards to the allocator that owns the block by its size, with the
// caller's layout; a block that crosses `LARGE` in `realloc` is moved by copying.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for SplitAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` holds for either allocator.
        unsafe {
            if is_large(layout.size()) {
                System.alloc(layout)
            } else {
                MiMalloc.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        unsafe {
            if is_large(layout.size()) {
                System.alloc_zeroed(layout)
            } else {
                MiMalloc.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `layout` is the one `ptr` was allocated with, so its size names the allocator
        // that made it.
        unsafe {
            if is_large(layout.size()) {
                System.dealloc(ptr, layout);
            } else {
                MiMalloc.dealloc(ptr, layout);
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: a block that stays on one side is resized by its own allocator; one that
        // crosses is allocated anew on the other side, copied and freed where it came from.
        unsafe {
            match (is_large(layout.size()), is_large(new_size)) {
                (false, false) => MiMalloc.realloc(ptr, layout, new_size),
                (true, true) => System.realloc(ptr, layout, new_size),
                _ => {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let new = self.alloc(new_layout);
                    if !new.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    new
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_their_bytes_when_they_grow_and_shrink_across_the_threshold() {
        let allocator = SplitAllocator;
        for (from, to) in [
            (64, LARGE + 64),
            (LARGE + 64, 64),
            (LARGE * 2, LARGE * 3),
            (64, 128),
        ] {
            let layout = Layout::from_size_align(from, 16).expect("a valid layout");
            #[allow(unsafe_code)]
            // SAFETY: the block is allocated, written and read within its bounds, and freed with
            // the layout it was last sized to.
            unsafe {
                let block = allocator.alloc(layout);
                assert!(!block.is_null());
                for i in 0..from {
                    *block.add(i) = (i % 251) as u8;
                }
                let grown = allocator.realloc(block, layout, to);
                assert!(!grown.is_null());
                for i in 0..from.min(to) {
                    assert_eq!(
                        *grown.add(i),
                        (i % 251) as u8,
                        "byte {i} moving {from} → {to}"
                    );
                }
                allocator.dealloc(
                    grown,
                    Layout::from_size_align(to, 16).expect("a valid layout"),
                );
            }
        }
    }
}
