CREATE TABLE `document_template` (
	`form` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`data` blob NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_at` text NOT NULL
);
