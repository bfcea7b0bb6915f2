<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Text</name>
    <message>
        <source>the rows to assign hold missing values or values beyond 1e+120, which cannot be clustered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows have %1 features but the model was fitted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown clustering algorithm &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSCAN found no segment: no customer has %1 customers (itself included) within eps = %2, so every one is noise; raise eps or lower the minimum samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDBSCAN found no segment: no group of at least %1 customers stands out from the rest; lower the minimum cluster size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the co-association matrix needs at least one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs of a co-association matrix label different numbers of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus clustering needs k &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus clustering needs at least one clustering to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus clustering needs at least one run per clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of customers each run draws must be above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference sample must hold from k = %1 to %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 consensus segments need as many customers; there are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 with k = %2 cannot run on %n customer(s) per run</source>
        <translation>
            <numerusform>%1 with k = %2 cannot run on %n customer per run</numerusform>
            <numerusform>%1 with k = %2 cannot run on %n customers per run</numerusform>
        </translation>
    </message>
    <message>
        <source>consensus clustering cannot run %1: its members must cut the customers into k segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSCAN needs at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DBSCAN radius eps must be a finite number &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DBSCAN minimum samples must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDBSCAN needs at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HDBSCAN minimum cluster size must be at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HDBSCAN minimum samples must be at least 1 (or 0 for the minimum cluster size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the k-distance curve needs at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the k-distance curve&apos;s minimum samples must be between 1 and the number of rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the core points, their labels and their radii must be as many (%1, %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows to assign have %1 features but the core points have %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture&apos;s component %1 has a covariance matrix that is not positive definite (it holds too few rows, or rows that lie on a line or plane); use a larger covariance regularization or the diagonal covariance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture&apos;s component %1 has a zero variance (its rows share a value); use a larger covariance regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture&apos;s density of some rows is not a finite number (a component&apos;s covariance is nearly singular); use a larger covariance regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 must be between 1 and the number of rows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of Gaussian mixture initialisations must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture iteration limit must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture tolerance must be a finite number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the covariance regularization must be a finite number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture was fitted to %1 features, but the data has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture model&apos;s weights, means and covariances do not fit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of k-means restarts must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the k-means iteration limit must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the k-means tolerance must be a finite number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial centroids must be a %1 × %2 matrix, not %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial centroids must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>k = %1 but the data has only %n distinct row(s)</source>
        <translation>
            <numerusform>k = %1 but the data has only %n distinct row</numerusform>
            <numerusform>k = %1 but the data has only %n distinct rows</numerusform>
        </translation>
    </message>
    <message>
        <source>mini-batch k-means needs k &gt;= 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch k-means needs a batch size of at least 1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch k-means needs a number of passes &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch k-means needs a tolerance &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch k-means needs a reassignment ratio &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch k-means needs a start sample of at least k = %1 rows, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of a block of %2 rows holds a missing value or a value beyond 1e+120, which cannot be clustered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows have %1 features but the start sample has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %2, feature %3 of the feature matrix holds %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward clustering needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the k-distance curve needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact Ward limit must be at least 2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of micro-clusters (%1) must be at least k (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of micro-clusters (%1) must not exceed the exact Ward limit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward clustering takes at most %1 leaves; lower the exact limit or the number of micro-clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>k = %1 but the data has only %n distinct row(s) in a sample of its rows</source>
        <translation>
            <numerusform>k = %1 but the data has only %n distinct row in a sample of its rows</numerusform>
            <numerusform>k = %1 but the data has only %n distinct rows in a sample of its rows</numerusform>
        </translation>
    </message>
    <message>
        <source>k = %1 must be between 1 and the 1 leaf of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>k = %1 must be between 1 and the %n leaves of the tree</source>
        <translation>
            <numerusform>k = %1 must be between 1 and the %n leaves of the tree</numerusform>
            <numerusform>k = %1 must be between 1 and the %n leaves of the tree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the tree has %n row(s), the data %1</source>
        <translation>
            <numerusform>the tree has %n row, the data %1</numerusform>
            <numerusform>the tree has %n rows, the data %1</numerusform>
        </translation>
    </message>
    <message>
        <source>k = %1 must be between 1 and the number of leaves (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dendrogram of 1 leaf has %1 merges, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a dendrogram of %n leaves has %1 merges, not %2</source>
        <translation>
            <numerusform>a dendrogram of %n leaves has %1 merges, not %2</numerusform>
            <numerusform>a dendrogram of %n leaves has %1 merges, not %2</numerusform>
        </translation>
    </message>
    <message>
        <source>merge %1 of the dendrogram joins cluster %2, which does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge %1 of the dendrogram joins cluster %2, which was merged before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a file: a row in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a file or a row, then a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place: what is wrong there</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key &apos;%2&apos; is given twice (%3); a key may appear only once in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key &apos;%2&apos;: the number %3 is out of range (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethnic origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>religion or belief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>political opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade union membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genetic or biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole numbers %1–%2 in %3 values and a name like a code: a category, not a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column role &apos;%1&apos;; the roles are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name marks a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name marks known segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name marks personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name marks a number that names something (a key), not a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every cell is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most of its cells are numbers, but some are not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are a few text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are codes with too many distinct values to be categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are free text or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are yes/no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name marks an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role (%1) was set for the column &apos;%2&apos;, but there is no such column; the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; cannot be %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are %1 values; a category is a code or a few text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are %1 values, not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cells are %1 values, not dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 holds &apos;%2&apos;, which is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; repeats: %2 rows for %3 ids (id &apos;%4&apos; has %5 rows). The data looks like a transaction log (a row per purchase or invoice line), not one row per customer, and clustering it would make segments of purchases. Read it as one row per customer instead: from its dates and amounts, each customer&apos;s purchases, time since the last one and spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back columns kept in a temporary file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep columns in a temporary file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is not kept in the temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for example &quot;CSV UTF-8&quot; in a spreadsheet program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value holds a NUL byte (byte offset %1), which text never does: the file is not UTF-8 text (it may be a binary file or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted value that starts on line %1 is longer than %2, the most a row may hold; a closing double quote may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line break in the first %1 of the row; a row (the header too) may hold at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;,&apos;, &apos;;&apos;, tab or &apos;|&apos; splits the header and the first rows evenly, but runs of spaces do: the columns were taken to be separated by spaces (%1 columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delimiter was found: &apos;,&apos;, &apos;;&apos;, tab and &apos;|&apos; do not occur in the header, and runs of spaces split the header into %1 fields but the line of row %2 into %3; the file was read as one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delimiter was found: &apos;,&apos;, &apos;;&apos;, tab and &apos;|&apos; do not occur in the header, and runs of spaces split the header into %1 fields but there are no rows to compare; the file was read as one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter was taken to be %1, but %2 would split the header and the first rows as evenly; if the columns are wrong, choose the delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter was taken to be %1, but %2 also occurs in the header; if the columns are wrong, choose the delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter was taken to be %1, but %2 also occur in the header; if the columns are wrong, choose the delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted value that starts on line %1 is never closed; a closing double quote is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (byte offset %1); a double quote inside a quoted value must be doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more than %1 fields, but the header has %2; a value that contains the delimiter %3 must be enclosed in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has more than %1 fields; a table may have at most %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1 (byte %2); save the file as UTF-8 (it may be Latin-1 or Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every name in the header row is a number (%1): the file may have no header row, and its first row was taken as the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 starts with a byte order mark (U+FEFF), as where two files were joined into one; it was removed from the first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 start with a byte order mark (U+FEFF), as where two files were joined into one; it was removed from the first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 repeats the header row, as where two files were joined into one; skipped as data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 repeat the header row, as where two files were joined into one; skipped as data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 holds only spaces or tabs and was skipped; the header is row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 to %2 hold only spaces or tabs and were skipped; the header is row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the file in chunks needs the type of every column, and &apos;%1&apos; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the header was read as one column: if the file uses a delimiter other than &apos;,&apos;, &apos;;&apos;, tab or &apos;|&apos;, choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s), but the header has %1</source>
        <translation>
            <numerusform>the row has %n field, but the header has %1</numerusform>
            <numerusform>the row has %n fields, but the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the columns are separated by spaces, so a value with a space in it must be enclosed in double quotes, and a missing value must be written (NA), not left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a value that contains the delimiter %2 must be enclosed in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; check for a missing delimiter or a line break inside an unquoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a header row and data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; starts with an invisible byte order mark (U+FEFF), as when a file is saved with two of them: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds whole numbers that are all dates written YYYYMMDD (row %2: %3); read as dates, not as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds dates such as %2 whose day and month could be either way round (no day above 12); read as day/month/year (the default order when a column does not show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds dates such as %2 whose day and month could be either way round (no day above 12); read as month/day/year (the default order when a column does not show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as categorical text, nothing was converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as identifier text, nothing was converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds whole numbers written with leading zeros (row %2: %3), as codes and customer numbers are; read as text, so the zeros are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; mixes numbers and text: %2 of %3 values are numbers, but row %4 holds %5; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; looks like numbers with a decimal comma or a thousands separator (row %2: %3); %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; looks like numbers with a decimal comma (row %2: %3); %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal comma is read only from files delimited by &apos;;&apos; or tabs: write the numbers with &apos;.&apos; as the decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal comma is read only when every value of the column is an integer or uses it: write every number with the same decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; looks like numbers with thousands separators (row %2: %3); %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the thousands separators to use it as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; looks like numbers with a currency or percent sign (row %2: %3); %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the signs to use it as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; looks like dates, but row %2 holds %3, which is not a date in the same format; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is a terminal; redirect a file or a pipe into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1: it is a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is a named pipe that no program opened for writing within %2 s; start the program that writes to it, or give a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1 to keep a copy of the input: %2; set TMPDIR to a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the temporary copy of the input in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is shorter than written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is longer than %1, the most read from standard input, a pipe or a device; save it to a file and give the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep a copy of the input in the temporary folder %1: %2; set TMPDIR to a folder with more room, or save the input to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 holds a NUL byte at byte offset %2; it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is larger than %2, the most it may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database can only be read from a file, not from standard input, a pipe or a device; give the database&apos;s file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has several tables; choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark &apos;%1&apos; sensitive: %2 has no such column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a valid SQLite database (SQLite: %1); it may be damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is cut short: the file holds %1 bytes, less than the 100-byte header of an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is cut short: its header gives %1 pages of %2 bytes (%3 bytes), but the file holds %4; copy the whole file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table or view named &apos;%1&apos;; the database has no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table or view named &apos;%1&apos;; the tables are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the table in chunks needs the type of every column, and &apos;%1&apos; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte %1 of the value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds a NUL byte (byte %1 of the value); text cannot contain NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds binary data (a BLOB); only numbers, text and NULL can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos;; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (%2) has no name in the header row; it is called &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column name &apos;%1&apos; appears twice in the header row (columns %2 (%3) and %4 (%5)); column names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type (%1) was set for the column &apos;%2&apos;, but there is no such column; the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer id column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the column is set to integer, but %n cell(s) cannot be read as whole numbers: %1</source>
        <translation>
            <numerusform>the column is set to integer, but %n cell cannot be read as whole numbers: %1</numerusform>
            <numerusform>the column is set to integer, but %n cells cannot be read as whole numbers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the column is set to boolean, but %n cell(s) cannot be read as true/false values (true/false, yes/no, t/f, y/n or 1/0): %1</source>
        <translation>
            <numerusform>the column is set to boolean, but %n cell cannot be read as true/false values (true/false, yes/no, t/f, y/n or 1/0): %1</numerusform>
            <numerusform>the column is set to boolean, but %n cells cannot be read as true/false values (true/false, yes/no, t/f, y/n or 1/0): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the column is set to date, but %n cell(s) cannot be read as dates (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331): %1</source>
        <translation>
            <numerusform>the column is set to date, but %n cell cannot be read as dates (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331): %1</numerusform>
            <numerusform>the column is set to date, but %n cells cannot be read as dates (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the column is set to real, but %n cell(s) cannot be read as numbers: %1</source>
        <translation>
            <numerusform>the column is set to real, but %n cell cannot be read as numbers: %1</numerusform>
            <numerusform>the column is set to real, but %n cells cannot be read as numbers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is entirely missing (all %2 values are empty or missing markers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds an integer too large to be stored exactly: row %2 %3 is read as %4 (numbers beyond 2^53 = 9007199254740992 keep about 16 significant digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n more value(s) like it</source>
        <translation>
            <numerusform>%1; %n more value like it</numerusform>
            <numerusform>%1; %n more values like it</numerusform>
        </translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds only integers of %2 or more digits, some too large to be stored exactly (row %3 %4); they look like codes, so the column is read as identifier text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the customer id is missing in %n row(s): %1; every row needs an id</source>
        <translation>
            <numerusform>the customer id is missing in %n row: %1; every row needs an id</numerusform>
            <numerusform>the customer id is missing in %n rows: %1; every row needs an id</numerusform>
        </translation>
    </message>
    <message>
        <source>id %1 appears in rows %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; and %2 more repeated ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; customer ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 rows for %3 ids look like a transaction log (a row per purchase): turn it into one row per customer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds numbers with a decimal comma (row %2: %3), read with &apos;,&apos; as the decimal mark (%3 is %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot append rows with %1 columns to a table of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot append rows: column %1 is &apos;%2&apos; (%3), not &apos;%4&apos; (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is %2 (it starts with a byte order mark); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is %2 (every second byte is NUL); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is %2 (three bytes of every four are NUL); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal comma or a thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a currency or percent sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no special style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lifetime-value model input (frequency, recency, T, monetary value in weeks): the purchase history of orders, days_since_last_order and tenure_days in the models&apos; terms, so not clustered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA failed: the covariance of the data is not finite (does the data contain NaN or infinite values?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA failed: the covariance eigen-decomposition did not converge (does the data contain NaN or infinite values?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA failed: the leading principal axes did not converge after %1 Lanczos steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA was fitted on %1 features but the new rows have %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA needs between 1 and %1 components (the number of features), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA needs at least one row of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Lanczos PCA solver finds fewer components than half the features, but %1 of %2 were asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP needs finite values; prepared row %1, feature %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; accepted values: euclidean, manhattan, cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: it must be at least 2 and less than the number of rows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are too few: the map is fitted on them, so they must be more than neighbors (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: it must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: it must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is greater than spread (%2); min_dist must not exceed spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: it must be 0 (chosen by size) to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: it must be 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP supports at most 2147483647 rows, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the neighbour graph has %1 disconnected parts, so the map starts from the principal components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spectral start did not converge, so the map starts from the principal components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP transform: the rows have %1 features, the map was fitted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no treated customers: the campaign cannot be judged here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no control customers: the campaign cannot be judged here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 5 conversions (or non-conversions) expected in an arm: the p-value&apos;s normal approximation is rough; the interval is the better guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion: no significant difference, but only a difference of %1 points or more would be found with %2 power: a smaller effect may have been missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue: no significant difference, but only a difference of %1 per customer or more would be found with %2 power: a smaller effect may have been missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confidence level must lie between 0.5 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the power must lie between 0.5 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 100 bootstrap resamples are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign&apos;s columns differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has neither conversions nor revenue to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covariate &apos;%1&apos; has the wrong number of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 is in segment %2, which the run lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1: a conversion is 0 or 1 (no or yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has no treated customers: lift compares the two arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has no control customers: lift compares the two arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue: fewer than two customers with a known revenue in an arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SMD %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arms differed before the campaign in %1: these may confound the lift, as if the campaign had caused the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arms hold the segments in different shares: the overall lift mixes them unequally; the per-segment lifts compare like with like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gap statistic needs kMax &gt;= 1, at least one reference set and one restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction strength needs 2 &lt;= kMin &lt;= kMax and at least one split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction strength&apos;s strata must have one label per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction strength for k up to %1 needs at least %2 customers, twice as many; there are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1 at row index %2 is invalid: cluster ids are &gt;= 0, and -1 marks noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data has %1 rows but there are %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two labelings have different lengths (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has not one label per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of run %1 are not ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has the label %2 outside its %3 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trustworthiness: the map has %1 rows, the data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trustworthiness: k = %1 needs at least 2k + 1 rows, there are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trustworthiness: the map has %1 points, the data %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: the system&apos;s reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: the file is read-only (its owner has no write permission), so it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: this user may not write the file, so it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file: name a file to write in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neither a regular file nor a character device or FIFO; refusing to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the permissions of the temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was already committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot name the temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the old file while replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same file as %1; each output needs a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put back: %2 (its old content is in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the files replaced before it were put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the symbolic link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot follow the symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 customers are left after setting aside the outliers beyond a robust z of %3, fewer than the %4 segments asked for; raise the outlier threshold or turn it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers were set aside as outliers (a feature beyond a robust z of %3) and are in no segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gaussian mixture treats the 0/1 features of the categorical columns %1 as continuous: segments tend to split by category rather than by behaviour; leave those columns out, or compare with k-means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped at its limit of %2 iterations before converging</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it found %n segment(s)</source>
        <translation>
            <numerusform>it found %n segment</numerusform>
            <numerusform>it found %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>its segments change with the seed (stability %1, below %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its smallest segment holds %1 of the customers, below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its separation (silhouette) is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it separates the customers less well than the current model (silhouette %1 against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment matching needs a label for every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature spec key &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; accepted keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight %1 is out of range; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight is a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown transform &apos;%1&apos;; accepted values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scaling &apos;%1&apos;; accepted values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown imputation &apos;%1&apos;; accepted values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature spec has no groups; list at least one group with its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every group of the feature spec is disabled (&quot;enabled&quot;: false): %1; enable a group to cluster its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enabled group of the feature spec lists a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enabled group of the feature spec lists a column; the disabled groups are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column was named; name the columns to cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds identifiers (free text or keys) and cannot be a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column named %1; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature spec must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected two quantiles, e.g. [0.01, 0.99]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0 &lt;= lower &lt; upper &lt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a feature spec lists its feature groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;name&quot; and &quot;columns&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every group needs a non-empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a column name or an object with &quot;column&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature spec file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal comma is read only from files delimited by &apos;;&apos; or tabs, in columns whose every value is an integer or uses it: write the numbers with &apos;.&apos; as the decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column looks like numbers with a decimal comma or a thousands separator (&apos;%1&apos;), which are not read as numbers; %2, or leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column looks like numbers with a decimal comma (&apos;%1&apos;), which are not read as numbers; %2, or leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column looks like numbers with thousands separators (&apos;%1&apos;), which are not read as numbers; remove the thousands separators, or leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column looks like numbers with a currency or percent sign (&apos;%1&apos;), which are not read as numbers; remove the currency or percent signs, or leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column looks like numbers with a decimal comma (row %1: &apos;%2&apos;), but &apos;%3&apos; has a thousands separator too, and thousands separators are never read as part of a number; remove them (a decimal comma alone is read in files delimited by &apos;;&apos; or tabs), or leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected numbers, but 1 of %1 cells is not: %2; correct them, leave them empty if they are missing, or leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected numbers, but %n of %1 cells are not: %2; correct them, leave them empty if they are missing, or leave the column out</source>
        <translation>
            <numerusform>expected numbers, but %n of %1 cells are not: %2; correct them, leave them empty if they are missing, or leave the column out</numerusform>
            <numerusform>expected numbers, but %n of %1 cells are not: %2; correct them, leave them empty if they are missing, or leave the column out</numerusform>
        </translation>
    </message>
    <message>
        <source>the column is %1, but the fitted features expect a categorical column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is %1, but the fitted features expect a date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is %1, but the fitted features expect a numeric column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value %1 is too large to cluster: feature values must lie within ±%2 so that squared distances stay finite; correct the value, or give the column in larger units (thousands, millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value %1 becomes %2 after scaling (centre %3, scale %4, weight %5), beyond the ±%6 that can be clustered; the column&apos;s spread is too small for its scaling: use zscore or minmax scaling, or leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log1p transform needs values of 0 or more, but this cell holds %1 (a date after the newest date seen when fitting); use the transform &quot;none&quot; or &quot;winsorize&quot; for this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log1p transform needs values of 0 or more, but this cell holds %1; use the transform &quot;none&quot; or &quot;winsorize&quot; for this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature spec lists this column more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column holds identifiers (free text or keys) and cannot be a feature; remove it from the feature spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transform &quot;%1&quot; applies to numeric columns, but this column is categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of the group &apos;%1&apos; is %2, out of range; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column&apos;s weight is %1, out of range; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature spec names %1, but the table has no such column; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>column &apos;%1&apos;: filled %n missing cell(s) with the mean (%2)</source>
        <translation>
            <numerusform>column &apos;%1&apos;: filled %n missing cell with the mean (%2)</numerusform>
            <numerusform>column &apos;%1&apos;: filled %n missing cells with the mean (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column &apos;%1&apos;: filled %n missing cell(s) with the most frequent value (%2)</source>
        <translation>
            <numerusform>column &apos;%1&apos;: filled %n missing cell with the most frequent value (%2)</numerusform>
            <numerusform>column &apos;%1&apos;: filled %n missing cells with the most frequent value (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column &apos;%1&apos;: filled %n missing cell(s) with the median (%2)</source>
        <translation>
            <numerusform>column &apos;%1&apos;: filled %n missing cell with the median (%2)</numerusform>
            <numerusform>column &apos;%1&apos;: filled %n missing cells with the median (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column &apos;%1&apos;: filled %n missing cell(s) with the most frequent level &apos;%2&apos;</source>
        <translation>
            <numerusform>column &apos;%1&apos;: filled %n missing cell with the most frequent level &apos;%2&apos;</numerusform>
            <numerusform>column &apos;%1&apos;: filled %n missing cells with the most frequent level &apos;%2&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is constant (every value is %2) and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is constant after winsorizing (every value becomes %2) and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: the interquartile range is 0, so it is scaled by its standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is constant (every value is &apos;%2&apos;) and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2 less frequent levels were pooled into &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column has no values (every cell is empty, NULL or a missing marker), so it cannot be a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row misses at least one feature value, so imputation &quot;drop&quot; leaves no rows; choose median, mean or mode imputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped %1 of %2 rows with a missing feature value (imputation &quot;drop&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is marked sensitive: segments that use it treat customers differently by it, which may be unlawful or unfair in marketing; leave it out of the features unless that is intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; looks like a sensitive attribute (%2): segments that use it treat customers differently by it, which may be unlawful or unfair in marketing; leave it out of the features unless that is intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable feature remains: every selected column is constant (%1); a feature needs at least two different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table part has fewer rows than the prepared data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of a stored transform are not rows of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time unit &apos;%1&apos;; accepted values: day, week, month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the amount column, or the unit price and quantity columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the amount column or the unit price column, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit price needs the quantity column: a line&apos;s amount is quantity x price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit price column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holdout end %1 must be after the calibration end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future (after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit price is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity is missing: without it the line has no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: without it the line has no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every cell equals row %1: counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every cell equals row %1: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative amount (%1 x %2) is a return, not a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative amount (%1) is a return, not a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: the purchase counts, its quantity does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) missing id (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) bad date (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) future date (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) bad amount (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s) first bought after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer made a purchase on or before the calibration end %1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer made a purchase on or before the calibration end %1 (%2 rows; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frequency column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recency column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the T column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monetary column &apos;%1&apos; does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frequency %1 is not a whole number of repeat purchases (0, 1, 2, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T %1 is negative (the time from the first purchase to the end of calibration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T is 0 but the frequency is %1: repeat purchases need time after the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recency %1 is not between 0 and T (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recency %1 must be 0 when the frequency is 0 (no repeat purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monetary value %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer each purchase belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase days in calibration (lines on one day are one purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from the last purchase to the calibration end in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from the last purchase to the calibration end in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from the last purchase to the calibration end in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from the first purchase to the calibration end in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from the first purchase to the calibration end in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from the first purchase to the calibration end in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calibration purchases&apos; summed amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total spend per purchase day (an average: its segment totals would mean nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summed value of returns (negative amounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summed quantity of the purchase lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct categories bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of the customer&apos;s purchase lines in channel &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the lifetime-value models, kept for them: repeat purchases x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in days (not the time since the last purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in weeks (not the time since the last purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in months (not the time since the last purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the lifetime-value models, kept for them: the mean repeat purchase (0 without a repeat purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing for one-time buyers, so not segmented on unless chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the customer first bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase days in the holdout period, against which forecasts are checked: never a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend in the holdout period, against which forecasts are checked: never a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) without a customer id left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) without a valid date left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) dated in the future left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) without a valid amount left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) with a negative amount counted as returns, not purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicate line(s) counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicate line(s) kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) with a quantity that is not a number: their quantity left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cell of the date column is a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration to %1, holdout to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transaction rows read as %2 customers (%3, in days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transaction rows read as %2 customers (%3, in weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transaction rows read as %2 customers (%3, in months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s) first bought after the calibration end: not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchase line(s) after %2 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 holds &apos;%2&apos; at %3 times its share among all customers (%4% against %5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of segments must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 segment labels for %2 prepared rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment label %1 is outside 0..%2 (and -1 for noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the money column must hold amounts, but it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is more than the archive can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 x %2 matrix is more than the archive can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of version %2, written by a newer SegmentScope; this one reads up to version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lifetime-value fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lifetime-value model has a parameter that is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group&apos;s enabled flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group&apos;s column count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fitted feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature&apos;s one-hot flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature&apos;s pooled flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature&apos;s date flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fitted transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a nearest-centroid model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian mixture options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covariance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Gaussian mixture model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mixture&apos;s weight count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Gaussian mixture&apos;s weights, means and covariances do not fit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSCAN options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDBSCAN options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch k-means options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consensus member count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a core-point model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a core point count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a core radius count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a core-point model&apos;s points, labels, radii and centres do not fit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlier options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alternative %2 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clustering options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clustering status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a membership count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dendrogram&apos;s summarised flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dendrogram of %1 leaves has %2 merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dendrogram merge has no finite height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dendrogram is not a tree of its leaves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a k sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a k count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the k of a sweep are not ascending from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Boost.Serialization binary archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes follow the end of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends early (%1 bytes wanted, %2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes follow the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims %1 bytes from %2 compressed bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data is longer than recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data is shorter than recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal places %1 beyond %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer bytes than cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value beyond 2^53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown number encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content hash does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes cannot hold %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level&apos;s length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text&apos;s length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is beyond the table&apos;s %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown score flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the salt &apos;%1&apos; is not hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the salt &apos;%1&apos; is not an even number of hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two different ids got the same hash with this salt; import again (a new salt is drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashing ids needs the id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id column &apos;%1&apos; is marked as personal data; hash the ids instead, or name no id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id column &apos;%1&apos; is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ids of &apos;%1&apos; are salted hashes already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table&apos;s ids are salted hashes: name their id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every column is personal data: nothing is left to store in a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s rows are not ascending rows of the project&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has not one label per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project holds no column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the customer id column; hash the ids instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 uses the column &apos;%2&apos; as a feature; delete the run first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: SQLite&apos;s reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading it takes too long (a damaged or hostile file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: table &apos;%1&apos; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: table &apos;%1&apos;, row %2, column &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <comment>an SQLite value type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <comment>an SQLite value type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <comment>an SQLite value type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blob</source>
        <comment>an SQLite value type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column role &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SegmentScope project: the file is not an SQLite database (it is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SegmentScope project: the file is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: it is truncated (%1 bytes, shorter than one database page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SegmentScope project: an SQLite database of another program (application_id %1, a project has 0x53675363)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project was written by a newer SegmentScope: its format version is %1, this version reads format versions up to %2; open it with a newer SegmentScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SegmentScope project: format version 0 was never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: it is truncated (%1 bytes of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: table &apos;meta&apos; has no &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: table &apos;meta&apos;, &apos;%1&apos; is &apos;%2&apos;, expected a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its centres are not one per segment in the features&apos; dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model&apos;s centres differ from its centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mixture&apos;s means differ from its centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its core-point model&apos;s centres differ from its centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its memberships are not one per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scores are not one per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sets aside more customers than it segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its options are for another algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its feature &apos;%1&apos; needs the column &apos;%2&apos;, which the project does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s column list does not match its table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the project: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the project: it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the project: it shrank while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: it has no table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: table &apos;meta&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a personal column is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: it has %1 rows but no stored column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: its data does not match its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: its id column &apos;%1&apos; is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run id %1 is not below the next id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment count of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: its current run %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment key out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run segments row %1 of a table of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segments were made with %1 values in this column, but it holds %2 values here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the segments need the column(s) %1, which the file lacks</source>
        <translation>
            <numerusform>the segments need the column %1, which the file lacks</numerusform>
            <numerusform>the segments need the columns %1, which the file lacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the segments need the column(s) %1, which the file lacks; if it was renamed, its new name may be one of %2</source>
        <translation>
            <numerusform>the segments need the column %1, which the file lacks; if it was renamed, its new name may be one of %2</numerusform>
            <numerusform>the segments need the columns %1, which the file lacks; if it was renamed, its new name may be one of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: population stability index %2 above %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 &apos;%2&apos;: %3% of the customers against %4% in the run, a change above %5 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: %2% of the customers against %3% in the run, a change above %4 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1, column &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yes or no (true/false, 1/0, &quot;yes&quot;/&quot;no&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, with a time if need be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customers must be a JSON array of objects, one per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 is %2, not an object of columns and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a category (text or a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 has none of the columns the segments read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SQL dialect &apos;%1&apos;: the dialects are sqlite, postgresql, spark and bigquery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scoring model has no column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scoring query needs the name of the table to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scoring query needs the column that identifies a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a density run (DBSCAN, HDBSCAN) assigns new customers by their nearest core customer, which one query cannot carry: score it with segscope score, or export a k-means, mini-batch, Ward, consensus or Gaussian mixture run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no segment with a centre to score into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has several tables; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample needs at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customers to fit the BG/NBD model to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 has x = %2, t_x = %3, T = %4; the BG/NBD model needs x &gt;= 0, 0 &lt;= t_x &lt;= T, and T &gt; 0 when x &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer has a repeat purchase with a positive value, so the Gamma-Gamma spend model cannot be fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BG/NBD fit ended with status &apos;%1&apos;: its forecasts may be off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gamma-Gamma fit has q &lt;= 1: customers without a repeat purchase get no expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer has a repeat purchase with a value: no lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: it must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only %n treated customer(s) (fewer than %1): its estimates are fragile</source>
        <translation>
            <numerusform>only %n treated customer (fewer than %1): its estimates are fragile</numerusform>
            <numerusform>only %n treated customers (fewer than %1): its estimates are fragile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n control customer(s) (fewer than %1): its estimates are fragile</source>
        <translation>
            <numerusform>only %n control customer (fewer than %1): its estimates are fragile</numerusform>
            <numerusform>only %n control customers (fewer than %1): its estimates are fragile</numerusform>
        </translation>
    </message>
    <message>
        <source>the project stores no column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 nests arrays and objects more than %2 deep (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchase line(s) have no channel: channel shares count the lines that have one; %2 customer(s) with none have no shares (filled as missing cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchase line(s) have no channel: channel shares count the lines that have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLite ran out of memory reading it, as it does on some damaged files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database: SQLite ran out of memory reading it, as it does on some damaged files (check it with: sqlite3 FILE &apos;PRAGMA integrity_check&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;customers&quot;: [...]} or an array of customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the demo customers (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments (2-30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first result is complete, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the dark theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a file or --demo, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k must be a whole number from 2 to 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1600x1000 (at least 400x300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete result within 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside customers beyond this robust z on any feature (as segscope cluster --outliers; 0, the default, keeps all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outliers must be a number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Personas tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (.segscope), CSV file or SQLite database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Runs tab (a project&apos;s run history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment map: umap (the default) or pca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map must be umap or pca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Value tab (size against value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Model tab (the purchase model&apos;s check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Tree tab (Ward&apos;s tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clustering algorithm: kmeans (the default), gmm (Gaussian mixture), ward, dbscan or hdbscan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSCAN&apos;s radius (default: suggested from the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSCAN&apos;s or HDBSCAN&apos;s min samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDBSCAN&apos;s minimum segment size (default: 1% of the customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to --algorithm %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--eps must be a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Scoring tab (the batches scored with the current run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Lift tab (the latest campaign analysed against the current run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segmentation for marketers. Without a file, shows the start page (or opens the demo customers, as the preferences say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours: system, light, dark or high-contrast (default: the preferences&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language: en, de, fr or es (default: the preferences&apos;, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the start page (with --screenshot: its picture, without data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be system, light, dark or high-contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-page opens no file: leave out the file and --demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::AlgorithmPage</name>
    <message>
        <source>How many times k-means starts from different customers and keeps the best result. More restarts make the segments less dependent on luck and take longer; 10 is plenty for most data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment has its own spread along each feature. Fast, and enough for most customer data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments may also be tilted: features that move together within a segment (spend and visits, say) are modelled. Slower with many features, and needs more customers per segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape each segment may take. Diagonal: its own spread along each feature. Full: also tilted, when features move together within a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EM r&amp;uns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the mixture is fitted from different starts; the most likely fit is kept. More runs are steadier and slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to set beyond k. These %1 customers are more than Ward&apos;s exact limit of %2: the tree joins %3 k-means micro-clusters instead of single customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to set beyond k. Exact up to %1 customers; above that the tree joins %2 k-means micro-clusters instead of single customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the radius from the data: the knee of the curve of each customer&apos;s distance to its min-samples-th nearest neighbour, where crowded customers end and sparse ones begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a radius from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close two customers must be to count as neighbours (in scaled feature units). Larger: fewer, bigger segments and less noise; smaller: more customers left as noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers (itself included) must lie within the radius for a customer to be the core of a segment. Larger: only dense groups become segments, more noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius from the data: %1, the knee of the %2-nearest-neighbour distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius from the data: the knee of the %1-nearest-neighbour distances, computed as DBSCAN runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data suggest a radius of %1; Suggest takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest takes the radius from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the minimum segment size from the data: 1% of the customers, at least 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum segment size from the data (1% of the customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest group of customers that counts as a segment. Smaller groups that split off a segment become noise. Larger: fewer, broader segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as size</source>
        <extracomment>HDBSCAN&apos;s min samples at 0: the minimum segment size is used.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How crowded a customer&apos;s neighbourhood must be for it to count as dense. Larger: more customers called noise, segments only in the densest regions. &quot;as size&quot; uses the minimum segment size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum segment size from the data: 1% of the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1% takes the minimum segment size from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k compact, similarly sized segments; every customer in the segment of the nearest centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k segments that may differ in spread; each customer belongs to each segment with a probability and is shown in the most probable. Slower than k-means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward (hierarchical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k segments from a tree that joins, step by step, the two groups whose union adds least to the spread within groups; the Tree tab shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSCAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the number of segments itself: dense groups of customers become segments, customers in sparse regions are left as noise (grey). Good for odd-shaped segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDBSCAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like DBSCAN, but finds segments of different densities and needs only the smallest segment size. Customers in no dense group are noise (grey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covariance, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EM run(s)</source>
        <translation>
            <numerusform>%n EM run</numerusform>
            <numerusform>%n EM runs</numerusform>
        </translation>
    </message>
    <message>
        <source>exact up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eps %1, min samples %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min segment size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min segment size %1, min samples %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times k-means starts, on a sample of the customers, from different customers; the best start is then refined on everyone in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per batch: each batch moves the segment centres a little. Larger batches move them more smoothly and take a little longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For millions of customers: nearly the segments of k-means in a fraction of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs per algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times k-means, the Gaussian mixture and Ward each run on a different 80% of the customers. More runs make each customer&apos;s agreement more precise and take longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments many runs of k-means, the Gaussian mixture and Ward agree on. Each customer&apos;s agreement (in its tooltip) says how often the runs put it with its segment; pale points on the map are customers the runs disagree on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means for large tables: starts on a sample and refines the segments on everyone in small batches. Nearly the same segments as k-means, much faster for millions of customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The k segments on which many runs of k-means, the Gaussian mixture and Ward agree, with each customer&apos;s agreement. The slowest, and the surest test of whether the segments are real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) per algorithm</source>
        <translation>
            <numerusform>%n run per algorithm</numerusform>
            <numerusform>%n runs per algorithm</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cova&amp;riance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Radius (eps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min sam&amp;ples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Minimum segment size from the data: 1% of the %1 customer(s).</source>
        <translation>
            <numerusform>Minimum segment size from the data: 1% of the %1 customer.</numerusform>
            <numerusform>Minimum segment size from the data: 1% of the %1 customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ContingencyPainter</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs to compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ControlsPanel</name>
    <message>
        <source>log(1 + x) before scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extremes clipped before scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / column</source>
        <extracomment>The second column: a group&apos;s weight, a column&apos;s transform (two lines).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed and settings always give the same segments. Try another to check that the segments are stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust (median, IQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min–max (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the segmentation again with the current settings (F5). Changes are applied automatically as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the %1 group: 2 doubles its features&apos; influence, 0.5 halves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the column&apos;s values are changed before scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight /
transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns to segment on. A group&apos;s weight multiplies its features&apos; share of the distance between customers. Double-click a column&apos;s transform to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s weight multiplies its features&apos; share of the distance. A column&apos;s transform is applied before scaling. log(1 + x) evens out skewed amounts such as spend, so a few big customers do not dominate; &quot;clip 1–99%&quot; caps values at the 1st and 99th percentiles. Double-click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean 0, standard deviation 1. A few extreme customers inflate the standard deviation and squeeze everyone else together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median 0, interquartile range 1: the middle half of the customers sets the scale, so extreme customers do not. They stay extreme, though: set them aside with Outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest value 0, largest 1: one extreme customer compresses everyone else into a corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw units: the feature with the largest numbers decides the distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How features are put on a common scale before distances are measured. Z-score: mean and standard deviation. Robust: median and interquartile range, not pulled by extreme customers. Min–max: 0 to 1. None: raw units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond z </source>
        <extracomment>Prefix of the outlier threshold: customers beyond this robust z-score are set aside.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside customers whose value on any feature lies further than this many robust standard deviations (1.4826 × the median absolute deviation) from the median. They are not clustered, appear grey on the map, are counted in the status bar and exported as segment −1. Keep all: no customer is set aside; 5 to 10 sets aside only the truly extreme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outliers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log(1 + x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip 1–99%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <extracomment>Short name of the log(1 + x) transform in the feature tree.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip</source>
        <extracomment>Short name of clipping to the 1st and 99th percentiles in the feature tree.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Double-click to change how it is transformed before scaling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clustering algorithm. k-means finds k compact, similarly sized segments; a Gaussian mixture allows segments of different spread; Ward builds a tree of segments; DBSCAN and HDBSCAN find the number of segments themselves and leave customers in sparse regions as noise. Its parameters are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This algorithm finds the number of segments itself: k and the seed do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finds the number of segments itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments (&amp;k):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recluster no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::CustomerTooltip</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(probability %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(agreement %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(strength %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::DendrogramView</name>
    <message>
        <source>Segment tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tree: the segments were not made by a hierarchical algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree is shown for Ward&apos;s hierarchical clustering: choose it under Algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the tree: its last %1 merges (the leaves are %2 k-means micro-clusters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the tree: its last %1 merges; each leaf is a group of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut: %1 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %1 merges of Ward&apos;s tree over %2 groups; the cut at height %3 gives %4 segment(s).</source>
        <translation>
            <numerusform>The last %1 merges of Ward&apos;s tree over %2 groups; the cut at height %3 gives %4 segment.</numerusform>
            <numerusform>The last %1 merges of Ward&apos;s tree over %2 groups; the cut at height %3 gives %4 segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::Document</name>
    <message>
        <source>Set k to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the known-segment column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the algorithm&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::EngineController</name>
    <message>
        <source>Run an analysis before sweeping k.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::EngineWorker</name>
    <message>
        <source>Analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The k sweep failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing k = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The k-distance curve suggests no eps: most customers share their place with %1 others. Set DBSCAN&apos;s radius (eps) yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing k = %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer is left after preparing the features</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 of the project does not fit its data: it segments %2 customer(s), the data prepares %3. Recluster to make a new run.</source>
        <translation>
            <numerusform>Run %1 of the project does not fit its data: it segments %2 customer, the data prepares %3. Recluster to make a new run.</numerusform>
            <numerusform>Run %1 of the project does not fit its data: it segments %2 customers, the data prepares %3. Recluster to make a new run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DBSCAN&apos;s minimum samples (%1) are more than the %2 customer(s)</source>
        <translation>
            <numerusform>DBSCAN&apos;s minimum samples (%1) are more than the %2 customer</numerusform>
            <numerusform>DBSCAN&apos;s minimum samples (%1) are more than the %2 customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generating %1 demo customer(s)</source>
        <translation>
            <numerusform>Generating %1 demo customer</numerusform>
            <numerusform>Generating %1 demo customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::FeatureLabel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A one-hot feature: column, then one of its values, e.g. &quot;acquisition channel: referral&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency &amp; loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::HeatmapPainter</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment average vs. all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs. all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment profiles appear here once customers are segmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: by size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::HeatmapView</name>
    <message>
        <source>Segment profile heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Segment average: %3
All customers: %4
Difference: %5 standard deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to switch between segment order and size order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to order the segments by this feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: one row per value, each the share of customers with that value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to highlight this segment in every view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell colours: how far the segment average lies from the average of all customers, in standard deviations (sd) of the features as clustered (after log(1 + x) and scaling). Blue is below, red above; beyond 2 sd the colour stays the same. The numbers in the tooltips are in the data&apos;s own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments: %1, features: %2, customers: %3. Each cell is the segment&apos;s average against all customers, in standard deviations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strongest traits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 standard deviations; segment average %4, all customers %5</source>
        <extracomment>The heatmap cell under the keyboard cursor, for screen readers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment&apos;s average of each feature against all customers, in standard deviations: blue below, red above. Arrow keys, Home, End, Page Up and Page Down move the cell cursor; Enter highlights its segment in every view; S orders the segments by its feature, O switches between segment and size order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 customer(s) (%3)</source>
        <translation>
            <numerusform>%1: %2 customer (%3)</numerusform>
            <numerusform>%1: %2 customers (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 customer(s) in no segment</source>
        <translation>
            <numerusform>%1: %2 customer in no segment</numerusform>
            <numerusform>%1: %2 customers in no segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 customer(s) (%3)</source>
        <translation>
            <numerusform>%1
%2 customer (%3)</numerusform>
            <numerusform>%1
%2 customers (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::HelpBrowser</name>
    <message>
        <source>SegmentScope user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ImageExport</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: images can be saved as PNG (.png) or SVG (.svg) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: there is nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ImportDialog</name>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text / id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table or view of the SQLite database to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file, as they will be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column that identifies each customer; every value must be present and unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a column of known segments, to measure how well the clustering recovers them (adjusted Rand index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked columns take part in the segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the known segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer id and the known segments must be different columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one feature to segment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id (key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value (money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 (suggested: %2, because %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1, because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the first rows and the detected column types, then choose the customer id, what each column means (its role), the features to segment on and their groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Features, roles and groups (double-click a role or a group to change it; hover over a role to see why it was suggested):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first row, the first %1 of %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a feature: its role is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction log: read as customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive one row per customer from the purchases, and segment the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each purchase was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each line cost; a negative amount is a return. Leave it at (none) when the log gives a unit price and a quantity instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per unit, for a log without line totals: a line&apos;s amount is quantity × unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: units per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the sales channel, as each customer&apos;s shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the product category, as how many each customer bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last weeks of purchases aside: the customers are described as they were before them, and the Model tab compares the forecast purchases with those made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holdout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; repeats: each row is a purchase. Read as customers, each gets their purchases, time since the last one, tenure and spend, up to the last date in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of purchase dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the amount column, or the unit price and quantity columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the amount or the unit price, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit price needs the quantity column: a line&apos;s amount is quantity × unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known segments cannot come from a transaction log: they belong to customers, and its rows are purchases. Choose (none) as the known segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the previewed rows). Read it as customers (the transaction log section), or to read the rows as they are, choose (none) as the customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the previewed rows hold the purchases of %1 customer(s); the whole file is read on import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ids by salted &amp;hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy: each customer id becomes a hash of a random salt and the id as the file is read. Segments, exports and the saved project show only the hashes; the salt is kept in the project, so the same ids always get the same hashes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %1 row(s), the first %2 of %3 columns</source>
        <translation>
            <numerusform>Preview: the first %1 row, the first %2 of %3 columns</numerusform>
            <numerusform>Preview: the first %1 rows, the first %2 of %3 columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first row, %1 column(s)</source>
        <translation>
            <numerusform>Preview: the first row, %1 column</numerusform>
            <numerusform>Preview: the first row, %1 columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %1 rows, %2 column(s)</source>
        <translation>
            <numerusform>Preview: the first %1 rows, %2 column</numerusform>
            <numerusform>Preview: the first %1 rows, %2 columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::LiftView</name>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign lift by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run to show a campaign&apos;s lift for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign has been analysed against run %1 yet. segscope lift compares a campaign&apos;s treated and control customers in each segment and records the result here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded analyses that could not be read (%1) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion %1 against %2: %3 points (%4% interval %5 to %6), %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer %1 against %2: %3 (%4 to %5), %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign moved %1 in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaigns were analysed against this run; the latest is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion, treated − control (points), %1% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer, treated − control, %1% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● significant after the correction   ○ not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign lift by segment, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1, analysed on %2: %3 customer(s) (%4 treated, %5 control).</source>
        <translation>
            <numerusform>Campaign %1, analysed on %2: %3 customer (%4 treated, %5 control).</numerusform>
            <numerusform>Campaign %1, analysed on %2: %3 customers (%4 treated, %5 control).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No segment&apos;s %1 moved significantly after the correction for testing %2 segment(s).</source>
        <translation>
            <numerusform>No segment&apos;s %1 moved significantly after the correction for testing %2 segment.</numerusform>
            <numerusform>No segment&apos;s %1 moved significantly after the correction for testing %2 segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::MainWindow</name>
    <message>
        <source>Drag: lasso · Shift+drag: rectangle · Wheel: zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inertia (elbow) and silhouette for each k on the current features. Click a k to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well each number of segments fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers chosen in the segment map against everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50,000 synthetic customers with six known segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SegmentScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SegmentScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegmentScope %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for marketers: cluster customers into segments, see what sets each apart, and name them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready – segmented in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegmentScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentscope.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save each customer&apos;s segment as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-segments.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;map picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;heatmap picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the segment map as a PNG image or SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the heatmap as a PNG image or SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment-map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment-heatmap.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save map picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save heatmap picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no segments to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the segments to %1: it is the customer data file that is open. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who each segment is and what it is worth: a draft persona per segment to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment&apos;s share of the customers against its share of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order heatmap rows by &amp;separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the features from the one that separates the segments most (the largest share of its variance between segments) to the least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same segments as run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments differ from run %1, made with the same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs kept in the project: restore, annotate, delete or compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project, or customer data from a CSV file or an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export persona &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for a client: overview, one page per persona, methods; previewed before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;workbook (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment table, the personas and every customer&apos;s segment and value as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready – run %1 of the project, as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegmentScope[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] – SegmentScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project or customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and customer data (*.segscope *.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;SegmentScope projects (*.segscope);;Customer data (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the purchase model behind the lifetime values describes these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward&apos;s tree: how the segments were joined, and where it is cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers scored with the current run, batch by batch: segment shares and drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the latest campaign analysed against the current run did in each segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 customer(s)…</source>
        <translation>
            <numerusform>Exporting %1 customer…</numerusform>
            <numerusform>Exporting %1 customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 customer(s) to %2</source>
        <translation>
            <numerusform>Exported %1 customer to %2</numerusform>
            <numerusform>Exported %1 customers to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready – segmented in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::MapController</name>
    <message numerus="yes">
        <source>UMAP of %Ln customers, %1 s</source>
        <translation>
            <numerusform>UMAP of %Ln customer, %1 s</numerusform>
            <numerusform>UMAP of %Ln customers, %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>, PCA start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, fitted on %Ln</source>
        <translation>
            <numerusform>, fitted on %Ln</numerusform>
            <numerusform>, fitted on %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The UMAP map could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP map from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::MapControls</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP keeps each customer&apos;s nearest neighbours together, so segments show as groups; distances between far-apart groups are not to scale. PCA shows the two directions of largest variance and appears at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many nearest customers shape each one&apos;s neighbourhood: fewer show fine local detail, more show the overall structure (UMAP&apos;s n_neighbors, 15 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tightly customers may pack together on the map (UMAP&apos;s min_dist, 0.1 by default; at most the spread, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euclidean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manhattan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the distance between two customers&apos; features is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;tric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is fitted on at most this many customers; the others are placed into it. Larger is more faithful and slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nei&amp;ghbours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;n. distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;it sample:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::MapPresenter</name>
    <message>
        <source>PC %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP map settling: epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the UMAP map: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA map: the two directions of largest variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the UMAP map; PCA is shown until it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP: gaps between groups are not to scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UMAP map was cancelled; PCA is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pale: under %1% sure of their segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ModelCheckView</name>
    <message>
        <source>Purchase model check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted and expected customers by number of repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifetime-value model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase model&apos;s check appears when the data has the lifetime-value inputs (frequency, recency, T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the purchase model fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model expects. Bars of like height say the model describes how often these customers buy. A log read with a holdout period also shows the purchases made in it beside those the model predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted and expected customers by number of repeat purchases, and purchases made and predicted in the holdout period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it predict the holdout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted (mean)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ModelSelectionChart</name>
    <message>
        <source>Inertia (lower = tighter segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette (higher = better separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet: run a sweep over k to see how well each number of segments fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a k to use it: look for a bend in inertia and a high silhouette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a k to use it. A bend in inertia and a high silhouette suggest a good k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1
Inertia: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested k = %1. Click a k to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a k to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No k stands out: the best silhouette, %1 at k = %2, shows no substantial structure (0.25 or less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inertia curve bends at k = %1: use it, or the number of segments you can act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number of segments you can act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasonable structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested k = %1: the highest silhouette (%2, %3) and the bend of the inertia curve agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested k = %1: the highest silhouette (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested k = %1: the highest silhouette (%2, %3); the inertia curve bends at k = %4, a simpler alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested k = %1: the highest silhouette (%2, %3); the inertia curve bends at k = %4, a finer alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1: inertia %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inertia and silhouette by number of segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::PersonaReport</name>
    <message>
        <source>Persona %1 of %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 of all customers: probably a few extreme customers rather than a segment to market to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers (%1 of all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95%: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime value per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(still a customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: standardised mean difference against the other customers (right: higher, left: lower). A label names a trait only beyond the dashed lines (±0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel columns in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discount or promotion columns in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk indicator stands out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their share of the whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet: write them in the explorer&apos;s Personas view (Edit…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods and limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the segments were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm and the choice of k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line and left axis: silhouette. Bars: inertia, relative to k = %1. The chosen k is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (−1 to 1; above 0.25 the segments are distinguishable, above 0.5 clearly separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARI %1, NMI %2 against the column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean adjusted Rand index between this segmentation and %2 made with other seeds (1 = the same customers in the same segments; above 0.9 stable, below 0.75 unstable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fitted (no spend per repeat purchase): lifetime value unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifetime value was modelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments describe behaviour in the data given; they are not causes. k-means favours compact, similarly sized groups and puts every customer in exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is a two-dimensional projection: distances on it are approximate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona labels and sentences are drafted from traits whose standardised difference is at least 0.5; edited texts are the analyst&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals are bootstrap percentiles over customers and do not include the uncertainty of the segmentation or of the value models&apos; parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD assumes customers buy at a steady rate until they leave for good, unseen; Gamma-Gamma that spend does not depend on how often they buy. Forecasts assume the future resembles the calibration period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segments and personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegmentScope  ·  data fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONA REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 of the customers&apos; expected lifetime value with %3 of the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, k = %2, seed %3, scaling %4, imputation %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SHA-256 of every cell; equal data, equal fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is a customer, placed so that customers with similar behaviour lie close together, and coloured by segment. The bars compare the segments&apos; size with their value; the whiskers are 95% bootstrap intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal component 1 (%1 of the variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal component 2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMAP 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment map was not computed for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets the segments apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell shows how far a segment&apos;s mean lies from all customers&apos; mean, in standard deviations: red above, blue below. Rows are ordered by how strongly the feature separates the segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue is the column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at the evaluation limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter at a bound of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model expects. Bars of like height say the model describes how often these customers buy; a gap at the right says it misjudges the most frequent buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s frequency check is left out of this page for want of room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows the silhouette (line: how well separated the segments are, higher is better) and the inertia (bars: the spread within segments, which always falls as k grows) for k = %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gaussian mixture (%1 covariances, EM from %2 k-means starts, the highest likelihood kept; seed %3) with k = %4, the number of segments chosen by the analyst. Each customer is in the segment of highest probability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments describe behaviour in the data given; they are not causes. A Gaussian mixture allows segments of different spread and shape; customers between segments belong partly to several and are counted in the most probable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward&apos;s hierarchical clustering of %1 k-means micro-clusters (seed %2), the tree cut at k = %3, the number of segments chosen by the analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward&apos;s hierarchical clustering (each step joins the two groups whose union adds least to the spread within groups), the tree cut at k = %1, the number of segments chosen by the analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSCAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDBSCAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the campaign did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holm&apos;s method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Benjamini–Hochberg method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (no correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference, points (interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference (interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant change in conversion in: %1. In brackets, the smallest difference in points each test would find with %2% power: a smaller effect may have been missed, so &quot;no change&quot; is not proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant change in revenue per customer in: %1. In brackets, the smallest difference each test would find with %2% power: a smaller effect may have been missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the campaign the two groups were alike on every feature of the segmentation and in their mix of segments (standardised mean differences within ±%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the campaign the groups differed in: %1 (standardised mean differences beyond ±%2). A difference the campaign did not cause can pass for lift; the per-segment rows compare like with like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in each segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns look like sensitive attributes, or were marked as such. Segments that differ strongly in them treat customers differently by them, even when the column is not a feature: another feature can stand in for it. Each cell is a level&apos;s share of the segment&apos;s customers with a value; a share below 0.8 or above 1.25 times the share among all customers is in bold (the four-fifths rule, used as a screen, not a verdict). Segments of fewer than %1 customers are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further attributes are left out for want of space: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (marked sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (looks like %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) holds %3 at %4 times its share among all customers (%5 against %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment holds a level outside the four-fifths screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest disparities: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 %2, discount %3 per %4, margin %5; columns %6, %7, %8%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD and Gamma-Gamma, horizon %1 %2, discount %3 per %4, margin %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value, expected purchases and P(alive) come from the BG/NBD and Gamma-Gamma models over %1 %2 (see Methods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The campaign %1, analysed on %2 against this segmentation: %3 customers, %4 treated and %5 in the control group. Each difference is treated minus control with its %6% interval (Newcombe&apos;s hybrid score interval for conversion rates, a bootstrap of %7 resamples for revenue). P-values are adjusted across the %8 segment(s) by %9; a filled dot is significant after the adjustment.</source>
        <translation>
            <numerusform>The campaign %1, analysed on %2 against this segmentation: %3 customers, %4 treated and %5 in the control group. Each difference is treated minus control with its %6% interval (Newcombe&apos;s hybrid score interval for conversion rates, a bootstrap of %7 resamples for revenue). P-values are adjusted across the %8 segment by %9; a filled dot is significant after the adjustment.</numerusform>
            <numerusform>The campaign %1, analysed on %2 against this segmentation: %3 customers, %4 treated and %5 in the control group. Each difference is treated minus control with its %6% interval (Newcombe&apos;s hybrid score interval for conversion rates, a bootstrap of %7 resamples for revenue). P-values are adjusted across the %8 segments by %9; a filled dot is significant after the adjustment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the campaign&apos;s %1 customer(s), %2 are not in this data set and %3 are in no segment (they count among all customers only).</source>
        <translation>
            <numerusform>Of the campaign&apos;s %1 customer, %2 are not in this data set and %3 are in no segment (they count among all customers only).</numerusform>
            <numerusform>Of the campaign&apos;s %1 customers, %2 are not in this data set and %3 are in no segment (they count among all customers only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This segment has fewer than %1 customer(s). Its persona, figures and composition are not shown: statistics of so few customers could identify them. The minimum is set with --min-segment-size.</source>
        <translation>
            <numerusform>This segment has fewer than %1 customer. Its persona, figures and composition are not shown: statistics of so few customers could identify them. The minimum is set with --min-segment-size.</numerusform>
            <numerusform>This segment has fewer than %1 customers. Its persona, figures and composition are not shown: statistics of so few customers could identify them. The minimum is set with --min-segment-size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers were read; %2 were segmented on %3 feature(s) after the transforms of the feature spec (scaling: %4; missing values: %5).</source>
        <translation>
            <numerusform>%1 customers were read; %2 were segmented on %3 feature after the transforms of the feature spec (scaling: %4; missing values: %5).</numerusform>
            <numerusform>%1 customers were read; %2 were segmented on %3 features after the transforms of the feature spec (scaling: %4; missing values: %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) beyond a robust z of %2 were set aside as outliers.</source>
        <translation>
            <numerusform>%1 customer beyond a robust z of %2 was set aside as an outlier.</numerusform>
            <numerusform>%1 customers beyond a robust z of %2 were set aside as outliers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mini-batch k-means (k-means with %1 restart(s) on a sample of up to %2 customers, then passes over all customers in batches of %3; seed %4) with k = %5, the number of segments chosen by the analyst.</source>
        <translation>
            <numerusform>Mini-batch k-means (k-means with %1 restart on a sample of up to %2 customers, then passes over all customers in batches of %3; seed %4) with k = %5, the number of segments chosen by the analyst.</numerusform>
            <numerusform>Mini-batch k-means (k-means with %1 restarts on a sample of up to %2 customers, then passes over all customers in batches of %3; seed %4) with k = %5, the number of segments chosen by the analyst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consensus clustering (Monti et al. 2003): %1 runs of %2 algorithm(s) on resampled customers vote on who belongs together, and the votes are cut into k = %3 segments, the number chosen by the analyst; each customer&apos;s agreement says how consistently the runs put it with its segment.</source>
        <translation>
            <numerusform>Consensus clustering (Monti et al. 2003): %1 runs of %2 algorithm on resampled customers vote on who belongs together, and the votes are cut into k = %3 segments, the number chosen by the analyst; each customer&apos;s agreement says how consistently the runs put it with its segment.</numerusform>
            <numerusform>Consensus clustering (Monti et al. 2003): %1 runs of %2 algorithms on resampled customers vote on who belongs together, and the votes are cut into k = %3 segments, the number chosen by the analyst; each customer&apos;s agreement says how consistently the runs put it with its segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>k-means (k-means++ starts, %1 restart(s), the lowest inertia kept; seed %2) with k = %3, the number of segments chosen by the analyst.</source>
        <translation>
            <numerusform>k-means (k-means++ starts, %1 restart, the lowest inertia kept; seed %2) with k = %3, the number of segments chosen by the analyst.</numerusform>
            <numerusform>k-means (k-means++ starts, %1 restarts, the lowest inertia kept; seed %2) with k = %3, the number of segments chosen by the analyst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, which finds the number of segments itself: %2 segment(s), and customers in sparse regions in none.</source>
        <translation>
            <numerusform>%1, which finds the number of segments itself: %2 segment, and customers in sparse regions in none.</numerusform>
            <numerusform>%1, which finds the number of segments itself: %2 segments, and customers in sparse regions in none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>r %1, α %2, a %3, b %4; log-likelihood %5 over %6 customer(s) (%7)</source>
        <translation>
            <numerusform>r %1, α %2, a %3, b %4; log-likelihood %5 over %6 customer (%7)</numerusform>
            <numerusform>r %1, α %2, a %3, b %4; log-likelihood %5 over %6 customers (%7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>p %1, q %2, γ %3; log-likelihood %4 over %5 repeat customer(s) (%6)</source>
        <translation>
            <numerusform>p %1, q %2, γ %3; log-likelihood %4 over %5 repeat customer (%6)</numerusform>
            <numerusform>p %1, q %2, γ %3; log-likelihood %4 over %5 repeat customers (%6)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers fall into %2 segment(s). The largest, %3, holds %4 of them.</source>
        <translation>
            <numerusform>%1 customers fall into %2 segment. The largest, %3, holds %4 of them.</numerusform>
            <numerusform>%1 customers fall into %2 segments. The largest, %3, holds %4 of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s), %2 segmented, %3 set aside as outliers</source>
        <translation>
            <numerusform>%1 row, %2 segmented, %3 set aside as outliers</numerusform>
            <numerusform>%1 rows, %2 segmented, %3 set aside as outliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each figure with its 95% bootstrap interval below it (%1 resample(s) of the customers within each segment; the bounds of shares in percent).</source>
        <translation>
            <numerusform>Each figure with its 95% bootstrap interval below it (%1 resample of the customers within each segment; the bounds of shares in percent).</numerusform>
            <numerusform>Each figure with its 95% bootstrap interval below it (%1 resamples of the customers within each segment; the bounds of shares in percent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>suppressed: fewer than %1 customer(s)</source>
        <translation>
            <numerusform>suppressed: fewer than %1 customer</numerusform>
            <numerusform>suppressed: fewer than %1 customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::PersonaText</name>
    <message>
        <source>High-value</source>
        <comment>label adjective (plural, capitalised): customers who spend more (spend, revenue, lifetime value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big spenders</source>
        <comment>label noun (plural): customers who spend more (spend, revenue, lifetime value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend more</source>
        <comment>phrase after &apos;customers who&apos;: customers who spend more (spend, revenue, lifetime value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value</source>
        <comment>label adjective (plural, capitalised): customers who spend less (spend, revenue, lifetime value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small spenders</source>
        <comment>label noun (plural): customers who spend less (spend, revenue, lifetime value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend less</source>
        <comment>phrase after &apos;customers who&apos;: customers who spend less (spend, revenue, lifetime value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent</source>
        <comment>label adjective (plural, capitalised): customers who buy more often (orders, purchases)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulars</source>
        <comment>label noun (plural): customers who buy more often (orders, purchases)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy more often</source>
        <comment>phrase after &apos;customers who&apos;: customers who buy more often (orders, purchases)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrequent</source>
        <comment>label adjective (plural, capitalised): customers who buy less often (orders, purchases)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occasional buyers</source>
        <comment>label noun (plural): customers who buy less often (orders, purchases)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy less often</source>
        <comment>phrase after &apos;customers who&apos;: customers who buy less often (orders, purchases)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <comment>label adjective (plural, capitalised): customers whose last purchase is longer ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsers</source>
        <comment>label noun (plural): customers whose last purchase is longer ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have not bought for longer</source>
        <comment>phrase after &apos;customers who&apos;: customers whose last purchase is longer ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently active</source>
        <comment>label adjective (plural, capitalised): customers whose last purchase is more recent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active buyers</source>
        <comment>label noun (plural): customers whose last purchase is more recent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought more recently</source>
        <comment>phrase after &apos;customers who&apos;: customers whose last purchase is more recent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-standing</source>
        <comment>label adjective (plural, capitalised): customers who have been customers for longer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-timers</source>
        <comment>label noun (plural): customers who have been customers for longer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have been customers for longer</source>
        <comment>phrase after &apos;customers who&apos;: customers who have been customers for longer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>label adjective (plural, capitalised): customers who became customers more recently</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newcomers</source>
        <comment>label noun (plural): customers who became customers more recently</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined more recently</source>
        <comment>phrase after &apos;customers who&apos;: customers who became customers more recently</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount-driven</source>
        <comment>label adjective (plural, capitalised): customers who use discounts and coupons more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount seekers</source>
        <comment>label noun (plural): customers who use discounts and coupons more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy on discount more often</source>
        <comment>phrase after &apos;customers who&apos;: customers who use discounts and coupons more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-price</source>
        <comment>label adjective (plural, capitalised): customers who use discounts and coupons less</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-price buyers</source>
        <comment>label noun (plural): customers who use discounts and coupons less</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use discounts less</source>
        <comment>phrase after &apos;customers who&apos;: customers who use discounts and coupons less</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return-prone</source>
        <comment>label adjective (plural, capitalised): customers who send more purchases back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returners</source>
        <comment>label noun (plural): customers who send more purchases back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return more</source>
        <comment>phrase after &apos;customers who&apos;: customers who send more purchases back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-return</source>
        <comment>label adjective (plural, capitalised): customers who send fewer purchases back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepers</source>
        <comment>label noun (plural): customers who send fewer purchases back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return less</source>
        <comment>phrase after &apos;customers who&apos;: customers who send fewer purchases back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly engaged</source>
        <comment>label adjective (plural, capitalised): customers with more sessions, page views, visits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browsers</source>
        <comment>label noun (plural): customers with more sessions, page views, visits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browse more</source>
        <comment>phrase after &apos;customers who&apos;: customers with more sessions, page views, visits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged</source>
        <comment>label adjective (plural, capitalised): customers with fewer sessions, page views, visits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet customers</source>
        <comment>label noun (plural): customers with fewer sessions, page views, visits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browse less</source>
        <comment>phrase after &apos;customers who&apos;: customers with fewer sessions, page views, visits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail-responsive</source>
        <comment>label adjective (plural, capitalised): customers who open and click more e-mails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail readers</source>
        <comment>label noun (plural): customers who open and click more e-mails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open more e-mails</source>
        <comment>phrase after &apos;customers who&apos;: customers who open and click more e-mails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail-averse</source>
        <comment>label adjective (plural, capitalised): customers who open and click fewer e-mails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail ignorers</source>
        <comment>label noun (plural): customers who open and click fewer e-mails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open fewer e-mails</source>
        <comment>phrase after &apos;customers who&apos;: customers who open and click fewer e-mails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-first</source>
        <comment>label adjective (plural, capitalised): customers who use the app more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app users</source>
        <comment>label noun (plural): customers who use the app more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the app more</source>
        <comment>phrase after &apos;customers who&apos;: customers who use the app more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store-first</source>
        <comment>label adjective (plural, capitalised): customers who buy in store more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store shoppers</source>
        <comment>label noun (plural): customers who buy in store more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy in store more</source>
        <comment>phrase after &apos;customers who&apos;: customers who buy in store more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-first</source>
        <comment>label adjective (plural, capitalised): customers who use the website more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web shoppers</source>
        <comment>label noun (plural): customers who use the website more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the website more</source>
        <comment>phrase after &apos;customers who&apos;: customers who use the website more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty-club</source>
        <comment>label adjective (plural, capitalised): customers more often in the loyalty programme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <comment>label noun (plural): customers more often in the loyalty programme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are more often loyalty members</source>
        <comment>phrase after &apos;customers who&apos;: customers more often in the loyalty programme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>label adjective (plural, capitalised): customers more likely still customers (P(alive))</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active customers</source>
        <comment>label noun (plural): customers more likely still customers (P(alive))</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are more likely still customers</source>
        <comment>phrase after &apos;customers who&apos;: customers more likely still customers (P(alive))</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk</source>
        <comment>label adjective (plural, capitalised): customers less likely still customers (P(alive))</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drifting customers</source>
        <comment>label noun (plural): customers less likely still customers (P(alive))</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are less likely still customers</source>
        <comment>phrase after &apos;customers who&apos;: customers less likely still customers (P(alive))</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list: %1 every item but the last, %2 the last</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list: %1 the items so far, %2 the next (not the last)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3 against %4 overall)</source>
        <comment>price sensitivity or risk with its evidence: %1 the statement, %2 the feature&apos;s (column&apos;s) name, %3 the segment&apos;s mean, %4 every customer&apos;s mean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-%1</source>
        <comment>label adjective (plural, capitalised): customers with a high %1 (a feature)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-%1</source>
        <comment>label adjective (plural, capitalised): customers with a low %1 (a feature)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <comment>label noun (plural): customers at %1, a level of a column (&quot;Channel 2&quot;)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high-%1 customers</source>
        <comment>label noun (plural): customers with a high %1 (a feature)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low-%1 customers</source>
        <comment>label noun (plural): customers with a low %1 (a feature)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are more often %1</source>
        <comment>phrase after &apos;customers who&apos;: %1 a level of a column (&quot;Channel 2&quot;)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have higher %1</source>
        <comment>phrase after &apos;customers who&apos;: %1 a feature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have lower %1</source>
        <comment>phrase after &apos;customers who&apos;: %1 a feature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical customers</source>
        <comment>persona label of a segment no trait sets apart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <comment>persona label of one trait: %1 its adjective (plural)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>persona label of two traits: %1 the adjective of the first (plural), %2 the noun of the second (plural); &quot;%2 %1&quot; puts the adjective after the noun (then write the adjectives in lower case)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty segment %1</source>
        <comment>persona label of a segment without customers: %1 its number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (segment %2)</source>
        <comment>a persona label another segment has too: %1 the label, %2 the segment&apos;s number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is in this segment. It has no traits to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their share of the customers is %1.</source>
        <comment>persona description, second sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They hold %1 of the expected lifetime value, %2 per customer, and %3 of them are likely still customers.</source>
        <comment>persona description, second sentence: %1 share of lifetime value, %2 lifetime value per customer, %3 mean P(alive) as a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They hold %1 of the expected lifetime value, %2 per customer.</source>
        <comment>persona description, second sentence: %1 share of lifetime value, %2 lifetime value per customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They bring %1 of %2, %3 per customer, and %4 of them are likely still customers.</source>
        <comment>persona description, second sentence: %1 share of the revenue, %2 the revenue column&apos;s name, %3 revenue per customer, %4 mean P(alive) as a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They bring %1 of %2, %3 per customer.</source>
        <comment>persona description, second sentence: %1 share of the revenue, %2 the revenue column&apos;s name, %3 revenue per customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>sales channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <comment>sales channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web</source>
        <comment>sales channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a persona&apos;s channel: %1 its name, %2 its share of the segment&apos;s purchases</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <comment>price sensitivity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <comment>price sensitivity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <comment>price sensitivity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long time since the last purchase</source>
        <comment>persona risk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high returns</source>
        <comment>persona risk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low chance of still being a customer (mean P(alive) %1)</source>
        <comment>persona risk: %1 a probability</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less likely than the rest to still be a customer (mean P(alive) %1)</source>
        <comment>persona risk: %1 a probability</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) (%2) who look much like the rest: no trait sets them apart by half a standard deviation or more.</source>
        <comment>persona description, first sentence: %1 the segment&apos;s customers, %2 their share of all</comment>
        <translation>
            <numerusform>%1 customer (%2) who looks much like the rest: no trait sets them apart by half a standard deviation or more.</numerusform>
            <numerusform>%1 customers (%2) who look much like the rest: no trait sets them apart by half a standard deviation or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) (%2) who %3 than the rest.</source>
        <comment>persona description, first sentence: %1 the segment&apos;s customers, %2 their share of all, %3 a list of phrases (&quot;spend more, buy more often and return less&quot;)</comment>
        <translation>
            <numerusform>%1 customer (%2), one of those who %3 than the rest.</numerusform>
            <numerusform>%1 customers (%2) who %3 than the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::PersonaView</name>
    <message>
        <source>Personas appear here once the customers are segmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted from the segment&apos;s strongest traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the label, the description and the strategy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue %1 per customer</source>
        <extracomment>Persona card: revenue per customer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime value %1 per customer</source>
        <extracomment>Persona card: expected lifetime value per customer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price sensitivity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy notes: none yet (Edit… to add them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to offer this segment, through which channel, and what to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the persona of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) (%1)</source>
        <extracomment>Persona card: customers in the segment and their share of all.</extracomment>
        <translation>
            <numerusform>%Ln customer (%1)</numerusform>
            <numerusform>%Ln customers (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processor cores the analyses use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes are kept aside this often and offered back after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust (median and IQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the features of data opened from now on are scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means &amp;restarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means starts this many times on data opened from now on and keeps the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UMAP sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is fitted on this many customers; the others are placed on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when SegmentScope starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;start page when no file is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the demo customers open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ProjectActions</name>
    <message>
        <source>SegmentScope projects (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data, the segments, their names and personas in a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the segmentation on screen to the project&apos;s run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegmentScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 against run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegmentScope ended without saving %1. Recover the changes autosaved at %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ProjectSession</name>
    <message>
        <source>The data cannot be kept in a project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ReportExporter</name>
    <message>
        <source>Export workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the persona report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export persona report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ReportFormat</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ReportInput</name>
    <message>
        <source>The data has no frequency, recency and T columns, so no lifetime value was modelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s customers are not the rows its spec prepares from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ReportPreview</name>
    <message>
        <source>Persona report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::RunComparisonView</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2, k = %3, seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part counts when it holds at least %1 of a segment&apos;s customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 ‘%2’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stayed as segment %2: %3 of its customers went there and make up %4 of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 split into segments %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged into segment %2 with small parts of other segments (%3 of its customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged with %2 into segment %3 (%4 of its customers; %5 of the new segment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone: its customers scattered, no more than %2 into any one segment of run %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of run %2 is new, made of small parts of run %3&apos;s segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of run %2 is new; most of it came from %3 of run %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 against run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; left out: %1 with a segment in run %2 only, %3 in run %4 only (set aside as outliers or not segmented in the other run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same data, features, options and seed: the segments are identical, customer for customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same data, features, options and seed, yet the segments differ (engine %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two runs to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s): %2 of row segment, %3 of column segment</source>
        <translation>
            <numerusform>%1 customer: %2 of row segment, %3 of column segment</numerusform>
            <numerusform>%1 customers: %2 of row segment, %3 of column segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) compared</source>
        <translation>
            <numerusform>%1 customer compared</numerusform>
            <numerusform>%1 customers compared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::RunHistoryModel</name>
    <message>
        <source>Run %1, the run shown; made by engine %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1, made by engine %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier run has the same data, features, options and seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same data, features, options and seed as run %1, and the same segments for every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same data, features, options and seed as run %1, but the segments differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to say why this run matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1, identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1, differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean silhouette (−1 to 1; higher: segments better separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davies–Bouldin index (lower: segments more compact and apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calinski–Harabasz index (higher: segments more distinct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted Rand index against the known segments of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier run with the same data, features, options and seed, and whether it gave the same segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns clustered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm&apos;s own settings, such as restarts or DBSCAN&apos;s radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::RunHistoryPanel</name>
    <message>
        <source>No runs yet. Each segmentation you keep appears here with its settings and quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected run again, with its segments and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why this run matters (or double-click its note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two runs to see where each segment&apos;s customers went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected run from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run %1? Its segments, metrics and note leave the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ScatterPainter</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load customer data and compute segments to see the segment map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) outside the view (0: show all)</source>
        <translation>
            <numerusform>%1 customer outside the view (0: show all)</numerusform>
            <numerusform>%1 customers outside the view (0: show all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ScatterView</name>
    <message>
        <source>Segment map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s)
Click to highlight this segment.</source>
        <translation>
            <numerusform>%1: %n customer
Click to highlight this segment.</numerusform>
            <numerusform>%1: %n customers
Click to highlight this segment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer as a point, coloured by segment. Scroll to zoom, drag with the middle button or Space held to pan, drag to draw a lasso, Shift+drag to select a rectangle, Escape to clear the selection. The map opens on the typical customers: Home returns there, 0 shows every customer, the extreme ones included. Grey points are customers set aside as outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1, not segmented yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1, segments: %2. Each point is a customer, coloured by segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes: %1 across, %2 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers outside the visible range: %1 (0 shows them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 customer(s) (%3)</source>
        <translation>
            <numerusform>%1: %2 customer (%3)</numerusform>
            <numerusform>%1: %2 customers (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ScoringHistoryView</name>
    <message>
        <source>Each segment&apos;s share, batch by batch (dashed: in the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest drift index of a column, batch by batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run to show the scoring history of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers have been scored with run %1 yet. Each batch that segscope score scores into it is recorded in the project and shown here, with its drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few to judge drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retraining is recommended (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drift beyond the thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded batches that could not be read (%1) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold for retraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One batch scored with run %1, on %2: %3 customer(s); </source>
        <translation>
            <numerusform>One batch scored with run %1, on %2: %3 customer; </numerusform>
            <numerusform>One batch scored with run %1, on %2: %3 customers; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 batches scored with run %2. The latest, on %3: %4 customer(s); </source>
        <translation>
            <numerusform>%1 batches scored with run %2. The latest, on %3: %4 customer; </numerusform>
            <numerusform>%1 batches scored with run %2. The latest, on %3: %4 customers; </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::SegmentAppearance</name>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1, %2</source>
        <extracomment>A segment the user named, with its number: &quot;Segment 3, Bargain hunters&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::SegmentEvolutionChart</name>
    <message>
        <source>Segments across runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments across runs: each run&apos;s shares; one colour is one segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in run %2: %3% of the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::SegmentExporter</name>
    <message>
        <source>Cannot export the segments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::SegmentFigures</name>
    <message>
        <source>B</source>
        <extracomment>Abbreviations of a billion, a million and a thousand after a number (&quot;1.24M&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean %2 · total %3 (%4 of all %1)</source>
        <extracomment>Money of one column in one segment: column, mean per customer, total, share of the column&apos;s total.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 customer (%1 of %2, below %3): probably an outlier rather than a segment to market to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %1 customer(s) (%2 of %3, below %4): probably outliers rather than a segment to market to. Consider setting outliers aside.</source>
        <translation>
            <numerusform>Only %1 customer (%2 of %3, below %4): probably an outlier rather than a segment to market to. Consider setting outliers aside.</numerusform>
            <numerusform>Only %1 customers (%2 of %3, below %4): probably outliers rather than a segment to market to. Consider setting outliers aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::SegmentTableModel</name>
    <message>
        <source>%1 %2 %3σ</source>
        <extracomment>A segment trait: arrow, feature name, z-score in standard deviations, e.g. &quot;↑ revenue +1.8σ&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to name this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in this segment vs. %3 overall (%4 sd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all customers in this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features that set the segment apart, in standard deviations (σ) from the average customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <extracomment>A lifetime-value cell: mean per customer, then the segment&apos;s total and its share of all value.
----------
A money cell: mean per customer, then the segment&apos;s total and its share of the whole.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this segment: mean %2 per customer, total %3, %4 of all %1 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers beyond the outlier threshold on some feature: in no segment, grey on the map, segment -1 in the export. Click to choose them in the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean · total (share)</source>
        <extracomment>Header of a money column: the column&apos;s name, then what its cells show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a money column): the arithmetic mean per customer of the segment, the segment&apos;s total, and its share of the total over all customers, in the data&apos;s own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in the segment. %1 marks a segment too small to be one (fewer than %2 of all customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A bootstrap interval: &quot;low – high&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean probability that a customer of this segment is still a customer (BG/NBD): %1 (95% interval %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value: mean · total (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected lifetime value per customer (BG/NBD and Gamma-Gamma), the segment&apos;s total and its share of all customers&apos; value. The tooltip of a cell gives the 95% intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean purchases per customer expected over the forecast horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean probability that the segment&apos;s customers are still customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>Stability below 0.6: a warning sign before the figure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well each segment survives resampling (Hennig 2007): the mean Jaccard similarity between the segment and its best match when resampled customers are segmented again. Above 0.75 stable; below 0.60 (marked ⚠) unstable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise: customers in no dense group (and any set aside as outliers), so in no segment. Grey on the map, segment -1 in the export. Click to choose them in the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of %3 (above 0.75).</source>
        <translation>
            <numerusform>Stable: in %1 resample of %2 customers the segment came back with a mean Jaccard similarity of %3 (above 0.75).</numerusform>
            <numerusform>Stable: in %1 resamples of %2 customers the segment came back with a mean Jaccard similarity of %3 (above 0.75).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A real pattern whose boundary moves: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of %3 (0.60 to 0.75).</source>
        <translation>
            <numerusform>A real pattern whose boundary moves: in %1 resample of %2 customers the segment came back with a mean Jaccard similarity of %3 (0.60 to 0.75).</numerusform>
            <numerusform>A real pattern whose boundary moves: in %1 resamples of %2 customers the segment came back with a mean Jaccard similarity of %3 (0.60 to 0.75).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of only %3 (below 0.60). It may be an artefact of the seed or the sample; try another k before acting on it.</source>
        <translation>
            <numerusform>Unstable: in %1 resample of %2 customers the segment came back with a mean Jaccard similarity of only %3 (below 0.60). It may be an artefact of the seed or the sample; try another k before acting on it.</numerusform>
            <numerusform>Unstable: in %1 resamples of %2 customers the segment came back with a mean Jaccard similarity of only %3 (below 0.60). It may be an artefact of the seed or the sample; try another k before acting on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected lifetime value over the next %1 week(s): mean %2 per customer (95% interval %3), total %4 (%5), %6 of all customers&apos; value (%7). Intervals: bootstrap, %8 resamples.</source>
        <translation>
            <numerusform>Expected lifetime value over the next %1 week: mean %2 per customer (95% interval %3), total %4 (%5), %6 of all customers&apos; value (%7). Intervals: bootstrap, %8 resamples.</numerusform>
            <numerusform>Expected lifetime value over the next %1 weeks: mean %2 per customer (95% interval %3), total %4 (%5), %6 of all customers&apos; value (%7). Intervals: bootstrap, %8 resamples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchases a customer of this segment is expected to make in the next %1 week(s): %2 (95% interval %3).</source>
        <translation>
            <numerusform>Purchases a customer of this segment is expected to make in the next %1 week: %2 (95% interval %3).</numerusform>
            <numerusform>Purchases a customer of this segment is expected to make in the next %1 weeks: %2 (95% interval %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>95% intervals (bootstrap, %1 resample(s)): mean %2 – %3, total %4 – %5</source>
        <translation>
            <numerusform>95% intervals (bootstrap, %1 resample): mean %2 – %3, total %4 – %5</numerusform>
            <numerusform>95% intervals (bootstrap, %1 resamples): mean %2 – %3, total %4 – %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::SegmentTableView</name>
    <message>
        <source>Click a segment to highlight it in every view; double-click its label to rename it (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per segment: its number, label, size, share, money and traits. The up and down arrow keys highlight a segment in every view; F2 renames it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::SegmentValueChart</name>
    <message>
        <source>Size against value appears when the data has a money column or the lifetime-value inputs (frequency, recency, T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the customers, %3 of the lifetime value (95% interval %4 – %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the customers, %3 of the revenue (95% interval %4 – %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::SelectionProfilePanel</name>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the customers chosen in the segment map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features in which the chosen customers differ most from everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a lasso in the segment map (Shift+drag for a rectangle) to see how those customers differ from everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers chosen (%2% of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic means and totals of the money columns over the chosen customers, in the data&apos;s own units, and their share of the total over all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference of the means in population standard deviations of the features as clustered (after log(1 + x) where applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean %2 · total %3 (%4 of all)</source>
        <extracomment>Money of the chosen customers in one column: column, mean per customer, total, share of all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features of the chosen customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::StartPage</name>
    <message>
        <source>1 of 3: Open your customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an SQLite table with one row per customer (or a transaction log, one row per purchase). SegmentScope checks every column, suggests what each one means and shows what it will fill in or leave out before anything is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 of 3: Find the segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number of segments k and the feature groups on the left. The map, the heatmap and the segment table update together; the chart of k and the quality figures say how far to trust the segmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 of 3: Turn segments into personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name each segment, read its persona card (traits, channels, value) and export the persona report as a PDF. Save the project to reopen it exactly as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegmentScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn behavioural customer data into segments you can act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open your customer data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file, an SQLite database or a SegmentScope project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50,000 synthetic customers of an online shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::StatusPanel</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running computation (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of the current segmentation:
Silhouette (−1 to 1, higher is better; on a 5,000-customer sample)
Davies–Bouldin (lower is better)
Calinski–Harabasz (higher is better)
ARI: agreement with the known segments (1 = identical, 0 = chance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davies–Bouldin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calinski–Harabasz %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 segmented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;While reading and preparing the data:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Click to keep this list open.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While reading and preparing the data, SegmentScope noted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 segmented, %2 set aside as outliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 in segments, %2 noise, %3 set aside as outliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 in segments, %2 noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %1 feature(s)</source>
        <translation>
            <numerusform>  ·  %1 feature</numerusform>
            <numerusform>  ·  %1 features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 note(s) on the data</source>
        <translation>
            <numerusform>%1 note on the data</numerusform>
            <numerusform>%1 notes on the data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::SweepPresenter</name>
    <message>
        <source>Computing k = %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This algorithm finds the number of segments itself: there is no k to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::TableOpener</name>
    <message>
        <source>Cannot read %1: the file does not exist or is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pipe or a device, not a file. The explorer reads its data more than once (for the preview, then for the import), so it needs a file: save the data to a file and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generating %1 demo customer(s)…</source>
        <translation>
            <numerusform>Generating %1 demo customer…</numerusform>
            <numerusform>Generating %1 demo customers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ValueChecks</name>
    <message>
        <source>Does the purchase model fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customers</source>
        <translation>
            <numerusform>%1 · %Ln customer</numerusform>
            <numerusform>%1 · %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source> · calibration period to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · holdout period to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD (Fader, Hardie &amp; Lee 2005) models how often each customer buys and whether they are still a customer. These are the checks its authors use: how many customers it expects at each number of repeat purchases, and how many purchases it forecasts after the period it was fitted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by repeat purchases in the calibration period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the holdout period, by repeat purchases in calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars of like height say the model describes how often these customers buy; a gap at the right says it misjudges the most frequent buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holdout period: give --holdout-end to compare the model&apos;s forecast with the purchases made after the calibration period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the %1 %2 of the holdout period the model predicted %3 purchases; %4 were made (%5 of the forecast). Bars of like height in every group say the forecast holds for light and heavy buyers alike.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::Workspace</name>
    <message>
        <source>Segment map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature heatmap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segscope</name>
    <message>
        <source>unknown option %1: options start with two dashes, such as --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 expects a whole number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 must be between %2 and %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 expects a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project create makes a new project: --project does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster --project reads the project&apos;s data: give no INPUT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies when data is read; the project&apos;s data was read when it was made (segscope project create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project create needs exactly one INPUT file (CSV or SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster needs exactly one INPUT file (CSV or SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project create needs --out, the project file to write (P.segscope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hash-ids applies to project create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note annotates a run of a project: give --project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k: %1 finds the number of segments itself; leave --k out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster needs --k, the number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hash-ids needs --id-column, the column of customer ids to hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transforms: %1; scaling %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ARI %1, NMI %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment      size   share
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--covariance: unknown covariance &apos;%1&apos;; available: diagonal, full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to --algorithm %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--micro-clusters %1 is below --k %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--micro-clusters %1 is above --exact-limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-sample %1 is below --k %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--algorithms: %1 does not cut the customers into --k segments; consensus runs kmeans, minibatch, gmm or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--algorithms needs at least one algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the k-distance curve suggests no eps (most customers share their place with %1 others); give --eps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eps %1: the knee of the %2-distance curve; give --eps to choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum cluster size %1: 1% of the customers; give --min-cluster-size to choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) without a customer id left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) without a valid date left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) dated in the future left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) without a valid amount left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) with a negative amount counted as returns, not purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicate line(s) counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicate line(s) kept (--drop-duplicates counts them once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) with a quantity that is not a number: their quantity left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clv needs exactly one TRANSACTIONS file (CSV or SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clv needs --json OUT, the file for the fitted models and totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer summary (--frequency-column) needs --%1 too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for a transaction log; with --frequency-column the input is one row per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clv needs --%1 (or a customer summary with --frequency-column, --recency-column, --tenure-column and --monetary-column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holdout-end %1 must be after --calibration-end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calibration-end %1 is after today (%2): the calibration period must have ended (give --today for data exported on another day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--charts is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 fit ended with status &apos;%2&apos;: its figures may be off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gamma-Gamma fit has q = %1 &lt;= 1: the mean spend per purchase does not exist, so no value is given to customers without a repeat purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD: r %1, alpha %2, a %3, b %4, log-likelihood %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma: p %1, q %2, gamma %3, log-likelihood %4; frequency/spend correlation %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the project has no such run; its runs are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a run number (1, 2, …), not &apos;%2&apos;; see segscope project runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (%2, k %3, seed %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 stayed as %2 (%3 of its customers; they make up %4 of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 split into %2 (largest part %3 of its customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 merged into %2 with small parts of other segments (%3 of its customers; %4 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 merged with %2 into %3 (%4 of its customers; %5 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is gone: no segment of run %2 took %3 of its customers (the most any took: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there; most of it came from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same data, spec, options and seed: identical assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same data, spec, options and seed, but other assignments: the runs were made by engine %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same data, spec, options and seed, but other assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1&apos;s segments (rows) against run %2&apos;s (columns): customers, and the share of the row
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project compare needs the project and two run numbers: segscope project compare P.segscope RUN_A RUN_B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers compared  %1 (only in run %2: %3; only in run %4: %5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reproduction        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened to the segments (a part counts from %1 of a segment&apos;s customers):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--algorithms: %1 finds the number of segments itself; consensus runs algorithms that take --k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resampling: unknown method &apos;%1&apos;; available: subsample, bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus needs --k, the number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subsample must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample %1 is below --k %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k %1 needs at least as many customers; %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 runs find other segments than the consensus (mean ARI %2 against it); every customer&apos;s agreement counts their votes: leave it out of --algorithms to measure agreement among the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the customers agree with their segment in fewer than 80% of the runs: %2 segments may not be the data&apos;s grouping; try another --k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs (%2 per algorithm) on %3 customers each; co-association on %4 customers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers agreeing with their segment in fewer than 80% of the runs: %1 (%2%)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs against the consensus: mean ARI %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an empty column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is given two roles: %2 (%3) and %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role expects COLUMN=ROLE, such as --role Region=categorical, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every column is excluded by --exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exclude leaves out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer id column &apos;%1&apos; (--id-column) is never a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label column &apos;%1&apos; (--label-column) is never a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 (role %3: %4), not a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; has no values (all NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; has no values (all empty or missing markers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is left to map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is left to cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; name the columns to use with --columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for a transaction log: give its date column with --date-column too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction log (--date-column) needs --id-column, the column of the customer each purchase belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label-column cannot be used with a transaction log: known segments belong to customers, and the log&apos;s rows are purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holdout-end needs --calibration-end: the holdout is the time between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--features cannot be combined with --columns or --exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input (&apos;-&apos;) can be INPUT or the --features file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label-column %1 is the --id-column too; the known segments need a column of their own (ids are unique, so every customer would be a segment of one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns &apos;%1&apos; names no column; give the columns to %2 separated by commas, e.g. --columns visits,spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-data takes no positional argument; write the file with --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-data needs --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed needs exactly one INPUT file (CSV or SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed needs --out, the map file to write (id,x,y per customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be umap or pca, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a UMAP parameter; it has no meaning with --method pca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-dist %1 is greater than --spread %2; it must not exceed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--neighbors %1: it must be at least 2 and less than the number of customers to map (%2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trustworthiness needs more than %1 customers; there are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; trustworthiness %1 (15 neighbours, %2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-sql needs one project: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-sql needs --dialect: sqlite, postgresql, spark or bigquery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-sql needs --table, the table of customers to score (schema.table where the warehouse needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-sql needs --id-column: the project names no column that identifies a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -: an output is a file, and &apos;-&apos; would create a file named &apos;-&apos;; give /dev/stdout to write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is the same file as %3 %4; refusing to overwrite an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is the same file as %3 %4; each output needs a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope cluster INPUT [options]

Clusters the customers in INPUT (a CSV file or an SQLite database) and writes
one segment per customer and a JSON summary. INPUT may be - (standard input) or
a pipe for CSV; CSV must be UTF-8, with rows of at most 64 MiB.

  --table NAME              table or view to read from an SQLite database (needed
                            when it has several)
  --delimiter D             CSV delimiter: , ; | tab, space (runs of spaces)
                            or another character (default: detected)
  --k K                     number of segments (required but for dbscan, hdbscan)
  --algorithm A             kmeans (default); gmm, a Gaussian mixture (EM); ward,
                            hierarchical; dbscan or hdbscan, which find the number
                            of segments themselves (give no --k); minibatch,
                            mini-batch k-means reading a file in chunks, for files
                            larger than memory; consensus, the segments on which
                            many runs of kmeans, gmm and ward agree
  --seed S                  random seed (default 42, as in the explorer); same
                            seed, same result
  --n-init N                k-means++ restarts, the lowest inertia wins (default 10);
                            gmm: EM runs from k-means starts (default 3)
  --max-iter N              iterations per restart (default 300; gmm 200)
  --tol X                   relative centroid-shift tolerance (default 1e-4); gmm:
                            mean log-likelihood gain per customer (default 1e-3)
  --covariance diagonal|full   gmm: a variance per feature (default) or a full
                            covariance matrix per segment
  --regularization X        gmm: added to every variance (default 1e-6)
  --exact-limit N           ward: most customers clustered exactly (default 50000);
  --micro-clusters N        above, Ward merges N k-means centres (default 2000)
  --eps X                   dbscan: neighbourhood radius (default: the knee of the
                            k-distance curve)
  --min-samples N           dbscan, hdbscan: neighbours of a dense core (default 5)
  --min-cluster-size N      hdbscan: smallest segment (default 1% of customers)
  --batch-size N            minibatch: customers per mini-batch (default 1024)
  --epochs N                minibatch: most passes over the file (default 3)
  --start-sample N          minibatch: sample for the transforms and the start
                            (default 100000)
  --algorithms a,b          consensus: the algorithms that vote (default
                            kmeans,gmm,ward)
  --runs-per-algorithm N    consensus: runs of each (default 10)
  --id-column C             customer id column (checked for duplicates and gaps);
                            &apos;&apos; = no column is the key (rows are customers)
  --label-column C          known segments: adds ARI and NMI to the metrics
  --role COL=ROLE           a column&apos;s role (repeatable): id, label, numeric,
                            categorical, value, date, personal or ignored
  --sensitive a,b           these columns are sensitive attributes (as age or gender
                            are by name): warned about as features, shown in the
                            report&apos;s composition, kept marked in a project
  --categorical a,b         these columns are categories (one 0/1 feature per level)
  --value-columns a,b       these columns are money (purchasing)
  --date-columns a,b        these columns are dates (YYYYMMDD numbers too)
  --date-order O            month-first (default) or day-first: slash dates
                            whose column does not show the order
  --date-column C           INPUT is a transaction log (a row per purchase): its
                            customers, keyed by --id-column, are clustered on their
                            purchases, time since the last one, tenure and spend
                            (docs/value.md); with it:
  --amount-column C         what each line cost (negative: a return), or
  --price-column C          the unit price, with --quantity-column C (the units)
  --channel-column C, --category-column C   optional: channel shares, categories
  --calibration-end DATE    customers as of this day (default: the last date)
  --holdout-end DATE        keep the purchases up to this day for checking
  --today DATE              later dates are errors (default: today, UTC)
  --columns a,b,c           cluster on exactly these columns
  --exclude a,b             leave these columns out of the suggested features
  --features SPEC.json      feature groups, weights and transforms (docs/feature-spec.md)
  --scale zscore|robust|minmax|none     scaling (default zscore; robust: median
                            and IQR, so extreme customers do not set the scale)
  --outliers T              set aside customers beyond a robust z of T (median,
                            MAD) on any feature: segment -1, not clustered
                            (default 0 = off; 5 to 10 is usual)
  --impute median|mean|mode|drop        missing values (default median)
  --silhouette-sample N     rows for the silhouette, 0 = all (default 10000)
  --threads T               worker threads, 0 = all cores (default 0)
  --out ASSIGN.csv          write id,segment,distance per customer
  --json SUMMARY.json       write the summary (parameters, metrics, segments, timings)
  --project P.segscope      cluster the project&apos;s data instead of INPUT (give no
                            INPUT) and add the run to the project (docs/projects.md)
  --note TEXT               with --project: the run&apos;s annotation
  --quiet                   print nothing but warnings and errors
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope sweep INPUT --json OUT.json [--k-min K] [--k-max K] [options]

Clusters INPUT for every k from --k-min to --k-max and writes, per k, the
inertia, silhouette, Davies-Bouldin and Calinski-Harabasz indices (with
--algorithm gmm also the log-likelihood, BIC and AIC), with the k they suggest
and why (docs/cli.md). INPUT, the column roles, the features and the clustering
options (--algorithm, --seed, --n-init, --max-iter, --tol, --restart-sample,
--covariance, --regularization, --outliers) are as for &apos;segscope cluster&apos;.

  --k-min K                 smallest k (default 2)
  --k-max K                 largest k (default 12), below the number of customers
  --silhouette-sample N     customers the silhouettes are measured on, the same
                            for every k (default 10000)
  --gap-references B        the gap statistic for k = 1..--k-max against B uniform
                            reference sets (default 10; 0 = off)
  --prediction-splits N     prediction strength over N random halvings (default
                            5; 0 = off)
  --threads T               worker threads, 0 = all cores (default 0)
  --json OUT.json           the figures and the recommendation (required)
  --quiet                   print nothing but warnings and errors
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope stability INPUT --k K --json OUT.json [options]

Clusters INPUT into K segments and measures how far to trust them: the mean
adjusted Rand index between the segmentation and refits with other seeds, and
each segment&apos;s bootstrap stability (Hennig 2007: the mean Jaccard similarity of
the segment to its best match when resampled customers are clustered again).
Segments below 0.6 are unstable. INPUT, the column roles, the features and the
clustering options are as for &apos;segscope cluster&apos;.

  --k K                     number of segments (required but for dbscan, hdbscan)
  --runs N                  refits with other seeds (default 5)
  --bootstrap N             bootstrap resamples (default 20)
  --bootstrap-sample N      customers per resample (default 5000; all when fewer)
  --noise X                 refit after adding Gaussian noise of standard deviation
                            X (scaled units) to every value (default 0.05; 0 = off)
  --noise-runs N            noisy refits, compared by ARI (default 5)
  --prediction-splits N     prediction strength at K over N halvings, each half
                            holding half of every segment (default 5; 0 = off)
  --threads T               worker threads, 0 = all cores (default 0)
  --json OUT.json           the figures per segment (required)
  --quiet                   print nothing but warnings and errors
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope consensus INPUT --k K --json OUT.json [--out AGREEMENT.csv] [options]

Clusters resampled customers many times with several algorithms, counts how
often each pair of customers lands in the same cluster, and cuts those counts
into K segments by average linkage (consensus clustering, Monti et al. 2003).
Every customer gets the segment it agrees with most and its agreement: the
share of runs that put it with its segment&apos;s customers (1: every run agrees).
INPUT, the column roles and the features are as for &apos;segscope cluster&apos;.

  --k K                     number of segments (required)
  --algorithms A,B          the algorithms that vote, each with its defaults at K
                            (default kmeans,gmm,ward)
  --runs N                  runs per algorithm (default 10)
  --subsample F             share of the customers each run is fitted on, 0..1
                            (default 0.8)
  --resampling M            subsample (default: without replacement) or
                            bootstrap (with replacement)
  --fit-rows N              at most N customers per run (default 10000; 0 = no
                            limit); every run&apos;s model then assigns all customers
  --sample M                customers the co-association matrix is computed and
                            cut on (default 2000, at most 5000)
  --seed S                  random seed (default 42); same seed, same result
  --threads T               worker threads, 0 = all cores (default 0)
  --json OUT.json           per segment its size and mean agreement; the share of
                            customers below 0.8 (required)
  --out AGREEMENT.csv       id,segment,agreement per customer
  --quiet                   print nothing but warnings and errors
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope clv TRANSACTIONS --customer-column C --date-column C --amount-column C
                    --calibration-end YYYY-MM-DD --json OUT [options]
       segscope clv CUSTOMERS --frequency-column C --recency-column C --tenure-column C
                    --monetary-column C --json OUT [options]

Fits the BG/NBD model of repeat purchases and the Gamma-Gamma model of spend per
purchase to a transaction log (CSV or SQLite, one purchase per row) and writes each
customer&apos;s expected purchases, probability of being alive, expected spend and
lifetime value (docs/value.md). A table with one row per customer and its
frequency, recency, T and monetary value can be given instead.

  --customer-column C       customer id column
  --date-column C           purchase date column (ISO, slash, dotted or YYYYMMDD)
  --amount-column C         amount column; negative amounts are returns
  --price-column C          instead of --amount-column: the unit price; a line&apos;s
                            amount is --quantity-column x price
  --quantity-column C       optional: units per line
  --channel-column C        optional: sales channel (shares per customer)
  --category-column C       optional: product category (breadth per customer)
  --calibration-end DATE    last day of the calibration period (YYYY-MM-DD)
  --holdout-end DATE        last day of a holdout period: predicted against actual
                            purchases in the JSON diagnostics
  --today DATE              dates after this are errors in the data (default:
                            today&apos;s date, UTC)
  --drop-duplicates         count lines equal in every cell once (default: kept
                            and reported)
  --frequency-column C, --recency-column C, --tenure-column C, --monetary-column C
                            a customer summary instead of a log (time in --time-unit)
  --time-unit day|week|month   unit of recency, T and the horizon (default week)
  --horizon N               forecast horizon in time units (default one year:
                            365, 52 or 12)
  --discount X              discount rate per time unit (default 0)
  --margin X                share of spend that is profit, 0..1 (default 1)
  --table NAME              table or view of an SQLite database
  --delimiter D             CSV delimiter (default: detected)
  --date-order O            month-first (default) or day-first slash dates
  --threads T               worker threads, 0 = all cores (default 0)
  --json OUT.json           the models, totals, diagnostics and data issues (required)
  --out CUSTOMERS.csv       per customer: id, frequency, recency, T, monetary,
                            expected_purchases, p_alive, expected_spend, clv
  --charts CHECKS.pdf       the model checks as charts: customers by repeat
                            purchases, counted and expected, and with a holdout
                            period its purchases, made and predicted
  --quiet                   print nothing but warnings and errors
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope embed INPUT --out EMB.csv [options]

Maps the customers in INPUT to two dimensions (the segment map) and writes
id,x,y per customer. INPUT, the column roles and the features are read and
prepared exactly as by &apos;segscope cluster&apos; (see its help for --table, --delimiter,
--id-column, --label-column, --role, --categorical, --value-columns,
--date-columns, --date-order, --columns, --exclude, --features, --scale, --impute).

  --method umap|pca         UMAP (default: keeps each customer&apos;s neighbours) or
                            the two leading principal components
  --neighbors N             UMAP neighbourhood size, 2 to rows - 1 (default 15)
  --min-dist X              how tightly UMAP packs points, 0 to --spread (default 0.1)
  --spread X                scale of the UMAP map (default 1)
  --metric M                euclidean (default), manhattan or cosine
  --fit-sample N            fit UMAP on N customers drawn at random and place the
                            others on their map (default 100000)
  --epochs N                UMAP optimisation epochs, 0 = by size (default: 500 up
                            to 10,000 fitted customers, else 200)
  --seed S                  random seed (default 42); same seed, same map
  --threads T               worker threads, 0 = all cores (default 0); the map does
                            not depend on it
  --out EMB.csv             write id,x,y per customer (required)
  --json SUMMARY.json       write the summary (parameters, start used, timings)
  --quality N               add the trustworthiness (15 neighbours) on N customers
                            drawn at random (N &gt; 30) to the summary
  --quiet                   print nothing but warnings and errors
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope report INPUT --k K [cluster and value options] --pdf OUT.pdf
                [--page-size A4|Letter] [--xlsx OUT.xlsx] [--segments-csv F]
                [--personas-csv F] [--customers-csv F]
       segscope report --project P.segscope [--run N] [value options] --pdf OUT.pdf ...

With --project: run N of the project (default: the current run) as it was made, with
the segment names and the campaign recorded against it (segscope lift), without
clustering again.

Clusters INPUT as &apos;segscope cluster&apos; does (same reading, role, feature and
clustering options: --table, --delimiter, --id-column, --label-column, --role,
--categorical, --value-columns, --date-columns, --date-order, --columns, --exclude,
--features, --scale, --impute, --algorithm, --seed, --n-init, --max-iter, --tol,
--restart-sample, --outliers, --silhouette-sample, --threads), values the customers
as &apos;segscope clv&apos; does for a customer summary, drafts a persona per segment and
writes the persona report (docs/personas.md). Needs no display. At least one
output; all are written together or none is.

  --k K                     number of segments, 1 to 30 (required)
  --frequency-column C, --recency-column C, --tenure-column C [--monetary-column C]
                            the value model&apos;s columns (default: found by name,
                            such as frequency, recency, T, monetary_value)
  --time-unit day|week|month   unit of recency, T and the horizon (default week)
  --horizon N               forecast horizon in time units (default one year)
  --discount X              discount rate per time unit (default 0)
  --margin X                share of spend that is profit, 0..1 (default 1)
  --map pca|umap            the overview&apos;s map (default pca; umap as the explorer,
                            about 90 s per 100,000 customers)
  --sweep-max K             silhouette and inertia for k = 2..K on the methods page
                            (default 10; 0 = none)
  --stability-runs N        refits with other seeds compared by ARI (default 2)
  --pdf OUT.pdf             the persona report
  --page-size A4|Letter     the report&apos;s page size (default A4)
  --locale NAME             numbers and dates as in NAME, such as de_DE (default:
                            the system&apos;s)
  --title TEXT              the report&apos;s title
  --min-segment-size N      segments of fewer customers are suppressed: no figures,
                            persona or composition (default 10; 0 = none)
  --xlsx OUT.xlsx           workbook: Segments, Personas, Customers, About
  --segments-csv F          the segment table with 95% intervals
  --personas-csv F          the personas: label, description, channels, notes
  --customers-csv F         each customer&apos;s segment and lifetime value
  --quiet                   print nothing but warnings and errors
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope project create INPUT --out P.segscope [--hash-ids] [cluster options]
       segscope project info P.segscope [--json]
       segscope project runs P.segscope [--json]
       segscope project compare P.segscope RUN_A RUN_B [--json OUT.json]

A project (docs/projects.md) keeps the imported customers, every run with its
fitted model, segment names and the explorer&apos;s view in one file that opens
without the source data.

  create      reads INPUT as &apos;cluster&apos; does (same reading and role options) and
              writes the project; with --k it also adds the first run. Columns
              with the personal role are recorded but not stored.
    --hash-ids      replace the --id-column values by salted hashes
    --note TEXT     the first run&apos;s annotation
  info        the format version, source, fingerprint, privacy, columns and counts
  runs        every run: parameters, metrics, annotation; * marks the current one;
              &apos;same as&apos; names an earlier run with the same data, spec, options
              and seed (! when its assignments differ)
  --json      print JSON instead of text
  compare     where the customers of run A&apos;s segments are in run B: the table of
              counts and shares, the adjusted Rand index, and which segments
              stayed, split, merged, are gone or new (a part counts from 20% of a
              segment); over the customers both runs assign to a segment
    --json OUT.json  also write the comparison as JSON

Add runs with &apos;segscope cluster --project P.segscope --k K&apos;. An unreadable,
damaged or newer project exits with code 4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope export P.segscope --out ASSIGN.csv [--run N] [--no-record]

Writes the assignments of run N (default: the current run) as &apos;cluster --out&apos;
does: id,segment,distance per customer, ids as stored (hashed when the project
hashes them). See &apos;segscope project runs&apos; for the run numbers. Each export is
recorded in the project for audit (--no-record leaves it untouched).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope score P.segscope NEW.csv|NEW.db --out SCORES.csv|SCORES.jsonl [--run N]
                      [--json SUMMARY.json] [--format csv|jsonl] [--id-column C]
                      [--table T] [--delimiter D] [--date-order O] [--psi-threshold X]
                      [--share-threshold X] [--fail-on-drift] [--no-record] [--threads T]
                      [--quiet]

Scores new customers into the segments of run N (default: the current run) with the
run&apos;s own transforms and model, reading the file in chunks. Each customer gets its id,
segment and name, distance to the segment&apos;s centre, margin to the next centre, a
confidence (0..1) and an anomaly flag with its reason: farther out than 99 in 100 of
the segment&apos;s customers, a level the run never saw, a value outside the run&apos;s range.
The summary compares each segment&apos;s share with its share in the run. The file must
have the run&apos;s columns (an error names any that is missing); the id column is the
project&apos;s unless --id-column says otherwise. Drift: each column&apos;s population
stability index and each segment&apos;s share against the run&apos;s; retraining is
recommended above --psi-threshold (0.25) or --share-threshold (0.05), and
--fail-on-drift then exits with 5. Each batch&apos;s summary is recorded in the
project (--no-record leaves it untouched). See docs/cli.md.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME
                           [--id-column C] [--run N] [--out QUERY.sql] [--no-record]

Writes one SQL query that scores the customers of table NAME into the segments of run N
(default: the current run) inside the warehouse: the run&apos;s fill values, transforms,
scaling and weights, then the nearest centre (or most probable mixture component).
It returns what &apos;segscope score&apos; writes: id, segment, segment_name, distance, margin,
confidence and anomaly (0/1). NAME may be schema.table; each part is quoted, so spell
it as the warehouse does. The id column is the project&apos;s unless --id-column says
otherwise. Density runs (DBSCAN, HDBSCAN) cannot be written as one query. The query
goes to standard output unless --out names a file. Each query written is recorded in
the project for audit (--no-record leaves it untouched). See docs/scoring-sql.md.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope serve P.segscope [--port N] [--bind ADDRESS] [--run N] [--threads T]
                      [--max-batch N] [--max-body-mb M] [--quiet]

Scores customers over HTTP into the segments of run N (default: the current run):
POST /score with {&quot;customers&quot;: [{&quot;column&quot;: value, ...}, ...]} answers with each
customer&apos;s segment, distance, confidence and anomaly flag, as segscope score does.
GET /health reports the model version; GET /model the columns and segments. Binds to
127.0.0.1 port 8750 by default (port 0: any free port; the line on standard output
says which). Malformed, oversized (more than N customers, default 10000, or M MB,
default 16) and wrong-schema requests get a 4xx with a JSON message. SIGHUP reloads
the project (a new current run is served from then on); SIGTERM and SIGINT stop.
T request threads (default: 4 per core, at least 8). See docs/scoring-service.md.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope retrain P.segscope NEW.csv --out NEXT.segscope [--run N] [--if-drift]
                        [--fallback] [--silhouette-tolerance X] [--min-stability X]
                        [--min-segment-share X] [--psi-threshold X] [--share-threshold X]
                        [--json SUMMARY.json] [--no-record] [--quiet]

Refits run N (default: the current run) on the customers of NEW with the same spec and
options, and judges the refit against the run on those same customers. The refit
replaces the run when its silhouette is at most X below the run&apos;s (default 0.02), its
segments hold across seeds (stability at least 0.8) and none holds less than 2% of the
customers. Then NEXT is written: a project of NEW&apos;s customers whose run continues the
numbering, with segment names, personas and notes carried to the segments that
continue them (matched by shared customers); which segments stayed, split, merged,
retired or appeared is printed and recorded. Otherwise the run stays and NEXT is not
written; --fallback first tries k-means with its defaults under the same rules.
--if-drift retrains only when NEW has drifted from the run (as segscope score judges
it). The project records every retraining (--no-record leaves it untouched).
Exit 0 when NEXT was written, 6 when the run stays. See docs/retraining.md.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope demo-data --out FILE.csv [--rows N] [--seed S] [--threads T] [--clv-inputs]

Writes the synthetic demo customer base (docs/demo-data.md): N customers (default 50000)
from seed S (default 7), with the generating segment in the column true_segment.
--clv-inputs adds the lifetime-value inputs frequency, recency, T and monetary_value
(weeks), for segscope clv; give them --role NAME=ignored when clustering the file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope help [COMMAND]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: segscope COMMAND [options]

Commands:
  cluster     cluster customers into segments
  sweep       fit quality for a range of k, and the k it suggests
  stability   how far a segmentation holds across seeds and resamples
  consensus   segments many clusterings agree on; each customer&apos;s agreement
  clv         fit purchase and spend models; customer lifetime value
  embed       map customers to 2-D (UMAP or PCA)
  report      the persona report (PDF), workbook (XLSX) and CSV tables
  demo-data   write the synthetic demo customer base
  project     create a project file, show its contents and runs, compare runs
  export      write the assignments of a project&apos;s run
  score       score new customers into a project&apos;s segments, with anomaly flags
  export-sql  the SQL query that scores a warehouse table into a project&apos;s segments
  lift        a campaign&apos;s lift in conversion and revenue, per segment
  retrain     refit a run on new customers; keep it only if it is better
  serve       score customers over HTTP (JSON)
  help        show help for a command

Options:
  --version   print the version
  --help      show this help

Exit codes: 0 ok, 2 usage error, 3 invalid input data, 4 I/O error, 5 drift (score --fail-on-drift),
6 the current model stays (retrain).
See &apos;segscope help COMMAND&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segscope: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be one character such as , ; | or the word tab or space (not a quote or a line break), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-order must be month-first (3/31/2024) or day-first (31/3/2024), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, such as 1997-09-30, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table %1 reads a table of an SQLite database, but %2 is not one (it does not start with the SQLite header); leave out --table to read it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with --table NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction log needs either --amount-column (what each line cost) or --price-column with --quantity-column (the unit price and the units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--price-column needs --quantity-column: a line&apos;s amount is quantity x unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holm&apos;s method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benjamini-Hochberg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (no correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Conversion: treated against control; difference in points with its %1% interval (Newcombe); p-values adjusted by %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment                    treated  control  treated  control  difference [interval]        lift     p adj.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Revenue per customer: treated against control; difference with its %1% bootstrap interval; p-values (Welch) adjusted by %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment                    treated  control  difference [interval]            lift     p adj.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift needs the project and the campaign: segscope lift P.segscope CAMPAIGN.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--correction %1: the corrections are holm (family-wise error), bh (false discovery rate) and none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos; (the customer id): name it with --id-column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: which column holds the arm (treatment or control)? None is called %2: name it with --arm-column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither a conversion column (%2) nor a revenue column (%3): name one with --conversion-column or --revenue-column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: segment %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segscope: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;segscope help&apos; for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segscope: error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segscope: cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segscope: out of memory
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segscope: internal error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k-max %1 is below --k-min %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep varies k, and %1 finds the number of segments itself: use cluster or stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k-max %1 needs more customers than that; %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction strength needs twice --k-max customers; not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap statistic: k = 1, the customers are no more grouped than uniform data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap statistic: k = %1, the smallest k that k + 1 does not improve on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap statistic: the gap still grows at k = %1; more segments may be warranted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction strength: k = %1 is the largest k whose segments, found on half of the customers, predict which customers belong together in the other half (0.8 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction strength: no k from %1 to %2 reaches 0.8; its segments do not reproduce across halves of the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6 %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inertia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stability needs --k, the number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction strength %1 is below 0.8: %2 segments found on half of the customers do not reliably reproduce on the other half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction strength (half predicts half, %1 splits): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaccard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project      %1 (format version %2, saved by SegmentScope %3 at %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source       %1 (imported %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers    %1, fingerprint %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids          no id column
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids          column &apos;%1&apos;%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, replaced by salted hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns      %1 (%2 stored)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data, not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs         %1, current %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names        %1 segment names, %2 view settings, %3 documents
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  run  created               algorithm   k        seed  silhouette  same as  note
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no runs: add one with segscope cluster --project %1 --k K)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as: an earlier run with the same data, spec, options and seed (! when its assignments differ)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run %1: the project has no such run; its runs are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project needs a subcommand: create, info, runs or compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown project subcommand &apos;%1&apos;; the subcommands are create, info, runs and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out, the assignments file to write (ASSIGN.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report --project takes no INPUT: the project holds the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: report --project reports a run as it was made; reading and feature options belong to the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: report --project reports a run as it was made; its clustering options are the run&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k: report --project reports a run as it was made, with its number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run needs --project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs exactly one INPUT file (CSV or SQLite) of customers, or --project P.segscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --k, the number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs an output: --pdf OUT.pdf, --xlsx OUT.xlsx, --segments-csv, --personas-csv or --customers-csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size applies to --pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--algorithm %1: the report is made for a chosen number of segments; use kmeans, gmm or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k %1: a report has at most 30 segments (one page each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map must be pca or umap, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value model&apos;s columns need --frequency-column, --recency-column and --tenure-column together (--%1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--locale: &apos;%1&apos; is not a locale Qt knows (such as en_US, de_DE or fr_FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, k = %2: analysis %3 s, writing %4 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pages
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrain needs the project and the new customers: segscope retrain P.segscope NEW.csv --out NEXT.segscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrain needs --out, the project to write with the retrained run (the current project stays as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refit replaces run %1: %2 holds it as run %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refit failed the rules; the default segmentation replaces run %1: %2 holds it as run %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 stays: no candidate passed the rules. Nothing was written to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1: the formats are csv and jsonl (JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score needs the project and the customers to score: segscope score P.segscope NEW.csv --out SCORES.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score needs --out, the file of scores to write (SCORES.csv, or .jsonl for JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id-column %1: %2 has no such column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment   customers   share   in the run  name
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in no segment: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retraining recommended: the drift lines on standard error say why
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve needs one project: segscope serve P.segscope [--port N] [--bind 127.0.0.1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: serving on %1 without authentication: anyone who reaches this address can score customers and read the model&apos;s columns
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving run %1 of %2 (model version %3) on http://%4:%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reloaded %1: model version %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload failed, still serving model version %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outliers needs every customer in memory; --algorithm minibatch reads the file in chunks: leave out --outliers, or use --algorithm kmeans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--impute drop leaves customers out, which a file read in chunks cannot do before clustering; use --impute median or mean with --algorithm minibatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the sample: silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one INPUT file (CSV or SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --json, the summary to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments (see --outliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: %3 has no such column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one project file (P.segscope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, fewer than %2% of all %3: probably outliers rather than a segment to market to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs differ in the feature spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs differ in the clustering options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs differ in the outlier rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; (--%2) does not exist; the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 day(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 week(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 month(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature spec key &apos;groups[%1].columns[%2]&apos;: the column &apos;%3&apos; is not in standard input; the columns are: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature spec key &apos;groups[%1].columns[%2]&apos;: the column &apos;%3&apos; is not in %4; the columns are: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label column &apos;%1&apos; (--label-column) does not exist; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos;; the header was read as the single column &apos;%2&apos;: if the file uses a delimiter other than &apos;,&apos;, &apos;;&apos;, tab or &apos;|&apos;, give it with --delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; to read it as customers, give --id-column %2 with the log&apos;s --date-column and --amount-column (or --price-column and --quantity-column) (docs/data-import.md, &quot;Transaction logs&quot;); if each row really is one customer, say that no column is the key with --id-column &apos;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no customer id column, so the campaign&apos;s customers cannot be found in it: create the project with --id-column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a treatment value (%2) nor a control value (%3): name them with --treatment and --control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversion: 1 or 0 (yes/no, true/false) was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the campaign&apos;s customers are not in the project (%2) and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no run yet; add one with segscope cluster --project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value column &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 continues as new segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 split into new segments %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 merged with segment %2 into new segment %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 merged with segments %2 into new segment %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 retired: its customers spread over other segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new segment %1 appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new segment %1 appeared, mostly from segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new segment %1 appeared, mostly from segments %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos;, the project&apos;s customer id: the retrained project keeps the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrained on %1 from run %2 of %3 (the default segmentation: the refit failed the rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrained on %1 from run %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (is another program using the port, or is the address not this machine&apos;s?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 customer(s), %3 columns stored; no run yet (add one with segscope cluster --project)
</source>
        <translation>
            <numerusform>%1: %2 customer, %3 columns stored; no run yet (add one with segscope cluster --project)
</numerusform>
            <numerusform>%1: %2 customers, %3 columns stored; no run yet (add one with segscope cluster --project)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %2 features: %3 segment(s) found, %4 customers in none (noise); inertia %5
</source>
        <translation>
            <numerusform>%1 rows, %2 features: %3 segment found, %4 customers in none (noise); inertia %5
</numerusform>
            <numerusform>%1 rows, %2 features: %3 segments found, %4 customers in none (noise); inertia %5
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %2 feature(s), k = %3: inertia %4; the segments %5 runs agree on
</source>
        <translation>
            <numerusform>%1 rows, %2 feature, k = %3: inertia %4; the segments %5 runs agree on
</numerusform>
            <numerusform>%1 rows, %2 features, k = %3: inertia %4; the segments %5 runs agree on
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %2 feature(s), k = %3: inertia %4 after %5 iterations
</source>
        <translation>
            <numerusform>%1 rows, %2 feature, k = %3: inertia %4 after %5 iterations
</numerusform>
            <numerusform>%1 rows, %2 features, k = %3: inertia %4 after %5 iterations
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %2 feature(s), k = %3: inertia %4
</source>
        <translation>
            <numerusform>%1 rows, %2 feature, k = %3: inertia %4
</numerusform>
            <numerusform>%1 rows, %2 features, k = %3: inertia %4
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--min-samples %1 is more than the %2 customer(s)</source>
        <translation>
            <numerusform>--min-samples %1 is more than the %2 customer</numerusform>
            <numerusform>--min-samples %1 is more than the %2 customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>frequency and spend per purchase are correlated (%1 over %2 repeat customer(s)): the Gamma-Gamma model assumes they are not, so its values are biased</source>
        <translation>
            <numerusform>frequency and spend per purchase are correlated (%1 over %2 repeat customer): the Gamma-Gamma model assumes they are not, so its values are biased</numerusform>
            <numerusform>frequency and spend per purchase are correlated (%1 over %2 repeat customers): the Gamma-Gamma model assumes they are not, so its values are biased</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) (%2 with repeat purchases), time unit %3
</source>
        <translation>
            <numerusform>%1 customer (%2 with repeat purchases), time unit %3
</numerusform>
            <numerusform>%1 customers (%2 with repeat purchases), time unit %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holdout (%1 day(s)): %2 purchases predicted, %3 made
</source>
        <translation>
            <numerusform>holdout (%1 day): %2 purchases predicted, %3 made
</numerusform>
            <numerusform>holdout (%1 days): %2 purchases predicted, %3 made
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holdout (%1 week(s)): %2 purchases predicted, %3 made
</source>
        <translation>
            <numerusform>holdout (%1 week): %2 purchases predicted, %3 made
</numerusform>
            <numerusform>holdout (%1 weeks): %2 purchases predicted, %3 made
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holdout (%1 month(s)): %2 purchases predicted, %3 made
</source>
        <translation>
            <numerusform>holdout (%1 month): %2 purchases predicted, %3 made
</numerusform>
            <numerusform>holdout (%1 months): %2 purchases predicted, %3 made
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 demo customer(s) (seed %2) to %3
</source>
        <translation>
            <numerusform>wrote %1 demo customer (seed %2) to %3
</numerusform>
            <numerusform>wrote %1 demo customers (seed %2) to %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %2 feature(s): UMAP map (%3 start, %4 epochs) in %5 s</source>
        <translation>
            <numerusform>%1 rows, %2 feature: UMAP map (%3 start, %4 epochs) in %5 s</numerusform>
            <numerusform>%1 rows, %2 features: UMAP map (%3 start, %4 epochs) in %5 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %2 feature(s): PCA map in %3 s</source>
        <translation>
            <numerusform>%1 rows, %2 feature: PCA map in %3 s</numerusform>
            <numerusform>%1 rows, %2 features: PCA map in %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the campaign&apos;s %1 customer(s) is in the project (ids like &apos;%2&apos; in column &apos;%3&apos;): is it the same customer base, and the same id column?</source>
        <translation>
            <numerusform>the campaign&apos;s %1 customer is not in the project (ids like &apos;%2&apos; in column &apos;%3&apos;): is it the same customer base, and the same id column?</numerusform>
            <numerusform>none of the campaign&apos;s %1 customers is in the project (ids like &apos;%2&apos; in column &apos;%3&apos;): is it the same customer base, and the same id column?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 id(s) written with decimals (such as &apos;%2&apos;) were matched to the project&apos;s whole-number ids</source>
        <translation>
            <numerusform>%1 id written with decimals (such as &apos;%2&apos;) was matched to the project&apos;s whole-number ids</numerusform>
            <numerusform>%1 ids written with decimals (such as &apos;%2&apos;) were matched to the project&apos;s whole-number ids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) are in no segment of the run (set aside as outliers, or left out for missing values): they count in the overall lift only</source>
        <translation>
            <numerusform>%1 customer is in no segment of the run (set aside as an outlier, or left out for missing values): they count in the overall lift only</numerusform>
            <numerusform>%1 customers are in no segment of the run (set aside as outliers, or left out for missing values): they count in the overall lift only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) have no revenue and are left out of the revenue comparison</source>
        <translation>
            <numerusform>%1 customer has no revenue and is left out of the revenue comparison</numerusform>
            <numerusform>%1 customers have no revenue and are left out of the revenue comparison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1: %2 customers (%3 treated, %4 control) in run %5, %6 segment(s)
</source>
        <translation>
            <numerusform>Campaign %1: %2 customers (%3 treated, %4 control) in run %5, %6 segment
</numerusform>
            <numerusform>Campaign %1: %2 customers (%3 treated, %4 control) in run %5, %6 segments
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
* significant at the %1% level, not corrected for testing %2 segment(s)
</source>
        <translation>
            <numerusform>
* significant at the %1% level, not corrected for testing %2 segment
</numerusform>
            <numerusform>
* significant at the %1% level, not corrected for testing %2 segments
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
* significant at the %1% level after the correction for testing %2 segment(s)
</source>
        <translation>
            <numerusform>
* significant at the %1% level after the correction for testing %2 segment
</numerusform>
            <numerusform>
* significant at the %1% level after the correction for testing %2 segments
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 segment(s) are unstable (bootstrap Jaccard below 0.6): they may be artefacts of the seed or the sample; try another --k</source>
        <translation>
            <numerusform>%1 of %2 segment is unstable (bootstrap Jaccard below 0.6): it may be an artefact of the seed or the sample; try another --k</numerusform>
            <numerusform>%1 of %2 segments are unstable (bootstrap Jaccard below 0.6): they may be artefacts of the seed or the sample; try another --k</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>same segments with %1 other seed(s): mean ARI %2
</source>
        <translation>
            <numerusform>same segments with %1 other seed: mean ARI %2
</numerusform>
            <numerusform>same segments with %1 other seeds: mean ARI %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>same segments with noise of %1 added (%2 run(s)): mean ARI %3
</source>
        <translation>
            <numerusform>same segments with noise of %1 added (%2 run): mean ARI %3
</numerusform>
            <numerusform>same segments with noise of %1 added (%2 runs): mean ARI %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drift is not judged on %1 customer(s) (at least %2 are needed): run %3 stays; nothing was retrained.
</source>
        <translation>
            <numerusform>Drift is not judged on %1 customer (at least %2 are needed): run %3 stays; nothing was retrained.
</numerusform>
            <numerusform>Drift is not judged on %1 customers (at least %2 are needed): run %3 stays; nothing was retrained.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No drift beyond the thresholds on %1 customer(s): run %2 stays; nothing was retrained.
</source>
        <translation>
            <numerusform>No drift beyond the thresholds on %1 customer: run %2 stays; nothing was retrained.
</numerusform>
            <numerusform>No drift beyond the thresholds on %1 customers: run %2 stays; nothing was retrained.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %1 new customer(s):
model     segments silhouette stability smallest
</source>
        <translation>
            <numerusform>On %1 new customer:
model     segments silhouette stability smallest
</numerusform>
            <numerusform>On %1 new customers:
model     segments silhouette stability smallest
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) scored with run %2 (%3, %4 segments) in %5 s; %6 flagged as unlike the run&apos;s customers
</source>
        <translation>
            <numerusform>%1 customer scored with run %2 (%3, %4 segments) in %5 s; %6 flagged as unlike the run&apos;s customers
</numerusform>
            <numerusform>%1 customers scored with run %2 (%3, %4 segments) in %5 s; %6 flagged as unlike the run&apos;s customers
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drift not judged: %1 customer(s) are too few (at least %2)
</source>
        <translation>
            <numerusform>drift not judged: %1 customer is too few (at least %2)
</numerusform>
            <numerusform>drift not judged: %1 customers are too few (at least %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no drift beyond the thresholds (population stability index %1, share change %2 point(s))
</source>
        <translation>
            <numerusform>no drift beyond the thresholds (population stability index %1, share change %2 point)
</numerusform>
            <numerusform>no drift beyond the thresholds (population stability index %1, share change %2 points)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %1 request(s), %2 customers scored
</source>
        <translation>
            <numerusform>stopped after %1 request, %2 customers scored
</numerusform>
            <numerusform>stopped after %1 requests, %2 customers scored
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read in chunks of %1 rows: %2 passes over the file; transforms fitted and k-means started on a uniform sample of %3 row(s)
</source>
        <translation>
            <numerusform>read in chunks of %1 rows: %2 passes over the file; transforms fitted and k-means started on a uniform sample of %3 row
</numerusform>
            <numerusform>read in chunks of %1 rows: %2 passes over the file; transforms fitted and k-means started on a uniform sample of %3 rows
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %2 feature(s), k = %3: inertia %4 after %5 passes of mini-batches
</source>
        <translation>
            <numerusform>%1 rows, %2 feature, k = %3: inertia %4 after %5 passes of mini-batches
</numerusform>
            <numerusform>%1 rows, %2 features, k = %3: inertia %4 after %5 passes of mini-batches
</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: segscope lift P.segscope CAMPAIGN.csv [--run N] [--id-column C] [--arm-column C]
                     [--treatment VALUE] [--control VALUE] [--conversion-column C]
                     [--revenue-column C] [--correction holm|bh|none] [--level L]
                     [--resamples B] [--seed S] [--out LIFT.csv] [--json SUMMARY.json]
                     [--no-record] [--threads T] [--quiet]

How much a campaign changed conversion and revenue per customer, overall and in each
segment of run N (default: the current run). CAMPAIGN holds one row per customer: the
id (the project&apos;s id column unless --id-column says otherwise), the arm (a column
called arm, group, variant, treatment ...; values such as treatment/test/1 and
control/holdout/0, or --treatment and --control), and a conversion (0/1, yes/no) and/or
a revenue column. Per group it reports the rates or means of both arms, the difference
with its interval (Newcombe&apos;s for rates, a bootstrap of B resamples, default 2000, for
revenue), the relative lift, p-values corrected across segments (Holm by default), and
the smallest difference the test could detect at 80% power. It checks that the arms
were alike before the campaign (standardised mean differences of the run&apos;s features
and of the segment mix) and names what may confound the lift. The analysis is recorded
in the project (--no-record leaves it untouched), where the explorer and the persona
report show it. See docs/campaign-lift.md.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 id(s) differ from the project&apos;s only in leading zeros (such as &apos;%2&apos; for &apos;%3&apos;) and were matched to them</source>
        <translation>
            <numerusform>%1 id differs from the project&apos;s only in leading zeros (such as &apos;%2&apos; for &apos;%3&apos;) and was matched to it</numerusform>
            <numerusform>%1 ids differ from the project&apos;s only in leading zeros (such as &apos;%2&apos; for &apos;%3&apos;) and were matched to them</numerusform>
        </translation>
    </message>
</context>
</TS>
