-- Input files already loaded, for skipping them on a rerun.
SELECT input_file, content_sha256 FROM input_files;
