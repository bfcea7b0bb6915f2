<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Text</name>
        <message>
            <source>the rows to assign hold missing values or values beyond 1e+120, which cannot be clustered</source>
            <translation>die zuzuordnenden Zeilen enthalten fehlende Werte oder Werte jenseits von 1e+120, die sich nicht clustern lassen</translation>
        </message>
        <message>
            <source>the rows have %1 features but the model was fitted on %2</source>
            <translation>die Zeilen haben %1 Merkmale, das Modell wurde aber auf %2 angepasst</translation>
        </message>
        <message>
            <source>unknown clustering algorithm '%1'; available: %2</source>
            <translation>unbekannter Clustering-Algorithmus '%1'; verfügbar: %2</translation>
        </message>
        <message>
            <source>DBSCAN found no segment: no customer has %1 customers (itself included) within eps = %2, so every one is noise; raise eps or lower the minimum samples</source>
            <translation>DBSCAN hat kein Segment gefunden: kein Kunde hat %1 Kunden (sich selbst eingeschlossen) im Umkreis von eps = %2, daher ist jeder Kunde Rauschen; erhöhen Sie eps oder senken Sie die min. Nachbarn</translation>
        </message>
        <message>
            <source>HDBSCAN found no segment: no group of at least %1 customers stands out from the rest; lower the minimum cluster size</source>
            <translation>HDBSCAN hat kein Segment gefunden: keine Gruppe von mindestens %1 Kunden hebt sich vom Rest ab; senken Sie die minimale Clustergröße</translation>
        </message>
        <message>
            <source>the co-association matrix needs at least one run</source>
            <translation>die Ko-Assoziationsmatrix braucht mindestens einen Lauf</translation>
        </message>
        <message>
            <source>the runs of a co-association matrix label different numbers of rows</source>
            <translation>die Läufe einer Ko-Assoziationsmatrix weisen unterschiedlich vielen Zeilen Labels zu</translation>
        </message>
        <message>
            <source>consensus clustering needs k &gt;= 1</source>
            <translation>das Konsens-Clustering braucht k &gt;= 1</translation>
        </message>
        <message>
            <source>consensus clustering needs at least one clustering to run</source>
            <translation>das Konsens-Clustering braucht mindestens ein auszuführendes Clustering</translation>
        </message>
        <message>
            <source>consensus clustering needs at least one run per clustering</source>
            <translation>das Konsens-Clustering braucht mindestens einen Lauf pro Clustering</translation>
        </message>
        <message>
            <source>the share of customers each run draws must be above 0 and at most 1</source>
            <translation>der Anteil der Kunden, den jeder Lauf zieht, muss größer als 0 und höchstens 1 sein</translation>
        </message>
        <message>
            <source>the reference sample must hold from k = %1 to %2 customers</source>
            <translation>die Referenzstichprobe muss zwischen k = %1 und %2 Kunden enthalten</translation>
        </message>
        <message>
            <source>k = %1 consensus segments need as many customers; there are %2</source>
            <translation>k = %1 Konsens-Segmente brauchen ebenso viele Kunden; vorhanden sind %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 with k = %2 cannot run on %n customer(s) per run</source>
            <translation>
                <numerusform>%1 mit k = %2 kann nicht mit %n Kunden pro Lauf ausgeführt werden</numerusform>
                <numerusform>%1 mit k = %2 kann nicht mit %n Kunden pro Lauf ausgeführt werden</numerusform>
            </translation>
        </message>
        <message>
            <source>consensus clustering cannot run %1: its members must cut the customers into k segments</source>
            <translation>das Konsens-Clustering kann %1 nicht ausführen: seine Mitglieder müssen die Kunden in k Segmente aufteilen</translation>
        </message>
        <message>
            <source>DBSCAN needs at least one row</source>
            <translation>DBSCAN braucht mindestens eine Zeile</translation>
        </message>
        <message>
            <source>the DBSCAN radius eps must be a finite number &gt; 0</source>
            <translation>der DBSCAN-Radius eps muss eine endliche Zahl &gt; 0 sein</translation>
        </message>
        <message>
            <source>the DBSCAN minimum samples must be at least 1</source>
            <translation>die min. Nachbarn von DBSCAN müssen mindestens 1 sein</translation>
        </message>
        <message>
            <source>HDBSCAN needs at least one row</source>
            <translation>HDBSCAN braucht mindestens eine Zeile</translation>
        </message>
        <message>
            <source>the HDBSCAN minimum cluster size must be at least 2</source>
            <translation>die minimale Clustergröße von HDBSCAN muss mindestens 2 sein</translation>
        </message>
        <message>
            <source>the HDBSCAN minimum samples must be at least 1 (or 0 for the minimum cluster size)</source>
            <translation>die min. Nachbarn von HDBSCAN müssen mindestens 1 sein (oder 0 für die minimale Clustergröße)</translation>
        </message>
        <message>
            <source>the k-distance curve needs at least one row</source>
            <translation>die k-Distanz-Kurve braucht mindestens eine Zeile</translation>
        </message>
        <message>
            <source>the k-distance curve's minimum samples must be between 1 and the number of rows (%1)</source>
            <translation>die min. Nachbarn der k-Distanz-Kurve müssen zwischen 1 und der Zahl der Zeilen (%1) liegen</translation>
        </message>
        <message>
            <source>the core points, their labels and their radii must be as many (%1, %2 and %3)</source>
            <translation>die Zahl der Kernpunkte, ihrer Labels und ihrer Radien muss übereinstimmen (%1, %2 und %3)</translation>
        </message>
        <message>
            <source>the rows to assign have %1 features but the core points have %2</source>
            <translation>die zuzuordnenden Zeilen haben %1 Merkmale, die Kernpunkte aber %2</translation>
        </message>
        <message>
            <source>the Gaussian mixture's component %1 has a covariance matrix that is not positive definite (it holds too few rows, or rows that lie on a line or plane); use a larger covariance regularization or the diagonal covariance</source>
            <translation>Komponente %1 des Gauß-Mischmodells hat eine Kovarianzmatrix, die nicht positiv definit ist (sie enthält zu wenige Zeilen oder Zeilen, die auf einer Geraden oder Ebene liegen); verwenden Sie eine stärkere Regularisierung der Kovarianz oder die diagonale Kovarianz</translation>
        </message>
        <message>
            <source>the Gaussian mixture's component %1 has a zero variance (its rows share a value); use a larger covariance regularization</source>
            <translation>Komponente %1 des Gauß-Mischmodells hat eine Varianz von null (ihre Zeilen haben alle denselben Wert); verwenden Sie eine stärkere Regularisierung der Kovarianz</translation>
        </message>
        <message>
            <source>the Gaussian mixture's density of some rows is not a finite number (a component's covariance is nearly singular); use a larger covariance regularization</source>
            <translation>die Dichte des Gauß-Mischmodells ist für einige Zeilen keine endliche Zahl (die Kovarianz einer Komponente ist fast singulär); verwenden Sie eine stärkere Regularisierung der Kovarianz</translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the number of rows (%2)</source>
            <translation>k = %1 muss zwischen 1 und der Zahl der Zeilen (%2) liegen</translation>
        </message>
        <message>
            <source>the number of Gaussian mixture initialisations must be at least 1</source>
            <translation>die Zahl der Initialisierungen des Gauß-Mischmodells muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>the Gaussian mixture iteration limit must be at least 1</source>
            <translation>die Iterationsgrenze des Gauß-Mischmodells muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>the Gaussian mixture tolerance must be a finite number &gt;= 0</source>
            <translation>die Toleranz des Gauß-Mischmodells muss eine endliche Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>the covariance regularization must be a finite number &gt;= 0</source>
            <translation>die Regularisierung der Kovarianz muss eine endliche Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>the Gaussian mixture was fitted to %1 features, but the data has %2</source>
            <translation>das Gauß-Mischmodell wurde auf %1 Merkmale angepasst, die Daten haben aber %2</translation>
        </message>
        <message>
            <source>the Gaussian mixture model's weights, means and covariances do not fit together</source>
            <translation>Gewichte, Mittelwerte und Kovarianzen des Gauß-Mischmodells passen nicht zusammen</translation>
        </message>
        <message>
            <source>the number of k-means restarts must be at least 1</source>
            <translation>die Zahl der k-means-Neustarts muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>the k-means iteration limit must be at least 1</source>
            <translation>die Iterationsgrenze von k-means muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>the k-means tolerance must be a finite number &gt;= 0</source>
            <translation>die Toleranz von k-means muss eine endliche Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>the initial centroids must be a %1 × %2 matrix, not %3 × %4</source>
            <translation>die Startzentroide müssen eine %1 × %2-Matrix sein, nicht %3 × %4</translation>
        </message>
        <message>
            <source>the initial centroids must be finite numbers</source>
            <translation>die Startzentroide müssen endliche Zahlen sein</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 but the data has only %n distinct row(s)</source>
            <translation>
                <numerusform>k = %1, aber die Daten haben nur %n eindeutige Zeile</numerusform>
                <numerusform>k = %1, aber die Daten haben nur %n eindeutige Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>mini-batch k-means needs k &gt;= 1, got %1</source>
            <translation>mini-batch k-means braucht k &gt;= 1, erhalten: %1</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a batch size of at least 1 row</source>
            <translation>mini-batch k-means braucht eine Batchgröße von mindestens 1 Zeile</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a number of passes &gt;= 0</source>
            <translation>mini-batch k-means braucht eine Zahl von Durchgängen &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a tolerance &gt;= 0</source>
            <translation>mini-batch k-means braucht eine Toleranz &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a reassignment ratio &gt;= 0</source>
            <translation>mini-batch k-means braucht einen Neuzuordnungsanteil &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a start sample of at least k = %1 rows, got %2</source>
            <translation>mini-batch k-means braucht eine Startstichprobe von mindestens k = %1 Zeilen, erhalten: %2</translation>
        </message>
        <message>
            <source>row %1 of a block of %2 rows holds a missing value or a value beyond 1e+120, which cannot be clustered</source>
            <translation>Zeile %1 eines Blocks von %2 Zeilen enthält einen fehlenden Wert oder einen Wert jenseits von 1e+120, der sich nicht clustern lässt</translation>
        </message>
        <message>
            <source>the rows have %1 features but the start sample has %2</source>
            <translation>die Zeilen haben %1 Merkmale, die Startstichprobe aber %2</translation>
        </message>
        <message>
            <source>%1 needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %2, feature %3 of the feature matrix holds %4</source>
            <translation>%1 braucht endliche Werte mit einem Betrag bis 1e+120 (damit quadrierte Abstände endlich bleiben), aber Zeile %2, Merkmal %3 der Merkmalsmatrix enthält %4</translation>
        </message>
        <message>
            <source>the Gaussian mixture needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>das Gauß-Mischmodell braucht endliche Werte mit einem Betrag bis 1e+120 (damit quadrierte Abstände endlich bleiben), aber Zeile %1, Merkmal %2 der Merkmalsmatrix enthält %3</translation>
        </message>
        <message>
            <source>Ward clustering needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>das Ward-Clustering braucht endliche Werte mit einem Betrag bis 1e+120 (damit quadrierte Abstände endlich bleiben), aber Zeile %1, Merkmal %2 der Merkmalsmatrix enthält %3</translation>
        </message>
        <message>
            <source>the k-distance curve needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>die k-Distanz-Kurve braucht endliche Werte mit einem Betrag bis 1e+120 (damit quadrierte Abstände endlich bleiben), aber Zeile %1, Merkmal %2 der Merkmalsmatrix enthält %3</translation>
        </message>
        <message>
            <source>the exact Ward limit must be at least 2 rows</source>
            <translation>die exakte Ward-Grenze muss mindestens 2 Zeilen betragen</translation>
        </message>
        <message>
            <source>the number of micro-clusters (%1) must be at least k (%2)</source>
            <translation>die Zahl der Mikrocluster (%1) muss mindestens k (%2) sein</translation>
        </message>
        <message>
            <source>the number of micro-clusters (%1) must not exceed the exact Ward limit (%2)</source>
            <translation>die Zahl der Mikrocluster (%1) darf die exakte Ward-Grenze (%2) nicht überschreiten</translation>
        </message>
        <message>
            <source>Ward clustering takes at most %1 leaves; lower the exact limit or the number of micro-clusters</source>
            <translation>das Ward-Clustering verarbeitet höchstens %1 Blätter; senken Sie die exakte Grenze oder die Zahl der Mikrocluster</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 but the data has only %n distinct row(s) in a sample of its rows</source>
            <translation>
                <numerusform>k = %1, aber die Daten haben in einer Stichprobe ihrer Zeilen nur %n eindeutige Zeile</numerusform>
                <numerusform>k = %1, aber die Daten haben in einer Stichprobe ihrer Zeilen nur %n eindeutige Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the 1 leaf of the tree</source>
            <translation>k = %1 muss zwischen 1 und der Zahl der Blätter des Baums (1) liegen</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 must be between 1 and the %n leaves of the tree</source>
            <translation>
                <numerusform>k = %1 muss zwischen 1 und der Zahl der Blätter des Baums (%n) liegen</numerusform>
                <numerusform>k = %1 muss zwischen 1 und der Zahl der Blätter des Baums (%n) liegen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the tree has %n row(s), the data %1</source>
            <translation>
                <numerusform>der Baum hat %n Zeile, die Daten haben %1</numerusform>
                <numerusform>der Baum hat %n Zeilen, die Daten haben %1</numerusform>
            </translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the number of leaves (%2)</source>
            <translation>k = %1 muss zwischen 1 und der Zahl der Blätter (%2) liegen</translation>
        </message>
        <message>
            <source>a dendrogram of 1 leaf has %1 merges, not %2</source>
            <translation>ein Dendrogramm mit 1 Blatt hat %1 Zusammenführungen, nicht %2</translation>
        </message>
        <message numerus="yes">
            <source>a dendrogram of %n leaves has %1 merges, not %2</source>
            <translation>
                <numerusform>ein Dendrogramm mit %n Blatt hat %1 Zusammenführungen, nicht %2</numerusform>
                <numerusform>ein Dendrogramm mit %n Blättern hat %1 Zusammenführungen, nicht %2</numerusform>
            </translation>
        </message>
        <message>
            <source>merge %1 of the dendrogram joins cluster %2, which does not exist yet</source>
            <translation>Zusammenführung %1 des Dendrogramms verbindet Cluster %2, der noch nicht existiert</translation>
        </message>
        <message>
            <source>merge %1 of the dendrogram joins cluster %2, which was merged before</source>
            <translation>Zusammenführung %1 des Dendrogramms verbindet Cluster %2, der bereits zuvor zusammengeführt wurde</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file: a row in it</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>column '%1'</source>
            <translation>Spalte '%1'</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a file or a row, then a column</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a place: what is wrong there</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>column %1 (%2)</source>
            <translation>Spalte %1 (%2)</translation>
        </message>
        <message>
            <source>%1 key '%2' is given twice (%3); a key may appear only once in an object</source>
            <translation>%1 enthält den Schlüssel '%2' doppelt (%3); ein Schlüssel darf in einem Objekt nur einmal vorkommen</translation>
        </message>
        <message>
            <source>%1 key '%2': the number %3 is out of range (%4)</source>
            <translation>%1 enthält beim Schlüssel '%2' die Zahl %3, die außerhalb des Wertebereichs liegt (%4)</translation>
        </message>
        <message>
            <source>the %1 is not valid JSON: %2</source>
            <translation>%1 ist kein gültiges JSON: %2</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>sexual orientation</source>
            <translation>sexuelle Orientierung</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>ethnic origin</source>
            <translation>ethnische Herkunft</translation>
        </message>
        <message>
            <source>nationality</source>
            <translation>Staatsangehörigkeit</translation>
        </message>
        <message>
            <source>religion or belief</source>
            <translation>Religion oder Weltanschauung</translation>
        </message>
        <message>
            <source>health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <source>political opinion</source>
            <translation>politische Meinung</translation>
        </message>
        <message>
            <source>trade union membership</source>
            <translation>Gewerkschaftszugehörigkeit</translation>
        </message>
        <message>
            <source>genetic or biometric data</source>
            <translation>genetische oder biometrische Daten</translation>
        </message>
        <message>
            <source>whole numbers %1–%2 in %3 values and a name like a code: a category, not a quantity</source>
            <translation>ganze Zahlen %1–%2 mit %3 verschiedenen Werten und ein Name wie bei einem Code: eine Kategorie, keine Menge</translation>
        </message>
        <message>
            <source>unknown column role '%1'; the roles are: %2</source>
            <translation>unbekannte Spaltenrolle '%1'; die Rollen sind: %2</translation>
        </message>
        <message>
            <source>the column has no name</source>
            <translation>die Spalte hat keinen Namen</translation>
        </message>
        <message>
            <source>its name marks a key</source>
            <translation>der Name weist auf einen Schlüssel hin</translation>
        </message>
        <message>
            <source>its name marks known segments</source>
            <translation>der Name weist auf bekannte Segmente hin</translation>
        </message>
        <message>
            <source>its name marks personal data</source>
            <translation>der Name weist auf personenbezogene Daten hin</translation>
        </message>
        <message>
            <source>its name marks a number that names something (a key), not a quantity</source>
            <translation>der Name weist auf eine Nummer hin, die etwas bezeichnet (einen Schlüssel), keine Menge</translation>
        </message>
        <message>
            <source>every cell is missing</source>
            <translation>jede Zelle fehlt</translation>
        </message>
        <message>
            <source>its cells are dates</source>
            <translation>die Zellen sind Datumsangaben</translation>
        </message>
        <message>
            <source>most of its cells are numbers, but some are not</source>
            <translation>die meisten Zellen sind Zahlen, einige aber nicht</translation>
        </message>
        <message>
            <source>its cells are a few text values</source>
            <translation>die Zellen sind einige wenige Textwerte</translation>
        </message>
        <message>
            <source>its cells are codes with too many distinct values to be categories</source>
            <translation>die Zellen sind Codes mit zu vielen verschiedenen Werten, um Kategorien zu sein</translation>
        </message>
        <message>
            <source>its cells are free text or keys</source>
            <translation>die Zellen sind Freitext oder Schlüssel</translation>
        </message>
        <message>
            <source>its cells are yes/no values</source>
            <translation>die Zellen sind Ja/Nein-Werte</translation>
        </message>
        <message>
            <source>its name marks an amount of money</source>
            <translation>der Name weist auf einen Geldbetrag hin</translation>
        </message>
        <message>
            <source>its cells are numbers</source>
            <translation>die Zellen sind Zahlen</translation>
        </message>
        <message>
            <source>a role (%1) was set for the column '%2', but there is no such column; the columns are: %3</source>
            <translation>für die Spalte '%2' wurde eine Rolle (%1) festgelegt, aber es gibt keine solche Spalte; die Spalten sind: %3</translation>
        </message>
        <message>
            <source>column '%1' cannot be %2: %3</source>
            <translation>Spalte '%1' kann nicht die Rolle %2 haben: %3</translation>
        </message>
        <message>
            <source>its cells are %1 values; a category is a code or a few text values</source>
            <translation>die Zellen sind Werte vom Typ %1; eine Kategorie ist ein Code oder einer von wenigen Textwerten</translation>
        </message>
        <message>
            <source>its cells are %1 values, not numbers</source>
            <translation>die Zellen sind Werte vom Typ %1, keine Zahlen</translation>
        </message>
        <message>
            <source>its cells are %1 values, not dates</source>
            <translation>die Zellen sind Werte vom Typ %1, keine Datumsangaben</translation>
        </message>
        <message>
            <source>row %1 holds '%2', which is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)</source>
            <translation>Zeile %1 enthält '%2', kein Datum (wie 2024-03-31, 3/31/2024, 31.03.2024 oder 20240331)</translation>
        </message>
        <message>
            <source>column '%1' repeats: %2 rows for %3 ids (id '%4' has %5 rows). The data looks like a transaction log (a row per purchase or invoice line), not one row per customer, and clustering it would make segments of purchases. Read it as one row per customer instead: from its dates and amounts, each customer's purchases, time since the last one and spend</source>
            <translation>Spalte '%1' wiederholt sich: %2 Zeilen für %3 IDs (ID '%4' hat %5 Zeilen). Die Daten sehen wie ein Transaktionsprotokoll aus (eine Zeile pro Kauf oder Rechnungsposition), nicht wie eine Zeile pro Kunde, und beim Clustern entstünden Segmente aus Käufen. Lesen Sie sie stattdessen als eine Zeile pro Kunde ein: aus den Datumsangaben und Beträgen ergeben sich für jeden Kunden die Käufe, die Zeit seit dem letzten Kauf und die Ausgaben</translation>
        </message>
        <message>
            <source>cannot read back columns kept in a temporary file in %1: %2</source>
            <translation>in einer temporären Datei in %1 abgelegte Spalten können nicht zurückgelesen werden: %2</translation>
        </message>
        <message>
            <source>the file is shorter than written</source>
            <translation>die Datei ist kürzer als geschrieben</translation>
        </message>
        <message>
            <source>cannot keep columns in a temporary file in %1: %2</source>
            <translation>Spalten können nicht in einer temporären Datei in %1 abgelegt werden: %2</translation>
        </message>
        <message>
            <source>the column is not kept in the temporary file</source>
            <translation>die Spalte ist nicht in der temporären Datei abgelegt</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>spaces</source>
            <translation>Leerzeichen</translation>
        </message>
        <message>
            <source>%1 (for example "CSV UTF-8" in a spreadsheet program)</source>
            <translation>%1 (zum Beispiel "CSV UTF-8" in einem Tabellenkalkulationsprogramm)</translation>
        </message>
        <message>
            <source>file</source>
            <translation>die Datei</translation>
        </message>
        <message>
            <source>the delimiter cannot be a quote or a line break</source>
            <translation>das Trennzeichen darf kein Anführungszeichen und kein Zeilenumbruch sein</translation>
        </message>
        <message>
            <source>the value holds a NUL byte (byte offset %1), which text never does: the file is not UTF-8 text (it may be a binary file or damaged)</source>
            <translation>der Wert enthält ein NUL-Byte (Byte-Offset %1), was in Text nie vorkommt: die Datei ist kein UTF-8-Text (möglicherweise eine Binärdatei oder beschädigt)</translation>
        </message>
        <message>
            <source>the quoted value that starts on line %1 is longer than %2, the most a row may hold; a closing double quote may be missing</source>
            <translation>der Wert in Anführungszeichen, der in Zeile %1 beginnt, ist länger als %2, das Maximum für eine Zeile; möglicherweise fehlt ein schließendes doppeltes Anführungszeichen</translation>
        </message>
        <message>
            <source>no line break in the first %1 of the row; a row (the header too) may hold at most %1</source>
            <translation>kein Zeilenumbruch in den ersten %1 der Zeile; eine Zeile (auch die Kopfzeile) darf höchstens %1 umfassen</translation>
        </message>
        <message>
            <source>no ',', ';', tab or '|' splits the header and the first rows evenly, but runs of spaces do: the columns were taken to be separated by spaces (%1 columns)</source>
            <translation>weder ',' noch ';', Tabulator oder '|' teilen die Kopfzeile und die ersten Zeilen gleichmäßig auf, wohl aber Folgen von Leerzeichen: die Spalten wurden als durch Leerzeichen getrennt angenommen (%1 Spalten)</translation>
        </message>
        <message>
            <source>no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of spaces split the header into %1 fields but the line of row %2 into %3; the file was read as one column</source>
            <translation>kein Trennzeichen gefunden: ',', ';', Tabulator und '|' kommen in der Kopfzeile nicht vor, und Folgen von Leerzeichen teilen die Kopfzeile in %1 Felder, Zeile %2 aber in %3; die Datei wurde als eine einzige Spalte gelesen</translation>
        </message>
        <message>
            <source>no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of spaces split the header into %1 fields but there are no rows to compare; the file was read as one column</source>
            <translation>kein Trennzeichen gefunden: ',', ';', Tabulator und '|' kommen in der Kopfzeile nicht vor, und Folgen von Leerzeichen teilen die Kopfzeile in %1 Felder, aber es gibt keine Zeilen zum Vergleich; die Datei wurde als eine einzige Spalte gelesen</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 would split the header and the first rows as evenly; if the columns are wrong, choose the delimiter</source>
            <translation>als Trennzeichen wurde %1 angenommen, aber %2 würde die Kopfzeile und die ersten Zeilen ebenso gleichmäßig aufteilen; wählen Sie das Trennzeichen, falls die Spalten falsch sind</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 also occurs in the header; if the columns are wrong, choose the delimiter</source>
            <translation>als Trennzeichen wurde %1 angenommen, aber %2 kommt ebenfalls in der Kopfzeile vor; wählen Sie das Trennzeichen, falls die Spalten falsch sind</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 also occur in the header; if the columns are wrong, choose the delimiter</source>
            <translation>als Trennzeichen wurde %1 angenommen, aber %2 kommen ebenfalls in der Kopfzeile vor; wählen Sie das Trennzeichen, falls die Spalten falsch sind</translation>
        </message>
        <message>
            <source>the quoted value that starts on line %1 is never closed; a closing double quote is missing</source>
            <translation>der Wert in Anführungszeichen, der in Zeile %1 beginnt, wird nie geschlossen; ein schließendes doppeltes Anführungszeichen fehlt</translation>
        </message>
        <message>
            <source>unexpected text after a closing quote (byte offset %1); a double quote inside a quoted value must be doubled ("")</source>
            <translation>unerwarteter Text nach einem schließenden Anführungszeichen (Byte-Offset %1); ein doppeltes Anführungszeichen innerhalb eines Werts in Anführungszeichen muss verdoppelt werden ("")</translation>
        </message>
        <message>
            <source>the row has more than %1 fields, but the header has %2; a value that contains the delimiter %3 must be enclosed in double quotes</source>
            <translation>die Zeile hat mehr als %1 Felder, die Kopfzeile aber %2; ein Wert, der das Trennzeichen %3 enthält, muss in doppelte Anführungszeichen gesetzt werden</translation>
        </message>
        <message>
            <source>the header has more than %1 fields; a table may have at most %1 columns</source>
            <translation>die Kopfzeile hat mehr als %1 Felder; eine Tabelle darf höchstens %1 Spalten haben</translation>
        </message>
        <message>
            <source>invalid UTF-8 at byte offset %1 (byte %2); save the file as UTF-8 (it may be Latin-1 or Windows-1252)</source>
            <translation>ungültiges UTF-8 bei Byte-Offset %1 (Byte %2); speichern Sie die Datei als UTF-8 (sie ist möglicherweise Latin-1 oder Windows-1252)</translation>
        </message>
        <message>
            <source>every name in the header row is a number (%1): the file may have no header row, and its first row was taken as the column names</source>
            <translation>jeder Name in der Kopfzeile ist eine Zahl (%1): die Datei hat möglicherweise keine Kopfzeile, und ihre erste Zeile wurde als Spaltennamen übernommen</translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 und %2 weitere</translation>
        </message>
        <message>
            <source>row %1 starts with a byte order mark (U+FEFF), as where two files were joined into one; it was removed from the first value</source>
            <translation>Zeile %1 beginnt mit einer Byte-Order-Mark (U+FEFF), wie sie beim Zusammenfügen zweier Dateien entsteht; sie wurde aus dem ersten Wert entfernt</translation>
        </message>
        <message>
            <source>rows %1 start with a byte order mark (U+FEFF), as where two files were joined into one; it was removed from the first value</source>
            <translation>die Zeilen %1 beginnen mit einer Byte-Order-Mark (U+FEFF), wie sie beim Zusammenfügen zweier Dateien entsteht; sie wurde jeweils aus dem ersten Wert entfernt</translation>
        </message>
        <message>
            <source>row %1 repeats the header row, as where two files were joined into one; skipped as data</source>
            <translation>Zeile %1 wiederholt die Kopfzeile, wie es beim Zusammenfügen zweier Dateien vorkommt; nicht als Daten gelesen</translation>
        </message>
        <message>
            <source>rows %1 repeat the header row, as where two files were joined into one; skipped as data</source>
            <translation>die Zeilen %1 wiederholen die Kopfzeile, wie es beim Zusammenfügen zweier Dateien vorkommt; nicht als Daten gelesen</translation>
        </message>
        <message>
            <source>row %1 holds only spaces or tabs and was skipped; the header is row %2</source>
            <translation>Zeile %1 enthält nur Leerzeichen oder Tabulatoren und wurde übersprungen; die Kopfzeile ist Zeile %2</translation>
        </message>
        <message>
            <source>rows %1 to %2 hold only spaces or tabs and were skipped; the header is row %3</source>
            <translation>die Zeilen %1 bis %2 enthalten nur Leerzeichen oder Tabulatoren und wurden übersprungen; die Kopfzeile ist Zeile %3</translation>
        </message>
        <message>
            <source>reading the file in chunks needs the type of every column, and '%1' has none</source>
            <translation>das blockweise Lesen der Datei braucht den Typ jeder Spalte, und '%1' hat keinen</translation>
        </message>
        <message>
            <source>%1; the header was read as one column: if the file uses a delimiter other than ',', ';', tab or '|', choose it</source>
            <translation>%1; die Kopfzeile wurde als eine einzige Spalte gelesen: wenn die Datei ein anderes Trennzeichen als ',', ';', Tabulator oder '|' verwendet, wählen Sie es aus</translation>
        </message>
        <message numerus="yes">
            <source>the row has %n field(s), but the header has %1</source>
            <translation>
                <numerusform>die Zeile hat %n Feld, die Kopfzeile aber %1</numerusform>
                <numerusform>die Zeile hat %n Felder, die Kopfzeile aber %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; the columns are separated by spaces, so a value with a space in it must be enclosed in double quotes, and a missing value must be written (NA), not left blank</source>
            <translation>%1; die Spalten sind durch Leerzeichen getrennt, daher muss ein Wert mit Leerzeichen in doppelte Anführungszeichen gesetzt und ein fehlender Wert ausgeschrieben werden (NA), statt leer zu bleiben</translation>
        </message>
        <message>
            <source>%1; a value that contains the delimiter %2 must be enclosed in double quotes</source>
            <translation>%1; ein Wert, der das Trennzeichen %2 enthält, muss in doppelte Anführungszeichen gesetzt werden</translation>
        </message>
        <message>
            <source>%1; check for a missing delimiter or a line break inside an unquoted value</source>
            <translation>%1; prüfen Sie, ob ein Trennzeichen fehlt oder ein Wert ohne Anführungszeichen einen Zeilenumbruch enthält</translation>
        </message>
        <message>
            <source>the file is empty; expected a header row and data rows</source>
            <translation>die Datei ist leer; erwartet wurden eine Kopfzeile und Datenzeilen</translation>
        </message>
        <message>
            <source>the file has a header row but no data rows</source>
            <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
        </message>
        <message>
            <source>the column '%1' starts with an invisible byte order mark (U+FEFF), as when a file is saved with two of them: remove it</source>
            <translation>die Spalte '%1' beginnt mit einer unsichtbaren Byte-Order-Mark (U+FEFF), wie wenn eine Datei mit zwei davon gespeichert wird: entfernen Sie sie</translation>
        </message>
        <message>
            <source>column '%1' holds whole numbers that are all dates written YYYYMMDD (row %2: %3); read as dates, not as numbers</source>
            <translation>Spalte '%1' enthält ganze Zahlen, die alle Datumsangaben im Format YYYYMMDD sind (Zeile %2: %3); als Datum gelesen, nicht als Zahlen</translation>
        </message>
        <message>
            <source>column '%1' holds dates such as %2 whose day and month could be either way round (no day above 12); read as day/month/year (the default order when a column does not show it)</source>
            <translation>Spalte '%1' enthält Datumsangaben wie %2, bei denen Tag und Monat in beliebiger Reihenfolge stehen könnten (kein Tag über 12); als Tag/Monat/Jahr gelesen (die Standardreihenfolge, wenn eine Spalte sie nicht erkennen lässt)</translation>
        </message>
        <message>
            <source>column '%1' holds dates such as %2 whose day and month could be either way round (no day above 12); read as month/day/year (the default order when a column does not show it)</source>
            <translation>Spalte '%1' enthält Datumsangaben wie %2, bei denen Tag und Monat in beliebiger Reihenfolge stehen könnten (kein Tag über 12); als Monat/Tag/Jahr gelesen (die Standardreihenfolge, wenn eine Spalte sie nicht erkennen lässt)</translation>
        </message>
        <message>
            <source>read as categorical text, nothing was converted</source>
            <translation>als kategorialer Text gelesen, nichts wurde umgewandelt</translation>
        </message>
        <message>
            <source>read as identifier text, nothing was converted</source>
            <translation>als ID-Text gelesen, nichts wurde umgewandelt</translation>
        </message>
        <message>
            <source>column '%1' holds whole numbers written with leading zeros (row %2: %3), as codes and customer numbers are; read as text, so the zeros are kept</source>
            <translation>Spalte '%1' enthält ganze Zahlen mit führenden Nullen (Zeile %2: %3), wie bei Codes und Kundennummern üblich; als Text gelesen, damit die Nullen erhalten bleiben</translation>
        </message>
        <message>
            <source>column '%1' mixes numbers and text: %2 of %3 values are numbers, but row %4 holds %5; %6</source>
            <translation>Spalte '%1' mischt Zahlen und Text: %2 von %3 Werten sind Zahlen, aber Zeile %4 enthält %5; %6</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a decimal comma or a thousands separator (row %2: %3); %4; %5</source>
            <translation>Spalte '%1' sieht aus wie Zahlen mit Dezimalkomma oder Tausendertrennzeichen (Zeile %2: %3); %4; %5</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a decimal comma (row %2: %3); %4; %5</source>
            <translation>Spalte '%1' sieht aus wie Zahlen mit Dezimalkomma (Zeile %2: %3); %4; %5</translation>
        </message>
        <message>
            <source>a decimal comma is read only from files delimited by ';' or tabs: write the numbers with '.' as the decimal mark</source>
            <translation>ein Dezimalkomma wird nur in Dateien gelesen, die durch ';' oder Tabulatoren getrennt sind: schreiben Sie die Zahlen mit '.' als Dezimaltrennzeichen</translation>
        </message>
        <message>
            <source>a decimal comma is read only when every value of the column is an integer or uses it: write every number with the same decimal mark</source>
            <translation>ein Dezimalkomma wird nur gelesen, wenn jeder Wert der Spalte eine ganze Zahl ist oder es verwendet: schreiben Sie alle Zahlen mit demselben Dezimaltrennzeichen</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with thousands separators (row %2: %3); %4; %5</source>
            <translation>Spalte '%1' sieht aus wie Zahlen mit Tausendertrennzeichen (Zeile %2: %3); %4; %5</translation>
        </message>
        <message>
            <source>remove the thousands separators to use it as numbers</source>
            <translation>entfernen Sie die Tausendertrennzeichen, um die Spalte als Zahlen zu verwenden</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a currency or percent sign (row %2: %3); %4; %5</source>
            <translation>Spalte '%1' sieht aus wie Zahlen mit Währungs- oder Prozentzeichen (Zeile %2: %3); %4; %5</translation>
        </message>
        <message>
            <source>remove the signs to use it as numbers</source>
            <translation>entfernen Sie die Zeichen, um die Spalte als Zahlen zu verwenden</translation>
        </message>
        <message>
            <source>column '%1' looks like dates, but row %2 holds %3, which is not a date in the same format; %4</source>
            <translation>Spalte '%1' sieht aus wie Datumsangaben, aber Zeile %2 enthält %3, kein Datum im selben Format; %4</translation>
        </message>
        <message>
            <source>%1 GiB</source>
            <translation>%1 GiB</translation>
        </message>
        <message>
            <source>%1 MiB</source>
            <translation>%1 MiB</translation>
        </message>
        <message>
            <source>%1 KiB</source>
            <translation>%1 KiB</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 Bytes</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>Standardeingabe</translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>cannot open the %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>cannot read the %1: it is a folder</source>
            <translation>%1 kann nicht gelesen werden: das ist ein Ordner</translation>
        </message>
        <message>
            <source>standard input is a terminal; redirect a file or a pipe into it</source>
            <translation>die Standardeingabe ist ein Terminal; leiten Sie eine Datei oder eine Pipe darauf um</translation>
        </message>
        <message>
            <source>cannot read the %1: it is a terminal</source>
            <translation>%1 kann nicht gelesen werden: das ist ein Terminal</translation>
        </message>
        <message>
            <source>the %1 is a named pipe that no program opened for writing within %2 s; start the program that writes to it, or give a regular file</source>
            <translation>%1 ist eine benannte Pipe, die innerhalb von %2 s von keinem Programm zum Schreiben geöffnet wurde; starten Sie das Programm, das in sie schreibt, oder geben Sie eine reguläre Datei an</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1 to keep a copy of the input: %2; set TMPDIR to a writable folder</source>
            <translation>in %1 kann keine temporäre Datei für eine Kopie der Eingabe angelegt werden: %2; setzen Sie TMPDIR auf einen beschreibbaren Ordner</translation>
        </message>
        <message>
            <source>cannot read the temporary copy of the input in %1: %2</source>
            <translation>die temporäre Kopie der Eingabe in %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>it is shorter than written</source>
            <translation>sie ist kürzer als geschrieben</translation>
        </message>
        <message>
            <source>the input is longer than %1, the most read from standard input, a pipe or a device; save it to a file and give the file name</source>
            <translation>die Eingabe ist länger als %1, das Maximum, das von der Standardeingabe, einer Pipe oder einem Gerät gelesen wird; speichern Sie sie in einer Datei und geben Sie den Dateinamen an</translation>
        </message>
        <message>
            <source>cannot keep a copy of the input in the temporary folder %1: %2; set TMPDIR to a folder with more room, or save the input to a file</source>
            <translation>im temporären Ordner %1 kann keine Kopie der Eingabe abgelegt werden: %2; setzen Sie TMPDIR auf einen Ordner mit mehr Platz oder speichern Sie die Eingabe in einer Datei</translation>
        </message>
        <message>
            <source>cannot read the %1 again: %2</source>
            <translation>%1 kann nicht erneut gelesen werden: %2</translation>
        </message>
        <message>
            <source>the %1 holds a NUL byte at byte offset %2; it is not a text file</source>
            <translation>%1 enthält ein NUL-Byte bei Byte-Offset %2; es handelt sich nicht um eine Textdatei</translation>
        </message>
        <message>
            <source>the %1 is larger than %2, the most it may be</source>
            <translation>%1 ist größer als %2, das zulässige Maximum</translation>
        </message>
        <message>
            <source>an SQLite database can only be read from a file, not from standard input, a pipe or a device; give the database's file name</source>
            <translation>eine SQLite-Datenbank kann nur aus einer Datei gelesen werden, nicht von der Standardeingabe, einer Pipe oder einem Gerät; geben Sie den Dateinamen der Datenbank an</translation>
        </message>
        <message>
            <source>the database has no tables</source>
            <translation>die Datenbank enthält keine Tabellen</translation>
        </message>
        <message>
            <source>the database has several tables; choose one of: %1</source>
            <translation>die Datenbank enthält mehrere Tabellen; wählen Sie eine davon: %1</translation>
        </message>
        <message>
            <source>cannot mark '%1' sensitive: %2 has no such column</source>
            <translation>'%1' kann nicht als sensibel markiert werden: %2 hat keine solche Spalte</translation>
        </message>
        <message>
            <source>the file is not a valid SQLite database (SQLite: %1); it may be damaged or cut short</source>
            <translation>die Datei ist keine gültige SQLite-Datenbank (SQLite: %1); sie ist möglicherweise beschädigt oder abgeschnitten</translation>
        </message>
        <message>
            <source>cannot read the database: %1</source>
            <translation>die Datenbank kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>the database is cut short: the file holds %1 bytes, less than the 100-byte header of an SQLite database</source>
            <translation>die Datenbank ist abgeschnitten: die Datei enthält %1 Bytes, weniger als der 100 Byte große Header einer SQLite-Datenbank</translation>
        </message>
        <message>
            <source>the database is cut short: its header gives %1 pages of %2 bytes (%3 bytes), but the file holds %4; copy the whole file again</source>
            <translation>die Datenbank ist abgeschnitten: laut Header hat sie %1 Seiten zu %2 Bytes (%3 Bytes), die Datei enthält aber %4; kopieren Sie die ganze Datei noch einmal</translation>
        </message>
        <message>
            <source>cannot open the file: no such file</source>
            <translation>die Datei kann nicht geöffnet werden: Datei nicht gefunden</translation>
        </message>
        <message>
            <source>the file is not an SQLite database</source>
            <translation>die Datei ist keine SQLite-Datenbank</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>nicht genügend Arbeitsspeicher</translation>
        </message>
        <message>
            <source>cannot open the database: %1</source>
            <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>%1, table '%2'</source>
            <translation>%1, Tabelle '%2'</translation>
        </message>
        <message>
            <source>there is no table or view named '%1'; the database has no tables</source>
            <translation>es gibt keine Tabelle oder View namens '%1'; die Datenbank enthält keine Tabellen</translation>
        </message>
        <message>
            <source>there is no table or view named '%1'; the tables are: %2</source>
            <translation>es gibt keine Tabelle oder View namens '%1'; die Tabellen sind: %2</translation>
        </message>
        <message>
            <source>reading the table in chunks needs the type of every column, and '%1' has none</source>
            <translation>das blockweise Lesen der Tabelle braucht den Typ jeder Spalte, und '%1' hat keinen</translation>
        </message>
        <message>
            <source>the text is not valid UTF-8 (byte %1 of the value)</source>
            <translation>der Text ist kein gültiges UTF-8 (Byte %1 des Werts)</translation>
        </message>
        <message>
            <source>the text holds a NUL byte (byte %1 of the value); text cannot contain NUL bytes</source>
            <translation>der Text enthält ein NUL-Byte (Byte %1 des Werts); Text darf keine NUL-Bytes enthalten</translation>
        </message>
        <message>
            <source>the cell holds binary data (a BLOB); only numbers, text and NULL can be imported</source>
            <translation>die Zelle enthält Binärdaten (ein BLOB); nur Zahlen, Text und NULL können importiert werden</translation>
        </message>
        <message>
            <source>the table has no rows</source>
            <translation>die Tabelle hat keine Zeilen</translation>
        </message>
        <message>
            <source>no column named '%1'; the columns are: %2</source>
            <translation>keine Spalte namens '%1'; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>column %1 (%2) has no name in the header row; it is called '%3'</source>
            <translation>Spalte %1 (%2) hat in der Kopfzeile keinen Namen; sie heißt '%3'</translation>
        </message>
        <message>
            <source>the column name '%1' appears twice in the header row (columns %2 (%3) and %4 (%5)); column names must be unique</source>
            <translation>der Spaltenname '%1' kommt in der Kopfzeile zweimal vor (Spalten %2 (%3) und %4 (%5)); Spaltennamen müssen eindeutig sein</translation>
        </message>
        <message>
            <source>a type (%1) was set for the column '%2', but there is no such column; the columns are: %3</source>
            <translation>für die Spalte '%2' wurde ein Typ (%1) festgelegt, aber es gibt keine solche Spalte; die Spalten sind: %3</translation>
        </message>
        <message>
            <source>the customer id column '%1' does not exist; the columns are: %2</source>
            <translation>die Kunden-ID-Spalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>row %1 %2</source>
            <translation>Zeile %1 %2</translation>
        </message>
        <message numerus="yes">
            <source>the column is set to integer, but %n cell(s) cannot be read as whole numbers: %1</source>
            <translation>
                <numerusform>die Spalte ist als integer festgelegt, aber %n Zelle lässt sich nicht als ganze Zahl lesen: %1</numerusform>
                <numerusform>die Spalte ist als integer festgelegt, aber %n Zellen lassen sich nicht als ganze Zahlen lesen: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to boolean, but %n cell(s) cannot be read as true/false values (true/false, yes/no, t/f, y/n or 1/0): %1</source>
            <translation>
                <numerusform>die Spalte ist als boolean festgelegt, aber %n Zelle lässt sich nicht als Wahrheitswert lesen (true/false, yes/no, t/f, y/n oder 1/0): %1</numerusform>
                <numerusform>die Spalte ist als boolean festgelegt, aber %n Zellen lassen sich nicht als Wahrheitswerte lesen (true/false, yes/no, t/f, y/n oder 1/0): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to date, but %n cell(s) cannot be read as dates (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331): %1</source>
            <translation>
                <numerusform>die Spalte ist als date festgelegt, aber %n Zelle lässt sich nicht als Datum lesen (wie 2024-03-31, 3/31/2024, 31.03.2024 oder 20240331): %1</numerusform>
                <numerusform>die Spalte ist als date festgelegt, aber %n Zellen lassen sich nicht als Datum lesen (wie 2024-03-31, 3/31/2024, 31.03.2024 oder 20240331): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to real, but %n cell(s) cannot be read as numbers: %1</source>
            <translation>
                <numerusform>die Spalte ist als real festgelegt, aber %n Zelle lässt sich nicht als Zahl lesen: %1</numerusform>
                <numerusform>die Spalte ist als real festgelegt, aber %n Zellen lassen sich nicht als Zahlen lesen: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' is entirely missing (all %2 values are empty or missing markers)</source>
            <translation>Spalte '%1' fehlt vollständig (alle %2 Werte sind leer oder als fehlend markiert)</translation>
        </message>
        <message>
            <source>column '%1' holds an integer too large to be stored exactly: row %2 %3 is read as %4 (numbers beyond 2^53 = 9007199254740992 keep about 16 significant digits)</source>
            <translation>Spalte '%1' enthält eine ganze Zahl, die zu groß ist, um exakt gespeichert zu werden: Zeile %2 %3 wird als %4 gelesen (Zahlen jenseits von 2^53 = 9007199254740992 behalten etwa 16 signifikante Stellen)</translation>
        </message>
        <message numerus="yes">
            <source>%1; %n more value(s) like it</source>
            <translation>
                <numerusform>%1; %n weiterer solcher Wert</numerusform>
                <numerusform>%1; %n weitere solche Werte</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' holds only integers of %2 or more digits, some too large to be stored exactly (row %3 %4); they look like codes, so the column is read as identifier text</source>
            <translation>Spalte '%1' enthält nur ganze Zahlen mit %2 oder mehr Stellen, einige davon zu groß, um exakt gespeichert zu werden (Zeile %3 %4); sie sehen wie Codes aus, daher wird die Spalte als ID-Text gelesen</translation>
        </message>
        <message numerus="yes">
            <source>the customer id is missing in %n row(s): %1; every row needs an id</source>
            <translation>
                <numerusform>die Kunden-ID fehlt in %n Zeile: %1; jede Zeile braucht eine ID</numerusform>
                <numerusform>die Kunden-ID fehlt in %n Zeilen: %1; jede Zeile braucht eine ID</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1 appears in rows %2 and %3</source>
            <translation>ID %1 kommt in den Zeilen %2 und %3 vor</translation>
        </message>
        <message>
            <source>%1; and %2 more repeated ids</source>
            <translation>%1; und %2 weitere wiederholte IDs</translation>
        </message>
        <message>
            <source>%1; customer ids must be unique</source>
            <translation>%1; Kunden-IDs müssen eindeutig sein</translation>
        </message>
        <message>
            <source>%1; %2 rows for %3 ids look like a transaction log (a row per purchase): turn it into one row per customer first</source>
            <translation>%1; %2 Zeilen für %3 IDs sehen wie ein Transaktionsprotokoll aus (eine Zeile pro Kauf): wandeln Sie die Daten zuerst in eine Zeile pro Kunde um</translation>
        </message>
        <message>
            <source>column '%1' holds numbers with a decimal comma (row %2: %3), read with ',' as the decimal mark (%3 is %4)</source>
            <translation>Spalte '%1' enthält Zahlen mit Dezimalkomma (Zeile %2: %3), gelesen mit ',' als Dezimaltrennzeichen (%3 ist %4)</translation>
        </message>
        <message>
            <source>cannot append rows with %1 columns to a table of %2</source>
            <translation>Zeilen mit %1 Spalten können nicht an eine Tabelle mit %2 angehängt werden</translation>
        </message>
        <message>
            <source>cannot append rows: column %1 is '%2' (%3), not '%4' (%5)</source>
            <translation>Zeilen können nicht angehängt werden: Spalte %1 ist '%2' (%3), nicht '%4' (%5)</translation>
        </message>
        <message>
            <source>the %1 is %2 (it starts with a byte order mark); save it as UTF-8</source>
            <translation>%1 ist in %2 kodiert (sie beginnt mit einer Byte-Order-Mark); speichern Sie sie als UTF-8</translation>
        </message>
        <message>
            <source>the %1 is %2 (every second byte is NUL); save it as UTF-8</source>
            <translation>%1 ist in %2 kodiert (jedes zweite Byte ist NUL); speichern Sie sie als UTF-8</translation>
        </message>
        <message>
            <source>the %1 is %2 (three bytes of every four are NUL); save it as UTF-8</source>
            <translation>%1 ist in %2 kodiert (drei von vier Bytes sind NUL); speichern Sie sie als UTF-8</translation>
        </message>
        <message>
            <source>a decimal comma or a thousands separator</source>
            <translation>ein Dezimalkomma oder ein Tausendertrennzeichen</translation>
        </message>
        <message>
            <source>a decimal comma</source>
            <translation>ein Dezimalkomma</translation>
        </message>
        <message>
            <source>thousands separators</source>
            <translation>Tausendertrennzeichen</translation>
        </message>
        <message>
            <source>a currency or percent sign</source>
            <translation>ein Währungs- oder Prozentzeichen</translation>
        </message>
        <message>
            <source>no special style</source>
            <translation>keine besondere Schreibweise</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>Demodaten</translation>
        </message>
        <message>
            <source>a lifetime-value model input (frequency, recency, T, monetary value in weeks): the purchase history of orders, days_since_last_order and tenure_days in the models' terms, so not clustered on</source>
            <translation>eine Eingabe der Kundenwertmodelle (frequency, recency, T, monetary value, in Wochen): die Kaufhistorie aus orders, days_since_last_order und tenure_days in der Sprache der Modelle, daher wird nicht danach geclustert</translation>
        </message>
        <message>
            <source>PCA failed: the covariance of the data is not finite (does the data contain NaN or infinite values?)</source>
            <translation>PCA fehlgeschlagen: die Kovarianz der Daten ist nicht endlich (enthalten die Daten NaN oder unendliche Werte?)</translation>
        </message>
        <message>
            <source>PCA failed: the covariance eigen-decomposition did not converge (does the data contain NaN or infinite values?)</source>
            <translation>PCA fehlgeschlagen: die Eigenzerlegung der Kovarianz ist nicht konvergiert (enthalten die Daten NaN oder unendliche Werte?)</translation>
        </message>
        <message>
            <source>PCA failed: the leading principal axes did not converge after %1 Lanczos steps</source>
            <translation>PCA fehlgeschlagen: die führenden Hauptachsen sind nach %1 Lanczos-Schritten nicht konvergiert</translation>
        </message>
        <message>
            <source>PCA was fitted on %1 features but the new rows have %2</source>
            <translation>PCA wurde auf %1 Merkmale angepasst, die neuen Zeilen haben aber %2</translation>
        </message>
        <message>
            <source>PCA needs between 1 and %1 components (the number of features), not %2</source>
            <translation>PCA braucht zwischen 1 und %1 Komponenten (die Zahl der Merkmale), nicht %2</translation>
        </message>
        <message>
            <source>PCA needs at least one row of data</source>
            <translation>PCA braucht mindestens eine Datenzeile</translation>
        </message>
        <message>
            <source>the Lanczos PCA solver finds fewer components than half the features, but %1 of %2 were asked for</source>
            <translation>der Lanczos-PCA-Löser findet weniger Komponenten als die Hälfte der Merkmale, angefordert wurden aber %1 von %2</translation>
        </message>
        <message>
            <source>UMAP needs finite values; prepared row %1, feature %2 is %3</source>
            <translation>UMAP braucht endliche Werte; in der vorbereiteten Zeile %1 ist Merkmal %2 gleich %3</translation>
        </message>
        <message>
            <source>unknown metric '%1'; accepted values: euclidean, manhattan, cosine</source>
            <translation>unbekannte Metrik '%1'; zulässige Werte: euclidean, manhattan, cosine</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be at least 2 and less than the number of rows (%2)</source>
            <translation>%1 liegt außerhalb des Bereichs: der Wert muss mindestens 2 und kleiner als die Zahl der Zeilen (%2) sein</translation>
        </message>
        <message>
            <source>%1 rows are too few: the map is fitted on them, so they must be more than neighbors (%2)</source>
            <translation>%1 Zeilen sind zu wenige: die Karte wird auf ihnen angepasst, daher müssen es mehr sein als neighbors (%2)</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be a positive number</source>
            <translation>%1 liegt außerhalb des Bereichs: der Wert muss eine positive Zahl sein</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 or more</source>
            <translation>%1 liegt außerhalb des Bereichs: der Wert muss 0 oder größer sein</translation>
        </message>
        <message>
            <source>%1 is greater than spread (%2); min_dist must not exceed spread</source>
            <translation>%1 ist größer als spread (%2); min_dist darf spread nicht überschreiten</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 (chosen by size) to 100000</source>
            <translation>%1 liegt außerhalb des Bereichs: der Wert muss zwischen 0 (nach Größe gewählt) und 100000 liegen</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 to 1000</source>
            <translation>%1 liegt außerhalb des Bereichs: der Wert muss zwischen 0 und 1000 liegen</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be between 0 and 1</source>
            <translation>%1 liegt außerhalb des Bereichs: der Wert muss zwischen 0 und 1 liegen</translation>
        </message>
        <message>
            <source>UMAP supports at most 2147483647 rows, not %1</source>
            <translation>UMAP unterstützt höchstens 2147483647 Zeilen, nicht %1</translation>
        </message>
        <message>
            <source>the neighbour graph has %1 disconnected parts, so the map starts from the principal components</source>
            <translation>der Nachbarschaftsgraph hat %1 unverbundene Teile, daher startet die Karte von den Hauptkomponenten</translation>
        </message>
        <message>
            <source>the spectral start did not converge, so the map starts from the principal components</source>
            <translation>der spektrale Start ist nicht konvergiert, daher startet die Karte von den Hauptkomponenten</translation>
        </message>
        <message>
            <source>UMAP transform: the rows have %1 features, the map was fitted on %2</source>
            <translation>UMAP-Transformation: die Zeilen haben %1 Merkmale, die Karte wurde auf %2 angepasst</translation>
        </message>
        <message>
            <source>no treated customers: the campaign cannot be judged here</source>
            <translation>keine Kunden in der Testgruppe: die Kampagne lässt sich hier nicht beurteilen</translation>
        </message>
        <message>
            <source>no control customers: the campaign cannot be judged here</source>
            <translation>keine Kunden in der Kontrollgruppe: die Kampagne lässt sich hier nicht beurteilen</translation>
        </message>
        <message>
            <source>fewer than 5 conversions (or non-conversions) expected in an arm: the p-value's normal approximation is rough; the interval is the better guide</source>
            <translation>in einem Arm werden weniger als 5 Conversions (oder Nicht-Conversions) erwartet: die Normalapproximation des p-Werts ist grob; das Intervall ist der bessere Anhaltspunkt</translation>
        </message>
        <message>
            <source>conversion: no significant difference, but only a difference of %1 points or more would be found with %2 power: a smaller effect may have been missed</source>
            <translation>Conversion: kein signifikanter Unterschied, aber erst ein Unterschied von %1 Prozentpunkten oder mehr würde mit %2 Teststärke erkannt: ein kleinerer Effekt könnte übersehen worden sein</translation>
        </message>
        <message>
            <source>revenue: no significant difference, but only a difference of %1 per customer or more would be found with %2 power: a smaller effect may have been missed</source>
            <translation>Umsatz: kein signifikanter Unterschied, aber erst ein Unterschied von %1 pro Kunde oder mehr würde mit %2 Teststärke erkannt: ein kleinerer Effekt könnte übersehen worden sein</translation>
        </message>
        <message>
            <source>the confidence level must lie between 0.5 and 1</source>
            <translation>das Konfidenzniveau muss zwischen 0.5 und 1 liegen</translation>
        </message>
        <message>
            <source>the power must lie between 0.5 and 1</source>
            <translation>die Teststärke muss zwischen 0.5 und 1 liegen</translation>
        </message>
        <message>
            <source>at least 100 bootstrap resamples are needed</source>
            <translation>mindestens 100 Bootstrap-Stichproben sind nötig</translation>
        </message>
        <message>
            <source>the campaign's columns differ in length</source>
            <translation>die Spalten der Kampagne sind unterschiedlich lang</translation>
        </message>
        <message>
            <source>the campaign has neither conversions nor revenue to compare</source>
            <translation>die Kampagne hat weder Conversions noch Umsatz zum Vergleichen</translation>
        </message>
        <message>
            <source>covariate '%1' has the wrong number of customers</source>
            <translation>Kovariate '%1' hat die falsche Zahl von Kunden</translation>
        </message>
        <message>
            <source>customer %1 is in segment %2, which the run lacks</source>
            <translation>Kunde %1 ist in Segment %2, das es im Lauf nicht gibt</translation>
        </message>
        <message>
            <source>customer %1: a conversion is 0 or 1 (no or yes)</source>
            <translation>Kunde %1: eine Conversion ist 0 oder 1 (nein oder ja)</translation>
        </message>
        <message>
            <source>the campaign has no treated customers: lift compares the two arms</source>
            <translation>die Kampagne hat keine Kunden in der Testgruppe: Uplift vergleicht die beiden Arme</translation>
        </message>
        <message>
            <source>the campaign has no control customers: lift compares the two arms</source>
            <translation>die Kampagne hat keine Kunden in der Kontrollgruppe: Uplift vergleicht die beiden Arme</translation>
        </message>
        <message>
            <source>revenue: fewer than two customers with a known revenue in an arm</source>
            <translation>Umsatz: weniger als zwei Kunden mit bekanntem Umsatz in einem Arm</translation>
        </message>
        <message>
            <source>segment %1 '%2'</source>
            <translation>Segment %1 '%2'</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>%1 (SMD %2)</source>
            <translation>%1 (SMD %2)</translation>
        </message>
        <message>
            <source>the arms differed before the campaign in %1: these may confound the lift, as if the campaign had caused the difference</source>
            <translation>die Arme unterschieden sich vor der Kampagne in %1: dies kann den Uplift verzerren, als hätte die Kampagne den Unterschied verursacht</translation>
        </message>
        <message>
            <source>the arms hold the segments in different shares: the overall lift mixes them unequally; the per-segment lifts compare like with like</source>
            <translation>die Arme enthalten die Segmente in unterschiedlichen Anteilen: der Gesamt-Uplift mischt sie ungleich; die Uplifts pro Segment vergleichen Gleiches mit Gleichem</translation>
        </message>
        <message>
            <source>the gap statistic needs kMax &gt;= 1, at least one reference set and one restart</source>
            <translation>die Gap-Statistik braucht kMax &gt;= 1, mindestens einen Referenzdatensatz und einen Neustart</translation>
        </message>
        <message>
            <source>prediction strength needs 2 &lt;= kMin &lt;= kMax and at least one split</source>
            <translation>die Vorhersagestärke braucht 2 &lt;= kMin &lt;= kMax und mindestens eine Teilung</translation>
        </message>
        <message>
            <source>prediction strength's strata must have one label per row</source>
            <translation>die Schichten der Vorhersagestärke müssen ein Label pro Zeile haben</translation>
        </message>
        <message>
            <source>prediction strength for k up to %1 needs at least %2 customers, twice as many; there are %3</source>
            <translation>die Vorhersagestärke für k bis %1 braucht mindestens %2 Kunden, doppelt so viele; vorhanden sind %3</translation>
        </message>
        <message>
            <source>label %1 at row index %2 is invalid: cluster ids are &gt;= 0, and -1 marks noise</source>
            <translation>Label %1 bei Zeilenindex %2 ist ungültig: Cluster-IDs sind &gt;= 0, und -1 kennzeichnet Rauschen</translation>
        </message>
        <message>
            <source>the data has %1 rows but there are %2 labels</source>
            <translation>die Daten haben %1 Zeilen, aber es gibt %2 Labels</translation>
        </message>
        <message>
            <source>the two labelings have different lengths (%1 and %2)</source>
            <translation>die beiden Zuordnungen sind unterschiedlich lang (%1 und %2)</translation>
        </message>
        <message>
            <source>run %1 has no labels</source>
            <translation>Lauf %1 hat keine Labels</translation>
        </message>
        <message>
            <source>run %1 has not one label per row</source>
            <translation>Lauf %1 hat nicht genau ein Label pro Zeile</translation>
        </message>
        <message>
            <source>the rows of run %1 are not ascending</source>
            <translation>die Zeilen von Lauf %1 sind nicht aufsteigend</translation>
        </message>
        <message>
            <source>run %1 has the label %2 outside its %3 segments</source>
            <translation>Lauf %1 hat das Label %2 außerhalb seiner %3 Segmente</translation>
        </message>
        <message>
            <source>trustworthiness: the map has %1 rows, the data %2</source>
            <translation>Vertrauenswürdigkeit: die Karte hat %1 Zeilen, die Daten %2</translation>
        </message>
        <message>
            <source>trustworthiness: k = %1 needs at least 2k + 1 rows, there are %2</source>
            <translation>Vertrauenswürdigkeit: k = %1 braucht mindestens 2k + 1 Zeilen, vorhanden sind %2</translation>
        </message>
        <message>
            <source>trustworthiness: the map has %1 points, the data %2 rows</source>
            <translation>Vertrauenswürdigkeit: die Karte hat %1 Punkte, die Daten %2 Zeilen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>what failed: the system's reason</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no file name given</source>
            <translation>kein Dateiname angegeben</translation>
        </message>
        <message>
            <source>is a directory, not a file</source>
            <translation>ist ein Verzeichnis, keine Datei</translation>
        </message>
        <message>
            <source>permission denied: the file is read-only (its owner has no write permission), so it is not replaced</source>
            <translation>Zugriff verweigert: die Datei ist schreibgeschützt (ihr Eigentümer hat keine Schreibberechtigung), daher wird sie nicht ersetzt</translation>
        </message>
        <message>
            <source>permission denied: this user may not write the file, so it is not replaced</source>
            <translation>Zugriff verweigert: dieser Benutzer darf die Datei nicht schreiben, daher wird sie nicht ersetzt</translation>
        </message>
        <message>
            <source>cannot write</source>
            <translation>Schreiben nicht möglich</translation>
        </message>
        <message>
            <source>cannot write: the folder %1 does not exist</source>
            <translation>Schreiben nicht möglich: der Ordner %1 existiert nicht</translation>
        </message>
        <message>
            <source>cannot write: %1 is not a folder</source>
            <translation>Schreiben nicht möglich: %1 ist kein Ordner</translation>
        </message>
        <message>
            <source>cannot write into the folder %1</source>
            <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>is a folder, not a file: name a file to write in it</source>
            <translation>ist ein Ordner, keine Datei: geben Sie eine Datei darin an, in die geschrieben werden soll</translation>
        </message>
        <message>
            <source>is neither a regular file nor a character device or FIFO; refusing to write to it</source>
            <translation>ist weder eine reguläre Datei noch ein zeichenorientiertes Gerät oder FIFO; es wird nicht hineingeschrieben</translation>
        </message>
        <message>
            <source>cannot open</source>
            <translation>Öffnen nicht möglich</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1</source>
            <translation>in %1 kann keine temporäre Datei angelegt werden</translation>
        </message>
        <message>
            <source>cannot set the permissions of the temporary file</source>
            <translation>die Zugriffsrechte der temporären Datei können nicht gesetzt werden</translation>
        </message>
        <message>
            <source>the file could not be written</source>
            <translation>die Datei konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the file was already committed</source>
            <translation>die Datei wurde bereits festgeschrieben</translation>
        </message>
        <message>
            <source>cannot name the temporary file</source>
            <translation>die temporäre Datei kann nicht benannt werden</translation>
        </message>
        <message>
            <source>cannot keep the old file while replacing it</source>
            <translation>die alte Datei kann beim Ersetzen nicht aufbewahrt werden</translation>
        </message>
        <message>
            <source>cannot replace the file</source>
            <translation>die Datei kann nicht ersetzt werden</translation>
        </message>
        <message>
            <source>is the same file as %1; each output needs a file of its own</source>
            <translation>ist dieselbe Datei wie %1; jede Ausgabe braucht eine eigene Datei</translation>
        </message>
        <message>
            <source>%1 could not be put back: %2</source>
            <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
        </message>
        <message>
            <source>%1 could not be put back: %2 (its old content is in %3)</source>
            <translation>%1 konnte nicht wiederhergestellt werden: %2 (der alte Inhalt liegt in %3)</translation>
        </message>
        <message>
            <source>%1; the files replaced before it were put back</source>
            <translation>%1; die zuvor ersetzten Dateien wurden wiederhergestellt</translation>
        </message>
        <message>
            <source>cannot read the symbolic link %1</source>
            <translation>der symbolische Link %1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>cannot look up %1</source>
            <translation>%1 kann nicht abgefragt werden</translation>
        </message>
        <message>
            <source>cannot follow the symbolic links</source>
            <translation>den symbolischen Links kann nicht gefolgt werden</translation>
        </message>
        <message>
            <source>only %1 of %2 customers are left after setting aside the outliers beyond a robust z of %3, fewer than the %4 segments asked for; raise the outlier threshold or turn it off</source>
            <translation>nach dem Zurückstellen der Ausreißer jenseits eines robusten z-Werts von %3 bleiben nur %1 von %2 Kunden übrig, weniger als die %4 angeforderten Segmente; erhöhen Sie den Ausreißer-Schwellenwert oder schalten Sie ihn aus</translation>
        </message>
        <message>
            <source>%1 of %2 customers were set aside as outliers (a feature beyond a robust z of %3) and are in no segment</source>
            <translation>%1 von %2 Kunden wurden als Ausreißer zurückgestellt (ein Merkmal jenseits eines robusten z-Werts von %3) und sind in keinem Segment</translation>
        </message>
        <message>
            <source>the Gaussian mixture treats the 0/1 features of the categorical columns %1 as continuous: segments tend to split by category rather than by behaviour; leave those columns out, or compare with k-means</source>
            <translation>das Gauß-Mischmodell behandelt die 0/1-Merkmale der kategorialen Spalten %1 als stetig: Segmente teilen sich dann eher nach Kategorie als nach Verhalten auf; lassen Sie diese Spalten weg oder vergleichen Sie mit k-means</translation>
        </message>
        <message>
            <source>%1 stopped at its limit of %2 iterations before converging</source>
            <translation>%1 hat bei der Grenze von %2 Iterationen vor der Konvergenz angehalten</translation>
        </message>
        <message numerus="yes">
            <source>it found %n segment(s)</source>
            <translation>
                <numerusform>%n Segment gefunden</numerusform>
                <numerusform>%n Segmente gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>its segments change with the seed (stability %1, below %2)</source>
            <translation>die Segmente ändern sich mit dem Startwert (Stabilität %1, unter %2)</translation>
        </message>
        <message>
            <source>its smallest segment holds %1 of the customers, below %2</source>
            <translation>das kleinste Segment enthält %1 der Kunden, weniger als %2</translation>
        </message>
        <message>
            <source>its separation (silhouette) is undefined</source>
            <translation>die Trennung (Silhouette) ist nicht definiert</translation>
        </message>
        <message>
            <source>it separates the customers less well than the current model (silhouette %1 against %2)</source>
            <translation>trennt die Kunden schlechter als das aktuelle Modell (Silhouette %1 gegenüber %2)</translation>
        </message>
        <message>
            <source>segment matching needs a label for every customer</source>
            <translation>der Abgleich der Segmente braucht ein Label für jeden Kunden</translation>
        </message>
        <message>
            <source>feature spec key '%1': %2</source>
            <translation>Merkmalsspezifikation, Schlüssel '%1': %2</translation>
        </message>
        <message>
            <source>unknown key; accepted keys: %1</source>
            <translation>unbekannter Schlüssel; zulässige Schlüssel: %1</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>Zahl erwartet</translation>
        </message>
        <message>
            <source>the weight %1 is out of range; %2</source>
            <translation>das Gewicht %1 liegt außerhalb des Bereichs; %2</translation>
        </message>
        <message>
            <source>expected a text value</source>
            <translation>Textwert erwartet</translation>
        </message>
        <message>
            <source>a weight is a number from %1 to %2</source>
            <translation>ein Gewicht ist eine Zahl von %1 bis %2</translation>
        </message>
        <message>
            <source>unknown transform '%1'; accepted values: %2</source>
            <translation>unbekannte Transformation '%1'; zulässige Werte: %2</translation>
        </message>
        <message>
            <source>unknown scaling '%1'; accepted values: %2</source>
            <translation>unbekannte Skalierung '%1'; zulässige Werte: %2</translation>
        </message>
        <message>
            <source>unknown imputation '%1'; accepted values: %2</source>
            <translation>unbekannte Imputation '%1'; zulässige Werte: %2</translation>
        </message>
        <message>
            <source>the feature spec has no groups; list at least one group with its columns</source>
            <translation>die Merkmalsspezifikation hat keine Gruppen; geben Sie mindestens eine Gruppe mit ihren Spalten an</translation>
        </message>
        <message>
            <source>every group of the feature spec is disabled ("enabled": false): %1; enable a group to cluster its columns</source>
            <translation>jede Gruppe der Merkmalsspezifikation ist deaktiviert ("enabled": false): %1; aktivieren Sie eine Gruppe, um nach ihren Spalten zu clustern</translation>
        </message>
        <message>
            <source>no enabled group of the feature spec lists a column</source>
            <translation>keine aktivierte Gruppe der Merkmalsspezifikation nennt eine Spalte</translation>
        </message>
        <message>
            <source>no enabled group of the feature spec lists a column; the disabled groups are %1</source>
            <translation>keine aktivierte Gruppe der Merkmalsspezifikation nennt eine Spalte; die deaktivierten Gruppen sind %1</translation>
        </message>
        <message>
            <source>no column was named; name the columns to cluster</source>
            <translation>keine Spalte angegeben; nennen Sie die Spalten, nach denen geclustert werden soll</translation>
        </message>
        <message>
            <source>column '%1' holds identifiers (free text or keys) and cannot be a feature</source>
            <translation>Spalte '%1' enthält Kennungen (Freitext oder Schlüssel) und kann kein Merkmal sein</translation>
        </message>
        <message>
            <source>no column named %1; the columns are: %2</source>
            <translation>keine Spalte namens %1; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>feature spec</source>
            <translation>die Merkmalsspezifikation</translation>
        </message>
        <message>
            <source>the feature spec must be a JSON object</source>
            <translation>die Merkmalsspezifikation muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>expected a whole number from 1 to 10000</source>
            <translation>ganze Zahl von 1 bis 10000 erwartet</translation>
        </message>
        <message>
            <source>expected two quantiles, e.g. [0.01, 0.99]</source>
            <translation>zwei Quantile erwartet, z. B. [0.01, 0.99]</translation>
        </message>
        <message>
            <source>expected 0 &lt;= lower &lt; upper &lt;= 1</source>
            <translation>0 &lt;= lower &lt; upper &lt;= 1 erwartet</translation>
        </message>
        <message>
            <source>missing; a feature spec lists its feature groups</source>
            <translation>fehlt; eine Merkmalsspezifikation listet ihre Merkmalsgruppen auf</translation>
        </message>
        <message>
            <source>expected an array of groups</source>
            <translation>Array von Gruppen erwartet</translation>
        </message>
        <message>
            <source>expected an object with "name" and "columns"</source>
            <translation>Objekt mit "name" und "columns" erwartet</translation>
        </message>
        <message>
            <source>every group needs a non-empty name</source>
            <translation>jede Gruppe braucht einen nicht leeren Namen</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true oder false erwartet</translation>
        </message>
        <message>
            <source>expected an array of column names</source>
            <translation>Array von Spaltennamen erwartet</translation>
        </message>
        <message>
            <source>expected the column name</source>
            <translation>Spaltenname erwartet</translation>
        </message>
        <message>
            <source>expected a column name or an object with "column"</source>
            <translation>Spaltenname oder Objekt mit "column" erwartet</translation>
        </message>
        <message>
            <source>empty column name</source>
            <translation>leerer Spaltenname</translation>
        </message>
        <message>
            <source>column '%1' is listed more than once</source>
            <translation>Spalte '%1' ist mehrfach aufgeführt</translation>
        </message>
        <message>
            <source>feature spec file</source>
            <translation>die Datei mit der Merkmalsspezifikation</translation>
        </message>
        <message>
            <source>a decimal comma is read only from files delimited by ';' or tabs, in columns whose every value is an integer or uses it: write the numbers with '.' as the decimal mark</source>
            <translation>ein Dezimalkomma wird nur in Dateien gelesen, die durch ';' oder Tabulatoren getrennt sind, und nur in Spalten, deren Werte alle ganze Zahlen sind oder es verwenden: schreiben Sie die Zahlen mit '.' als Dezimaltrennzeichen</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma or a thousands separator ('%1'), which are not read as numbers; %2, or leave the column out</source>
            <translation>die Spalte sieht aus wie Zahlen mit Dezimalkomma oder Tausendertrennzeichen ('%1'), die nicht als Zahlen gelesen werden; %2, oder lassen Sie die Spalte weg</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma ('%1'), which are not read as numbers; %2, or leave the column out</source>
            <translation>die Spalte sieht aus wie Zahlen mit Dezimalkomma ('%1'), die nicht als Zahlen gelesen werden; %2, oder lassen Sie die Spalte weg</translation>
        </message>
        <message>
            <source>the column looks like numbers with thousands separators ('%1'), which are not read as numbers; remove the thousands separators, or leave the column out</source>
            <translation>die Spalte sieht aus wie Zahlen mit Tausendertrennzeichen ('%1'), die nicht als Zahlen gelesen werden; entfernen Sie die Tausendertrennzeichen oder lassen Sie die Spalte weg</translation>
        </message>
        <message>
            <source>the column looks like numbers with a currency or percent sign ('%1'), which are not read as numbers; remove the currency or percent signs, or leave the column out</source>
            <translation>die Spalte sieht aus wie Zahlen mit Währungs- oder Prozentzeichen ('%1'), die nicht als Zahlen gelesen werden; entfernen Sie die Währungs- oder Prozentzeichen oder lassen Sie die Spalte weg</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma (row %1: '%2'), but '%3' has a thousands separator too, and thousands separators are never read as part of a number; remove them (a decimal comma alone is read in files delimited by ';' or tabs), or leave the column out</source>
            <translation>die Spalte sieht aus wie Zahlen mit Dezimalkomma (Zeile %1: '%2'), aber '%3' hat auch ein Tausendertrennzeichen, und Tausendertrennzeichen werden nie als Teil einer Zahl gelesen; entfernen Sie sie (ein Dezimalkomma allein wird in Dateien gelesen, die durch ';' oder Tabulatoren getrennt sind) oder lassen Sie die Spalte weg</translation>
        </message>
        <message>
            <source>row %1 '%2'</source>
            <translation>Zeile %1 '%2'</translation>
        </message>
        <message>
            <source>expected numbers, but 1 of %1 cells is not: %2; correct them, leave them empty if they are missing, or leave the column out</source>
            <translation>Zahlen erwartet, aber 1 von %1 Zellen ist keine: %2; korrigieren Sie sie, lassen Sie sie leer, wenn der Wert fehlt, oder lassen Sie die Spalte weg</translation>
        </message>
        <message numerus="yes">
            <source>expected numbers, but %n of %1 cells are not: %2; correct them, leave them empty if they are missing, or leave the column out</source>
            <translation>
                <numerusform>Zahlen erwartet, aber %n von %1 Zellen ist keine: %2; korrigieren Sie sie, lassen Sie sie leer, wenn der Wert fehlt, oder lassen Sie die Spalte weg</numerusform>
                <numerusform>Zahlen erwartet, aber %n von %1 Zellen sind keine: %2; korrigieren Sie sie, lassen Sie sie leer, wenn die Werte fehlen, oder lassen Sie die Spalte weg</numerusform>
            </translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a categorical column</source>
            <translation>die Spalte hat den Typ %1, aber die angepassten Merkmale erwarten eine kategoriale Spalte</translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a date column</source>
            <translation>die Spalte hat den Typ %1, aber die angepassten Merkmale erwarten eine Datumsspalte</translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a numeric column</source>
            <translation>die Spalte hat den Typ %1, aber die angepassten Merkmale erwarten eine numerische Spalte</translation>
        </message>
        <message>
            <source>the value %1 is too large to cluster: feature values must lie within ±%2 so that squared distances stay finite; correct the value, or give the column in larger units (thousands, millions)</source>
            <translation>der Wert %1 ist zu groß zum Clustern: Merkmalswerte müssen innerhalb von ±%2 liegen, damit quadrierte Abstände endlich bleiben; korrigieren Sie den Wert oder geben Sie die Spalte in größeren Einheiten an (Tausende, Millionen)</translation>
        </message>
        <message>
            <source>the value %1 becomes %2 after scaling (centre %3, scale %4, weight %5), beyond the ±%6 that can be clustered; the column's spread is too small for its scaling: use zscore or minmax scaling, or leave the column out</source>
            <translation>der Wert %1 wird nach der Skalierung zu %2 (Zentrum %3, Skala %4, Gewicht %5), jenseits der ±%6, die sich clustern lassen; die Streuung der Spalte ist für ihre Skalierung zu klein: verwenden Sie die Skalierung zscore oder minmax oder lassen Sie die Spalte weg</translation>
        </message>
        <message>
            <source>the log1p transform needs values of 0 or more, but this cell holds %1 (a date after the newest date seen when fitting); use the transform "none" or "winsorize" for this column</source>
            <translation>die Transformation log1p braucht Werte von 0 oder mehr, aber diese Zelle enthält %1 (ein Datum nach dem neuesten beim Anpassen gesehenen Datum); verwenden Sie für diese Spalte die Transformation "none" oder "winsorize"</translation>
        </message>
        <message>
            <source>the log1p transform needs values of 0 or more, but this cell holds %1; use the transform "none" or "winsorize" for this column</source>
            <translation>die Transformation log1p braucht Werte von 0 oder mehr, aber diese Zelle enthält %1; verwenden Sie für diese Spalte die Transformation "none" oder "winsorize"</translation>
        </message>
        <message>
            <source>the feature spec lists this column more than once</source>
            <translation>die Merkmalsspezifikation führt diese Spalte mehrfach auf</translation>
        </message>
        <message>
            <source>the column holds identifiers (free text or keys) and cannot be a feature; remove it from the feature spec</source>
            <translation>die Spalte enthält Kennungen (Freitext oder Schlüssel) und kann kein Merkmal sein; entfernen Sie sie aus der Merkmalsspezifikation</translation>
        </message>
        <message>
            <source>the transform "%1" applies to numeric columns, but this column is categorical</source>
            <translation>die Transformation "%1" gilt für numerische Spalten, aber diese Spalte ist kategorial</translation>
        </message>
        <message>
            <source>the weight of the group '%1' is %2, out of range; %3</source>
            <translation>das Gewicht der Gruppe '%1' ist %2 und liegt außerhalb des Bereichs; %3</translation>
        </message>
        <message>
            <source>the column's weight is %1, out of range; %2</source>
            <translation>das Gewicht der Spalte ist %1 und liegt außerhalb des Bereichs; %2</translation>
        </message>
        <message>
            <source>the feature spec names %1, but the table has no such column; the columns are: %2</source>
            <translation>die Merkmalsspezifikation nennt %1, aber die Tabelle hat keine solche Spalte; die Spalten sind: %2</translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the mean (%2)</source>
            <translation>
                <numerusform>Spalte '%1': %n fehlende Zelle mit dem Mittelwert (%2) ergänzt</numerusform>
                <numerusform>Spalte '%1': %n fehlende Zellen mit dem Mittelwert (%2) ergänzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the most frequent value (%2)</source>
            <translation>
                <numerusform>Spalte '%1': %n fehlende Zelle mit dem häufigsten Wert (%2) ergänzt</numerusform>
                <numerusform>Spalte '%1': %n fehlende Zellen mit dem häufigsten Wert (%2) ergänzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the median (%2)</source>
            <translation>
                <numerusform>Spalte '%1': %n fehlende Zelle mit dem Median (%2) ergänzt</numerusform>
                <numerusform>Spalte '%1': %n fehlende Zellen mit dem Median (%2) ergänzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the most frequent level '%2'</source>
            <translation>
                <numerusform>Spalte '%1': %n fehlende Zelle mit der häufigsten Ausprägung '%2' ergänzt</numerusform>
                <numerusform>Spalte '%1': %n fehlende Zellen mit der häufigsten Ausprägung '%2' ergänzt</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' is constant (every value is %2) and was left out</source>
            <translation>Spalte '%1' ist konstant (jeder Wert ist %2) und wurde weggelassen</translation>
        </message>
        <message>
            <source>column '%1' is constant after winsorizing (every value becomes %2) and was left out</source>
            <translation>Spalte '%1' ist nach der Winsorisierung konstant (jeder Wert wird zu %2) und wurde weggelassen</translation>
        </message>
        <message>
            <source>column '%1': the interquartile range is 0, so it is scaled by its standard deviation</source>
            <translation>Spalte '%1': der Interquartilsabstand ist 0, daher wird sie mit ihrer Standardabweichung skaliert</translation>
        </message>
        <message>
            <source>column '%1' is constant (every value is '%2') and was left out</source>
            <translation>Spalte '%1' ist konstant (jeder Wert ist '%2') und wurde weggelassen</translation>
        </message>
        <message>
            <source>column '%1': %2 less frequent levels were pooled into '%3'</source>
            <translation>Spalte '%1': %2 seltenere Ausprägungen wurden zu '%3' zusammengefasst</translation>
        </message>
        <message>
            <source>the column has no values (every cell is empty, NULL or a missing marker), so it cannot be a feature</source>
            <translation>die Spalte hat keine Werte (jede Zelle ist leer, NULL oder als fehlend markiert), daher kann sie kein Merkmal sein</translation>
        </message>
        <message>
            <source>every row misses at least one feature value, so imputation "drop" leaves no rows; choose median, mean or mode imputation</source>
            <translation>jeder Zeile fehlt mindestens ein Merkmalswert, daher lässt die Imputation "drop" keine Zeilen übrig; wählen Sie die Imputation median, mean oder mode</translation>
        </message>
        <message>
            <source>dropped %1 of %2 rows with a missing feature value (imputation "drop")</source>
            <translation>%1 von %2 Zeilen mit fehlendem Merkmalswert entfernt (Imputation "drop")</translation>
        </message>
        <message>
            <source>column '%1' is marked sensitive: segments that use it treat customers differently by it, which may be unlawful or unfair in marketing; leave it out of the features unless that is intended</source>
            <translation>Spalte '%1' ist als sensibel markiert: Segmente, die sie verwenden, behandeln Kunden danach unterschiedlich, was im Marketing rechtswidrig oder unfair sein kann; lassen Sie sie aus den Merkmalen weg, sofern das nicht beabsichtigt ist</translation>
        </message>
        <message>
            <source>column '%1' looks like a sensitive attribute (%2): segments that use it treat customers differently by it, which may be unlawful or unfair in marketing; leave it out of the features unless that is intended</source>
            <translation>Spalte '%1' sieht wie ein sensibles Merkmal aus (%2): Segmente, die sie verwenden, behandeln Kunden danach unterschiedlich, was im Marketing rechtswidrig oder unfair sein kann; lassen Sie sie aus den Merkmalen weg, sofern das nicht beabsichtigt ist</translation>
        </message>
        <message>
            <source>no usable feature remains: every selected column is constant (%1); a feature needs at least two different values</source>
            <translation>kein verwendbares Merkmal bleibt übrig: jede ausgewählte Spalte ist konstant (%1); ein Merkmal braucht mindestens zwei verschiedene Werte</translation>
        </message>
        <message>
            <source>the table part has fewer rows than the prepared data</source>
            <translation>der Tabellenteil hat weniger Zeilen als die vorbereiteten Daten</translation>
        </message>
        <message>
            <source>the rows of a stored transform are not rows of the table</source>
            <translation>die Zeilen einer gespeicherten Transformation sind keine Zeilen der Tabelle</translation>
        </message>
        <message>
            <source>unknown time unit '%1'; accepted values: day, week, month</source>
            <translation>unbekannte Zeiteinheit '%1'; zulässige Werte: day, week, month</translation>
        </message>
        <message>
            <source>the customer column '%1' does not exist; the columns are: %2</source>
            <translation>die Kundenspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the date column '%1' does not exist; the columns are: %2</source>
            <translation>die Datumsspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>give the amount column, or the unit price and quantity columns</source>
            <translation>geben Sie die Betragsspalte oder die Spalten für Stückpreis und Menge an</translation>
        </message>
        <message>
            <source>give the amount column or the unit price column, not both</source>
            <translation>geben Sie die Betragsspalte oder die Stückpreisspalte an, nicht beide</translation>
        </message>
        <message>
            <source>a unit price needs the quantity column: a line's amount is quantity x price</source>
            <translation>ein Stückpreis braucht die Mengenspalte: der Betrag einer Zeile ist Menge x Preis</translation>
        </message>
        <message>
            <source>the unit price column '%1' does not exist; the columns are: %2</source>
            <translation>die Stückpreisspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the amount column '%1' does not exist; the columns are: %2</source>
            <translation>die Betragsspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the quantity column '%1' does not exist; the columns are: %2</source>
            <translation>die Mengenspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the channel column '%1' does not exist; the columns are: %2</source>
            <translation>die Kanalspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the category column '%1' does not exist; the columns are: %2</source>
            <translation>die Kategoriespalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the holdout end %1 must be after the calibration end %2</source>
            <translation>das Ende des Holdout-Zeitraums %1 muss nach dem Ende des Kalibrierungszeitraums %2 liegen</translation>
        </message>
        <message>
            <source>the customer id is missing</source>
            <translation>die Kunden-ID fehlt</translation>
        </message>
        <message>
            <source>the date is missing</source>
            <translation>das Datum fehlt</translation>
        </message>
        <message>
            <source>'%1' is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)</source>
            <translation>'%1' ist kein Datum (wie 2024-03-31, 3/31/2024, 31.03.2024 oder 20240331)</translation>
        </message>
        <message>
            <source>the date %1 is in the future (after %2)</source>
            <translation>das Datum %1 liegt in der Zukunft (nach %2)</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>'%1' ist keine Zahl</translation>
        </message>
        <message>
            <source>the unit price is missing</source>
            <translation>der Stückpreis fehlt</translation>
        </message>
        <message>
            <source>the amount is missing</source>
            <translation>der Betrag fehlt</translation>
        </message>
        <message>
            <source>the quantity is missing: without it the line has no amount</source>
            <translation>die Menge fehlt: ohne sie hat die Zeile keinen Betrag</translation>
        </message>
        <message>
            <source>'%1' is not a number: without it the line has no amount</source>
            <translation>'%1' ist keine Zahl: ohne sie hat die Zeile keinen Betrag</translation>
        </message>
        <message>
            <source>every cell equals row %1: counted once</source>
            <translation>alle Zellen stimmen mit Zeile %1 überein: einmal gezählt</translation>
        </message>
        <message>
            <source>every cell equals row %1: kept</source>
            <translation>alle Zellen stimmen mit Zeile %1 überein: beibehalten</translation>
        </message>
        <message>
            <source>a negative amount (%1 x %2) is a return, not a purchase</source>
            <translation>ein negativer Betrag (%1 x %2) ist eine Retoure, kein Kauf</translation>
        </message>
        <message>
            <source>a negative amount (%1) is a return, not a purchase</source>
            <translation>ein negativer Betrag (%1) ist eine Retoure, kein Kauf</translation>
        </message>
        <message>
            <source>'%1' is not a number: the purchase counts, its quantity does not</source>
            <translation>'%1' ist keine Zahl: der Kauf zählt, seine Menge nicht</translation>
        </message>
        <message>
            <source>%1 row(s) missing id (left out)</source>
            <translation>%1 Zeile(n) ohne ID (ausgelassen)</translation>
        </message>
        <message>
            <source>%1 row(s) bad date (left out)</source>
            <translation>%1 Zeile(n) mit ungültigem Datum (ausgelassen)</translation>
        </message>
        <message>
            <source>%1 row(s) future date (left out)</source>
            <translation>%1 Zeile(n) mit Datum in der Zukunft (ausgelassen)</translation>
        </message>
        <message>
            <source>%1 row(s) bad amount (left out)</source>
            <translation>%1 Zeile(n) mit ungültigem Betrag (ausgelassen)</translation>
        </message>
        <message>
            <source>%1 row(s) return</source>
            <translation>%1 Zeile(n) mit Retoure</translation>
        </message>
        <message>
            <source>%1 customer(s) first bought after %2</source>
            <translation>%1 Kunde(n) mit Erstkauf nach %2</translation>
        </message>
        <message>
            <source>no customer made a purchase on or before the calibration end %1 (%2 rows)</source>
            <translation>kein Kunde hat am oder vor dem Ende des Kalibrierungszeitraums %1 einen Kauf getätigt (%2 Zeilen)</translation>
        </message>
        <message>
            <source>no customer made a purchase on or before the calibration end %1 (%2 rows; %3)</source>
            <translation>kein Kunde hat am oder vor dem Ende des Kalibrierungszeitraums %1 einen Kauf getätigt (%2 Zeilen; %3)</translation>
        </message>
        <message>
            <source>the frequency column '%1' does not exist; the columns are: %2</source>
            <translation>die Häufigkeitsspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the recency column '%1' does not exist; the columns are: %2</source>
            <translation>die Aktualitätsspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the T column '%1' does not exist; the columns are: %2</source>
            <translation>die T-Spalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the monetary column '%1' does not exist; the columns are: %2</source>
            <translation>die Geldwertspalte '%1' existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>the value is missing</source>
            <translation>der Wert fehlt</translation>
        </message>
        <message>
            <source>the frequency %1 is not a whole number of repeat purchases (0, 1, 2, ...)</source>
            <translation>die Häufigkeit %1 ist keine ganze Zahl von Wiederholungskäufen (0, 1, 2, ...)</translation>
        </message>
        <message>
            <source>T %1 is negative (the time from the first purchase to the end of calibration)</source>
            <translation>T %1 ist negativ (die Zeit vom ersten Kauf bis zum Ende des Kalibrierungszeitraums)</translation>
        </message>
        <message>
            <source>T is 0 but the frequency is %1: repeat purchases need time after the first purchase</source>
            <translation>T ist 0, aber die Häufigkeit ist %1: Wiederholungskäufe brauchen Zeit nach dem ersten Kauf</translation>
        </message>
        <message>
            <source>the recency %1 is not between 0 and T (%2)</source>
            <translation>die Aktualität %1 liegt nicht zwischen 0 und T (%2)</translation>
        </message>
        <message>
            <source>the recency %1 must be 0 when the frequency is 0 (no repeat purchase)</source>
            <translation>die Aktualität %1 muss 0 sein, wenn die Häufigkeit 0 ist (kein Wiederholungskauf)</translation>
        </message>
        <message>
            <source>the monetary value %1 is negative</source>
            <translation>der Geldwert %1 ist negativ</translation>
        </message>
        <message>
            <source>the table has no customers</source>
            <translation>die Tabelle enthält keine Kunden</translation>
        </message>
        <message>
            <source>the customer each purchase belongs to</source>
            <translation>der Kunde, zu dem jeder Kauf gehört</translation>
        </message>
        <message>
            <source>purchase days in calibration (lines on one day are one purchase)</source>
            <translation>Kauftage im Kalibrierungszeitraum (Zeilen an einem Tag sind ein Kauf)</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in days</source>
            <translation>Zeit vom letzten Kauf bis zum Ende des Kalibrierungszeitraums in Tagen</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in weeks</source>
            <translation>Zeit vom letzten Kauf bis zum Ende des Kalibrierungszeitraums in Wochen</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in months</source>
            <translation>Zeit vom letzten Kauf bis zum Ende des Kalibrierungszeitraums in Monaten</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in days</source>
            <translation>Zeit vom ersten Kauf bis zum Ende des Kalibrierungszeitraums in Tagen</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in weeks</source>
            <translation>Zeit vom ersten Kauf bis zum Ende des Kalibrierungszeitraums in Wochen</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in months</source>
            <translation>Zeit vom ersten Kauf bis zum Ende des Kalibrierungszeitraums in Monaten</translation>
        </message>
        <message>
            <source>the calibration purchases' summed amounts</source>
            <translation>die summierten Beträge der Käufe im Kalibrierungszeitraum</translation>
        </message>
        <message>
            <source>total spend per purchase day (an average: its segment totals would mean nothing)</source>
            <translation>Ausgaben pro Kauftag (ein Durchschnitt: Summen pro Segment wären bedeutungslos)</translation>
        </message>
        <message>
            <source>the summed value of returns (negative amounts)</source>
            <translation>der summierte Wert der Retouren (negative Beträge)</translation>
        </message>
        <message>
            <source>the summed quantity of the purchase lines</source>
            <translation>die summierte Menge der Kaufpositionen</translation>
        </message>
        <message>
            <source>distinct categories bought</source>
            <translation>verschiedene gekaufte Kategorien</translation>
        </message>
        <message>
            <source>the share of the customer's purchase lines in channel '%1'</source>
            <translation>der Anteil der Kaufpositionen des Kunden im Kanal '%1'</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: repeat purchases x</source>
            <translation>eine Eingabe der Kundenwertmodelle, für sie beibehalten: Wiederholungskäufe x</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in days (not the time since the last purchase)</source>
            <translation>eine Eingabe der Kundenwertmodelle, für sie beibehalten: t_x, erster bis letzter Kauf in Tagen (nicht die Zeit seit dem letzten Kauf)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in weeks (not the time since the last purchase)</source>
            <translation>eine Eingabe der Kundenwertmodelle, für sie beibehalten: t_x, erster bis letzter Kauf in Wochen (nicht die Zeit seit dem letzten Kauf)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in months (not the time since the last purchase)</source>
            <translation>eine Eingabe der Kundenwertmodelle, für sie beibehalten: t_x, erster bis letzter Kauf in Monaten (nicht die Zeit seit dem letzten Kauf)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in days</source>
            <translation>eine Eingabe der Kundenwertmodelle, für sie beibehalten: erster Kauf bis zum Ende des Kalibrierungszeitraums in Tagen</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in weeks</source>
            <translation>eine Eingabe der Kundenwertmodelle, für sie beibehalten: erster Kauf bis zum Ende des Kalibrierungszeitraums in Wochen</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in months</source>
            <translation>eine Eingabe der Kundenwertmodelle, für sie beibehalten: erster Kauf bis zum Ende des Kalibrierungszeitraums in Monaten</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: the mean repeat purchase (0 without a repeat purchase)</source>
            <translation>eine Eingabe der Kundenwertmodelle, für sie beibehalten: der mittlere Wiederholungskauf (0 ohne Wiederholungskauf)</translation>
        </message>
        <message>
            <source>missing for one-time buyers, so not segmented on unless chosen</source>
            <translation>fehlt bei Einmalkäufern, daher wird nicht danach segmentiert, sofern nicht ausgewählt</translation>
        </message>
        <message>
            <source>when the customer first bought</source>
            <translation>wann der Kunde zum ersten Mal gekauft hat</translation>
        </message>
        <message>
            <source>purchase days in the holdout period, against which forecasts are checked: never a feature</source>
            <translation>Kauftage im Holdout-Zeitraum, anhand derer Prognosen überprüft werden: nie ein Merkmal</translation>
        </message>
        <message>
            <source>spend in the holdout period, against which forecasts are checked: never a feature</source>
            <translation>Ausgaben im Holdout-Zeitraum, anhand derer Prognosen überprüft werden: nie ein Merkmal</translation>
        </message>
        <message>
            <source>%1 row(s) without a customer id left out</source>
            <translation>%1 Zeile(n) ohne Kunden-ID ausgelassen</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid date left out</source>
            <translation>%1 Zeile(n) ohne gültiges Datum ausgelassen</translation>
        </message>
        <message>
            <source>%1 row(s) dated in the future left out</source>
            <translation>%1 Zeile(n) mit einem Datum in der Zukunft ausgelassen</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid amount left out</source>
            <translation>%1 Zeile(n) ohne gültigen Betrag ausgelassen</translation>
        </message>
        <message>
            <source>%1 row(s) with a negative amount counted as returns, not purchases</source>
            <translation>%1 Zeile(n) mit negativem Betrag als Retouren gezählt, nicht als Käufe</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) counted once</source>
            <translation>%1 doppelte Zeile(n) einmal gezählt</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) kept</source>
            <translation>%1 doppelte Zeile(n) beibehalten</translation>
        </message>
        <message>
            <source>%1 row(s) with a quantity that is not a number: their quantity left out</source>
            <translation>%1 Zeile(n) mit einer Menge, die keine Zahl ist: ihre Menge wurde ausgelassen</translation>
        </message>
        <message>
            <source>%1; the first: %2</source>
            <translation>%1; die erste: %2</translation>
        </message>
        <message>
            <source>no cell of the date column is a date</source>
            <translation>keine Zelle der Datumsspalte ist ein Datum</translation>
        </message>
        <message>
            <source>calibration to %1, holdout to %2</source>
            <translation>Kalibrierung bis %1, Holdout bis %2</translation>
        </message>
        <message>
            <source>calibration to %1</source>
            <translation>Kalibrierung bis %1</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in days)</source>
            <translation>%1 Transaktionszeilen als %2 Kunden gelesen (%3, in Tagen)</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in weeks)</source>
            <translation>%1 Transaktionszeilen als %2 Kunden gelesen (%3, in Wochen)</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in months)</source>
            <translation>%1 Transaktionszeilen als %2 Kunden gelesen (%3, in Monaten)</translation>
        </message>
        <message>
            <source>%1 customer(s) first bought after the calibration end: not in the table</source>
            <translation>%1 Kunde(n) mit Erstkauf nach dem Ende des Kalibrierungszeitraums: nicht in der Tabelle</translation>
        </message>
        <message>
            <source>%1 purchase line(s) after %2 left out</source>
            <translation>%1 Kaufposition(en) nach %2 ausgelassen</translation>
        </message>
        <message>
            <source>segment %1 holds '%2' at %3 times its share among all customers (%4% against %5%)</source>
            <translation>Segment %1 enthält '%2' mit dem %3-Fachen des Anteils unter allen Kunden (%4% gegenüber %5%)</translation>
        </message>
        <message>
            <source>the number of segments must not be negative</source>
            <translation>die Zahl der Segmente darf nicht negativ sein</translation>
        </message>
        <message>
            <source>there are %1 segment labels for %2 prepared rows</source>
            <translation>es gibt %1 Segment-Labels für %2 vorbereitete Zeilen</translation>
        </message>
        <message>
            <source>segment label %1 is outside 0..%2 (and -1 for noise)</source>
            <translation>Segment-Label %1 liegt außerhalb von 0..%2 (und -1 für Rauschen)</translation>
        </message>
        <message>
            <source>the money column must hold amounts, but it is %1</source>
            <translation>die Geldspalte muss Beträge enthalten, hat aber den Typ %1</translation>
        </message>
        <message>
            <source>%1 of %2 is more than the archive can hold</source>
            <translation>%1 ist %2 und damit mehr, als das Archiv fassen kann</translation>
        </message>
        <message>
            <source>a text length</source>
            <translation>eine Textlänge</translation>
        </message>
        <message>
            <source>a text is not valid UTF-8</source>
            <translation>ein Text ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Listenlänge</translation>
        </message>
        <message>
            <source>a %1 x %2 matrix is more than the archive can hold</source>
            <translation>eine %1 x %2-Matrix ist mehr, als das Archiv fassen kann</translation>
        </message>
        <message>
            <source>%1 %2 is unknown</source>
            <translation>%1 %2 ist unbekannt</translation>
        </message>
        <message>
            <source>%1 is %2, not 0 or 1</source>
            <translation>%1 ist %2, nicht 0 oder 1</translation>
        </message>
        <message>
            <source>%1 is of version %2, written by a newer SegmentScope; this one reads up to version %3</source>
            <translation>%1: Version %2, geschrieben von einem neueren SegmentScope; diese Version liest bis Version %3</translation>
        </message>
        <message>
            <source>a lifetime-value fit</source>
            <translation>eine Anpassung des Kundenwertmodells</translation>
        </message>
        <message>
            <source>time unit</source>
            <translation>Zeiteinheit</translation>
        </message>
        <message>
            <source>fit status</source>
            <translation>Anpassungsstatus</translation>
        </message>
        <message>
            <source>a lifetime-value model has a parameter that is not a positive number</source>
            <translation>ein Kundenwertmodell hat einen Parameter, der keine positive Zahl ist</translation>
        </message>
        <message>
            <source>a feature column</source>
            <translation>eine Merkmalsspalte</translation>
        </message>
        <message>
            <source>transform</source>
            <translation>Transformation</translation>
        </message>
        <message>
            <source>a feature group</source>
            <translation>eine Merkmalsgruppe</translation>
        </message>
        <message>
            <source>a group's enabled flag</source>
            <translation>das Aktiv-Flag einer Gruppe</translation>
        </message>
        <message>
            <source>a group's column count</source>
            <translation>die Spaltenzahl einer Gruppe</translation>
        </message>
        <message>
            <source>a feature spec</source>
            <translation>eine Merkmalsspezifikation</translation>
        </message>
        <message>
            <source>a group count</source>
            <translation>die Zahl der Gruppen</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>Skalierung</translation>
        </message>
        <message>
            <source>imputation</source>
            <translation>Imputation</translation>
        </message>
        <message>
            <source>a fitted feature</source>
            <translation>ein angepasstes Merkmal</translation>
        </message>
        <message>
            <source>a feature's one-hot flag</source>
            <translation>das One-Hot-Flag eines Merkmals</translation>
        </message>
        <message>
            <source>a feature's pooled flag</source>
            <translation>das Zusammenfassungs-Flag eines Merkmals</translation>
        </message>
        <message>
            <source>a feature's date flag</source>
            <translation>das Datums-Flag eines Merkmals</translation>
        </message>
        <message>
            <source>a fitted transform</source>
            <translation>eine angepasste Transformation</translation>
        </message>
        <message>
            <source>a feature count</source>
            <translation>die Zahl der Merkmale</translation>
        </message>
        <message>
            <source>k-means options</source>
            <translation>k-means-Optionen</translation>
        </message>
        <message>
            <source>k-means method</source>
            <translation>k-means-Verfahren</translation>
        </message>
        <message>
            <source>the history flag</source>
            <translation>das Verlaufs-Flag</translation>
        </message>
        <message>
            <source>a nearest-centroid model</source>
            <translation>ein Modell mit Zuordnung zum nächsten Zentroid</translation>
        </message>
        <message>
            <source>Gaussian mixture options</source>
            <translation>Optionen des Gauß-Mischmodells</translation>
        </message>
        <message>
            <source>covariance type</source>
            <translation>Kovarianztyp</translation>
        </message>
        <message>
            <source>a Gaussian mixture model</source>
            <translation>ein Gauß-Mischmodell</translation>
        </message>
        <message>
            <source>a mixture's weight count</source>
            <translation>die Zahl der Gewichte eines Mischmodells</translation>
        </message>
        <message>
            <source>a Gaussian mixture's weights, means and covariances do not fit together</source>
            <translation>Gewichte, Mittelwerte und Kovarianzen eines Gauß-Mischmodells passen nicht zusammen</translation>
        </message>
        <message>
            <source>Ward options</source>
            <translation>Ward-Optionen</translation>
        </message>
        <message>
            <source>DBSCAN options</source>
            <translation>DBSCAN-Optionen</translation>
        </message>
        <message>
            <source>HDBSCAN options</source>
            <translation>HDBSCAN-Optionen</translation>
        </message>
        <message>
            <source>mini-batch k-means options</source>
            <translation>Optionen von mini-batch k-means</translation>
        </message>
        <message>
            <source>consensus options</source>
            <translation>Konsens-Optionen</translation>
        </message>
        <message>
            <source>a consensus member count</source>
            <translation>die Zahl der Konsens-Mitglieder</translation>
        </message>
        <message>
            <source>consensus member</source>
            <translation>Konsens-Mitglied</translation>
        </message>
        <message>
            <source>resampling</source>
            <translation>Resampling</translation>
        </message>
        <message>
            <source>a core-point model</source>
            <translation>ein Kernpunkt-Modell</translation>
        </message>
        <message>
            <source>a core point count</source>
            <translation>die Zahl der Kernpunkte</translation>
        </message>
        <message>
            <source>a core radius count</source>
            <translation>die Zahl der Kernradien</translation>
        </message>
        <message>
            <source>a core-point model's points, labels, radii and centres do not fit together</source>
            <translation>Punkte, Labels, Radien und Zentren eines Kernpunkt-Modells passen nicht zusammen</translation>
        </message>
        <message>
            <source>outlier options</source>
            <translation>Ausreißer-Optionen</translation>
        </message>
        <message>
            <source>%1 alternative %2 is unknown</source>
            <translation>%1: Alternative %2 ist unbekannt</translation>
        </message>
        <message>
            <source>a segmentation</source>
            <translation>eine Segmentierung</translation>
        </message>
        <message>
            <source>clustering options</source>
            <translation>Clustering-Optionen</translation>
        </message>
        <message>
            <source>algorithm</source>
            <translation>Algorithmus</translation>
        </message>
        <message>
            <source>score kind</source>
            <translation>Score-Art</translation>
        </message>
        <message>
            <source>cluster model</source>
            <translation>Clustermodell</translation>
        </message>
        <message>
            <source>clustering status</source>
            <translation>Clustering-Status</translation>
        </message>
        <message>
            <source>a membership count</source>
            <translation>die Zahl der Zugehörigkeiten</translation>
        </message>
        <message>
            <source>a merge count</source>
            <translation>die Zahl der Zusammenführungen</translation>
        </message>
        <message>
            <source>the dendrogram's summarised flag</source>
            <translation>das Zusammenfassungs-Flag des Dendrogramms</translation>
        </message>
        <message>
            <source>a dendrogram of %1 leaves has %2 merges</source>
            <translation>ein Dendrogramm mit %1 Blättern hat %2 Zusammenführungen</translation>
        </message>
        <message>
            <source>a dendrogram merge has no finite height</source>
            <translation>eine Zusammenführung im Dendrogramm hat keine endliche Höhe</translation>
        </message>
        <message>
            <source>a dendrogram is not a tree of its leaves: %1</source>
            <translation>ein Dendrogramm ist kein Baum seiner Blätter: %1</translation>
        </message>
        <message>
            <source>a k sweep</source>
            <translation>ein Durchlauf über k</translation>
        </message>
        <message>
            <source>a k count</source>
            <translation>die Zahl der k-Werte</translation>
        </message>
        <message>
            <source>the k of a sweep are not ascending from 1</source>
            <translation>die k-Werte eines Durchlaufs sind nicht aufsteigend ab 1</translation>
        </message>
        <message>
            <source>it is not a Boost.Serialization binary archive</source>
            <translation>es ist kein binäres Boost.Serialization-Archiv</translation>
        </message>
        <message>
            <source>the archive cannot be read (%1)</source>
            <translation>das Archiv kann nicht gelesen werden (%1)</translation>
        </message>
        <message>
            <source>the archive ends early</source>
            <translation>das Archiv endet vorzeitig</translation>
        </message>
        <message>
            <source>a length is out of range</source>
            <translation>eine Länge liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>bytes follow the end of the archive</source>
            <translation>auf das Ende des Archivs folgen noch Bytes</translation>
        </message>
        <message>
            <source>the project file is damaged: %1: %2</source>
            <translation>die Projektdatei ist beschädigt: %1: %2</translation>
        </message>
        <message>
            <source>it ends early</source>
            <translation>die Daten enden vorzeitig</translation>
        </message>
        <message>
            <source>a number is too large</source>
            <translation>eine Zahl ist zu groß</translation>
        </message>
        <message>
            <source>a number is too long</source>
            <translation>eine Zahl ist zu lang</translation>
        </message>
        <message>
            <source>%1 is %2, more than the %3 possible</source>
            <translation>%1 ist %2, mehr als die möglichen %3</translation>
        </message>
        <message>
            <source>it ends early (%1 bytes wanted, %2 left)</source>
            <translation>die Daten enden vorzeitig (%1 Bytes benötigt, %2 übrig)</translation>
        </message>
        <message>
            <source>%1 bytes follow the end</source>
            <translation>auf das Ende folgen noch %1 Bytes</translation>
        </message>
        <message>
            <source>it claims %1 bytes from %2 compressed bytes</source>
            <translation>angeblich ergeben %2 komprimierte Bytes %1 Bytes</translation>
        </message>
        <message>
            <source>the compressed data is longer than recorded</source>
            <translation>die komprimierten Daten sind länger als vermerkt</translation>
        </message>
        <message>
            <source>the compressed data is shorter than recorded</source>
            <translation>die komprimierten Daten sind kürzer als vermerkt</translation>
        </message>
        <message>
            <source>the compressed data is invalid</source>
            <translation>die komprimierten Daten sind ungültig</translation>
        </message>
        <message>
            <source>decimal places %1 beyond %2</source>
            <translation>%1 Nachkommastellen, mehr als %2</translation>
        </message>
        <message>
            <source>fewer bytes than cells</source>
            <translation>weniger Bytes als Zellen</translation>
        </message>
        <message>
            <source>a value beyond 2^53</source>
            <translation>ein Wert jenseits von 2^53</translation>
        </message>
        <message>
            <source>unknown number encoding %1</source>
            <translation>unbekannte Zahlenkodierung %1</translation>
        </message>
        <message>
            <source>its content hash does not match</source>
            <translation>der Inhalts-Hash stimmt nicht überein</translation>
        </message>
        <message>
            <source>%1 bytes cannot hold %2 cells</source>
            <translation>%1 Bytes können keine %2 Zellen enthalten</translation>
        </message>
        <message>
            <source>the level count</source>
            <translation>die Zahl der Ausprägungen</translation>
        </message>
        <message>
            <source>a level's length</source>
            <translation>die Länge einer Ausprägung</translation>
        </message>
        <message>
            <source>a level code</source>
            <translation>ein Ausprägungscode</translation>
        </message>
        <message>
            <source>a text's length</source>
            <translation>die Länge eines Texts</translation>
        </message>
        <message>
            <source>the row count</source>
            <translation>die Zeilenzahl</translation>
        </message>
        <message>
            <source>a row gap</source>
            <translation>ein Zeilenabstand</translation>
        </message>
        <message>
            <source>row %1 is beyond the table's %2 rows</source>
            <translation>Zeile %1 liegt jenseits der %2 Zeilen der Tabelle</translation>
        </message>
        <message>
            <source>a segment number</source>
            <translation>eine Segmentnummer</translation>
        </message>
        <message>
            <source>unknown score flag</source>
            <translation>unbekanntes Score-Flag</translation>
        </message>
        <message>
            <source>the salt '%1' is not hexadecimal digits</source>
            <translation>das Salt '%1' besteht nicht aus Hexadezimalziffern</translation>
        </message>
        <message>
            <source>the salt '%1' is not an even number of hexadecimal digits</source>
            <translation>das Salt '%1' besteht nicht aus einer geraden Zahl von Hexadezimalziffern</translation>
        </message>
        <message>
            <source>two different ids got the same hash with this salt; import again (a new salt is drawn)</source>
            <translation>zwei verschiedene IDs haben mit diesem Salt denselben Hashwert erhalten; importieren Sie erneut (dabei wird ein neues Salt gezogen)</translation>
        </message>
        <message>
            <source>hashing ids needs the id column</source>
            <translation>das Hashen von IDs braucht die ID-Spalte</translation>
        </message>
        <message>
            <source>the id column '%1' is marked as personal data; hash the ids instead, or name no id column</source>
            <translation>die ID-Spalte '%1' ist als personenbezogene Daten markiert; hashen Sie stattdessen die IDs oder geben Sie keine ID-Spalte an</translation>
        </message>
        <message>
            <source>the id column '%1' is not in the table</source>
            <translation>die ID-Spalte '%1' ist nicht in der Tabelle</translation>
        </message>
        <message>
            <source>the ids of '%1' are salted hashes already</source>
            <translation>die IDs von '%1' sind bereits gesalzene Hashwerte</translation>
        </message>
        <message>
            <source>the table's ids are salted hashes: name their id column</source>
            <translation>die IDs der Tabelle sind gesalzene Hashwerte: geben Sie ihre ID-Spalte an</translation>
        </message>
        <message>
            <source>every column is personal data: nothing is left to store in a project</source>
            <translation>jede Spalte enthält personenbezogene Daten: es bleibt nichts, was in einem Projekt gespeichert werden könnte</translation>
        </message>
        <message>
            <source>the run's rows are not ascending rows of the project's table</source>
            <translation>die Zeilen des Laufs sind keine aufsteigenden Zeilen der Projekttabelle</translation>
        </message>
        <message>
            <source>the run has not one label per row</source>
            <translation>der Lauf hat nicht genau ein Label pro Zeile</translation>
        </message>
        <message>
            <source>the project holds no column '%1'</source>
            <translation>das Projekt enthält keine Spalte '%1'</translation>
        </message>
        <message>
            <source>'%1' is the customer id column; hash the ids instead</source>
            <translation>'%1' ist die Kunden-ID-Spalte; hashen Sie stattdessen die IDs</translation>
        </message>
        <message>
            <source>run %1 uses the column '%2' as a feature; delete the run first</source>
            <translation>Lauf %1 verwendet die Spalte '%2' als Merkmal; löschen Sie zuerst den Lauf</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>what failed: SQLite's reason</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: reading it takes too long (a damaged or hostile file)</source>
            <translation>%1: das Lesen dauert zu lange (eine beschädigte oder bösartige Datei)</translation>
        </message>
        <message>
            <source>the project file is damaged: table '%1' cannot be read</source>
            <translation>die Projektdatei ist beschädigt: Tabelle '%1' kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>cannot write table '%1'</source>
            <translation>Tabelle '%1' kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the text is not valid UTF-8</source>
            <translation>der Text ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>the project file is damaged: table '%1', row %2, column '%3': %4</source>
            <translation>die Projektdatei ist beschädigt: Tabelle '%1', Zeile %2, Spalte '%3': %4</translation>
        </message>
        <message>
            <source>a whole number</source>
            <comment>an SQLite value type</comment>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number</source>
            <comment>an SQLite value type</comment>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>text</source>
            <comment>an SQLite value type</comment>
            <translation>Text</translation>
        </message>
        <message>
            <source>a blob</source>
            <comment>an SQLite value type</comment>
            <translation>ein BLOB</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <translation>erwartet: %1, gefunden: %2</translation>
        </message>
        <message>
            <source>unknown column type '%1'</source>
            <translation>unbekannter Spaltentyp '%1'</translation>
        </message>
        <message>
            <source>unknown column role '%1'</source>
            <translation>unbekannte Spaltenrolle '%1'</translation>
        </message>
        <message>
            <source>not a SegmentScope project: the file is not an SQLite database (it is empty)</source>
            <translation>kein SegmentScope-Projekt: die Datei ist keine SQLite-Datenbank (sie ist leer)</translation>
        </message>
        <message>
            <source>not a SegmentScope project: the file is not an SQLite database</source>
            <translation>kein SegmentScope-Projekt: die Datei ist keine SQLite-Datenbank</translation>
        </message>
        <message>
            <source>the project file is damaged: it is truncated (%1 bytes, shorter than one database page)</source>
            <translation>die Projektdatei ist beschädigt: sie ist abgeschnitten (%1 Bytes, kürzer als eine Datenbankseite)</translation>
        </message>
        <message>
            <source>not a SegmentScope project: an SQLite database of another program (application_id %1, a project has 0x53675363)</source>
            <translation>kein SegmentScope-Projekt: eine SQLite-Datenbank eines anderen Programms (application_id %1, ein Projekt hat 0x53675363)</translation>
        </message>
        <message>
            <source>the project was written by a newer SegmentScope: its format version is %1, this version reads format versions up to %2; open it with a newer SegmentScope</source>
            <translation>das Projekt wurde von einem neueren SegmentScope geschrieben: seine Formatversion ist %1, diese Version liest Formatversionen bis %2; öffnen Sie es mit einem neueren SegmentScope</translation>
        </message>
        <message>
            <source>not a SegmentScope project: format version 0 was never written</source>
            <translation>kein SegmentScope-Projekt: Formatversion 0 wurde nie geschrieben</translation>
        </message>
        <message>
            <source>the project file is damaged: it is truncated (%1 bytes of %2)</source>
            <translation>die Projektdatei ist beschädigt: sie ist abgeschnitten (%1 von %2 Bytes)</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta' has no '%1'</source>
            <translation>die Projektdatei ist beschädigt: Tabelle 'meta' hat kein '%1'</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta', '%1' is '%2', expected a whole number from %3 to %4</source>
            <translation>die Projektdatei ist beschädigt: Tabelle 'meta', '%1' ist '%2', erwartet wurde eine ganze Zahl von %3 bis %4</translation>
        </message>
        <message>
            <source>invalid JSON (%1)</source>
            <translation>ungültiges JSON (%1)</translation>
        </message>
        <message>
            <source>the project file is damaged: run %1: %2</source>
            <translation>die Projektdatei ist beschädigt: Lauf %1: %2</translation>
        </message>
        <message>
            <source>its centres are not one per segment in the features' dimension</source>
            <translation>es gibt nicht genau ein Zentrum pro Segment in der Dimension der Merkmale</translation>
        </message>
        <message>
            <source>its model's centres differ from its centres</source>
            <translation>die Zentren seines Modells weichen von seinen Zentren ab</translation>
        </message>
        <message>
            <source>its mixture's means differ from its centres</source>
            <translation>die Mittelwerte seines Mischmodells weichen von seinen Zentren ab</translation>
        </message>
        <message>
            <source>its core-point model's centres differ from its centres</source>
            <translation>die Zentren seines Kernpunkt-Modells weichen von seinen Zentren ab</translation>
        </message>
        <message>
            <source>its memberships are not one per customer</source>
            <translation>es gibt nicht genau eine Zugehörigkeit pro Kunde</translation>
        </message>
        <message>
            <source>its scores are not one per customer</source>
            <translation>es gibt nicht genau einen Score pro Kunde</translation>
        </message>
        <message>
            <source>it sets aside more customers than it segments</source>
            <translation>er stellt mehr Kunden zurück, als er segmentiert</translation>
        </message>
        <message>
            <source>its options are for another algorithm</source>
            <translation>seine Optionen gehören zu einem anderen Algorithmus</translation>
        </message>
        <message>
            <source>its feature '%1' needs the column '%2', which the project does not hold</source>
            <translation>sein Merkmal '%1' braucht die Spalte '%2', die das Projekt nicht enthält</translation>
        </message>
        <message>
            <source>(new project)</source>
            <translation>(neues Projekt)</translation>
        </message>
        <message>
            <source>cannot make the project</source>
            <translation>das Projekt kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>the project's column list does not match its table</source>
            <translation>die Spaltenliste des Projekts passt nicht zu seiner Tabelle</translation>
        </message>
        <message>
            <source>cannot open the project: %1</source>
            <translation>das Projekt kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>cannot open the project: it is a folder</source>
            <translation>das Projekt kann nicht geöffnet werden: es ist ein Ordner</translation>
        </message>
        <message>
            <source>cannot open the project: it is not a regular file</source>
            <translation>das Projekt kann nicht geöffnet werden: es ist keine reguläre Datei</translation>
        </message>
        <message>
            <source>cannot read the project: it shrank while reading</source>
            <translation>das Projekt kann nicht gelesen werden: es ist beim Lesen geschrumpft</translation>
        </message>
        <message>
            <source>cannot read the project: %1</source>
            <translation>das Projekt kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>cannot open the project</source>
            <translation>das Projekt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>the project file is damaged: it has no table '%1'</source>
            <translation>die Projektdatei ist beschädigt: sie hat keine Tabelle '%1'</translation>
        </message>
        <message>
            <source>cannot migrate the project</source>
            <translation>das Projekt kann nicht migriert werden</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta': %1</source>
            <translation>die Projektdatei ist beschädigt: Tabelle 'meta': %1</translation>
        </message>
        <message>
            <source>a personal column is stored</source>
            <translation>eine personenbezogene Spalte ist gespeichert</translation>
        </message>
        <message>
            <source>a negative size</source>
            <translation>eine negative Größe</translation>
        </message>
        <message>
            <source>expected 16 hexadecimal digits</source>
            <translation>16 Hexadezimalziffern erwartet</translation>
        </message>
        <message>
            <source>the project file is damaged: it has %1 rows but no stored column</source>
            <translation>die Projektdatei ist beschädigt: sie hat %1 Zeilen, aber keine gespeicherte Spalte</translation>
        </message>
        <message>
            <source>the project file is damaged: its data does not match its fingerprint</source>
            <translation>die Projektdatei ist beschädigt: ihre Daten passen nicht zu ihrem Fingerabdruck</translation>
        </message>
        <message>
            <source>the project file is damaged: its id column '%1' is not stored</source>
            <translation>die Projektdatei ist beschädigt: ihre ID-Spalte '%1' ist nicht gespeichert</translation>
        </message>
        <message>
            <source>run id %1 is not below the next id %2</source>
            <translation>Lauf-ID %1 liegt nicht unter der nächsten ID %2</translation>
        </message>
        <message>
            <source>run %1 model</source>
            <translation>Modell von Lauf %1</translation>
        </message>
        <message>
            <source>a segment count of %1</source>
            <translation>eine Segmentzahl von %1</translation>
        </message>
        <message>
            <source>run %1 assignments</source>
            <translation>Zuordnungen von Lauf %1</translation>
        </message>
        <message>
            <source>the project file is damaged: its current run %1 does not exist</source>
            <translation>die Projektdatei ist beschädigt: ihr aktueller Lauf %1 existiert nicht</translation>
        </message>
        <message>
            <source>a segment key out of range</source>
            <translation>ein Segmentschlüssel außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>a version out of range</source>
            <translation>eine Version außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>the run segments row %1 of a table of %2 rows</source>
            <translation>der Lauf segmentiert Zeile %1 einer Tabelle mit %2 Zeilen</translation>
        </message>
        <message>
            <source>the segments were made with %1 values in this column, but it holds %2 values here</source>
            <translation>die Segmente wurden mit Werten vom Typ %1 in dieser Spalte erstellt, hier enthält sie aber Werte vom Typ %2</translation>
        </message>
        <message numerus="yes">
            <source>the segments need the column(s) %1, which the file lacks</source>
            <translation>
                <numerusform>die Segmente brauchen die Spalte %1, die in der Datei fehlt</numerusform>
                <numerusform>die Segmente brauchen die Spalten %1, die in der Datei fehlen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the segments need the column(s) %1, which the file lacks; if it was renamed, its new name may be one of %2</source>
            <translation>
                <numerusform>die Segmente brauchen die Spalte %1, die in der Datei fehlt; falls sie umbenannt wurde, ist ihr neuer Name vielleicht einer von %2</numerusform>
                <numerusform>die Segmente brauchen die Spalten %1, die in der Datei fehlen; falls eine davon umbenannt wurde, ist ihr neuer Name vielleicht einer von %2</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1': population stability index %2 above %3</source>
            <translation>Spalte '%1': Populationsstabilitätsindex %2 über %3</translation>
        </message>
        <message>
            <source>segment %1 '%2': %3% of the customers against %4% in the run, a change above %5 points</source>
            <translation>Segment %1 '%2': %3% der Kunden gegenüber %4% im Lauf, eine Änderung um mehr als %5 Prozentpunkte</translation>
        </message>
        <message>
            <source>segment %1: %2% of the customers against %3% in the run, a change above %4 points</source>
            <translation>Segment %1: %2% der Kunden gegenüber %3% im Lauf, eine Änderung um mehr als %4 Prozentpunkte</translation>
        </message>
        <message>
            <source>customer %1, column '%2': %3</source>
            <translation>Kunde %1, Spalte '%2': %3</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>ein Array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 ist keine Zahl</translation>
        </message>
        <message>
            <source>%1 is not yes or no (true/false, 1/0, "yes"/"no")</source>
            <translation>%1 ist kein Ja/Nein-Wert (true/false, 1/0, "yes"/"no")</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY-MM-DD, with a time if need be)</source>
            <translation>%1 ist kein Datum (YYYY-MM-DD, bei Bedarf mit Uhrzeit)</translation>
        </message>
        <message>
            <source>the customers must be a JSON array of objects, one per customer</source>
            <translation>die Kunden müssen ein JSON-Array von Objekten sein, eines pro Kunde</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>die Anfrage</translation>
        </message>
        <message>
            <source>customer %1 is %2, not an object of columns and values</source>
            <translation>Kunde %1 ist %2, kein Objekt aus Spalten und Werten</translation>
        </message>
        <message>
            <source>%1 is not a finite number</source>
            <translation>%1 ist keine endliche Zahl</translation>
        </message>
        <message>
            <source>%1 is not a category (text or a number)</source>
            <translation>%1 ist keine Kategorie (Text oder Zahl)</translation>
        </message>
        <message>
            <source>customer %1 has none of the columns the segments read (%2)</source>
            <translation>Kunde %1 hat keine der Spalten, die die Segmente lesen (%2)</translation>
        </message>
        <message>
            <source>unknown SQL dialect '%1': the dialects are sqlite, postgresql, spark and bigquery</source>
            <translation>unbekannter SQL-Dialekt '%1': die Dialekte sind sqlite, postgresql, spark und bigquery</translation>
        </message>
        <message>
            <source>the scoring model has no column '%1'</source>
            <translation>das Scoring-Modell hat keine Spalte '%1'</translation>
        </message>
        <message>
            <source>the scoring query needs the name of the table to score</source>
            <translation>die Scoring-Abfrage braucht den Namen der zuzuordnenden Tabelle</translation>
        </message>
        <message>
            <source>the scoring query needs the column that identifies a customer</source>
            <translation>die Scoring-Abfrage braucht die Spalte, die einen Kunden identifiziert</translation>
        </message>
        <message>
            <source>a density run (DBSCAN, HDBSCAN) assigns new customers by their nearest core customer, which one query cannot carry: score it with segscope score, or export a k-means, mini-batch, Ward, consensus or Gaussian mixture run</source>
            <translation>ein Dichte-Lauf (DBSCAN, HDBSCAN) ordnet neue Kunden ihrem nächsten Kernkunden zu, was eine einzelne Abfrage nicht abbilden kann: ordnen Sie mit segscope score zu oder exportieren Sie einen Lauf mit k-means, mini-batch, Ward, Konsens oder Gauß-Mischmodell</translation>
        </message>
        <message>
            <source>the run has no segment with a centre to score into</source>
            <translation>der Lauf hat kein Segment mit einem Zentrum, dem zugeordnet werden könnte</translation>
        </message>
        <message>
            <source>the database has several tables; choose one</source>
            <translation>die Datenbank enthält mehrere Tabellen; wählen Sie eine aus</translation>
        </message>
        <message>
            <source>a sample needs at least one row</source>
            <translation>eine Stichprobe braucht mindestens eine Zeile</translation>
        </message>
        <message>
            <source>no customers to fit the BG/NBD model to</source>
            <translation>keine Kunden, an die das BG/NBD-Modell angepasst werden kann</translation>
        </message>
        <message>
            <source>customer %1 has x = %2, t_x = %3, T = %4; the BG/NBD model needs x &gt;= 0, 0 &lt;= t_x &lt;= T, and T &gt; 0 when x &gt; 0</source>
            <translation>Kunde %1 hat x = %2, t_x = %3, T = %4; das BG/NBD-Modell braucht x &gt;= 0, 0 &lt;= t_x &lt;= T und T &gt; 0, wenn x &gt; 0</translation>
        </message>
        <message>
            <source>no customer has a repeat purchase with a positive value, so the Gamma-Gamma spend model cannot be fitted</source>
            <translation>kein Kunde hat einen Wiederholungskauf mit positivem Wert, daher kann das Gamma-Gamma-Ausgabenmodell nicht angepasst werden</translation>
        </message>
        <message>
            <source>the BG/NBD fit ended with status '%1': its forecasts may be off</source>
            <translation>die BG/NBD-Anpassung endete mit dem Status '%1': ihre Prognosen sind möglicherweise ungenau</translation>
        </message>
        <message>
            <source>the Gamma-Gamma fit has q &lt;= 1: customers without a repeat purchase get no expected value</source>
            <translation>die Gamma-Gamma-Anpassung hat q &lt;= 1: Kunden ohne Wiederholungskauf erhalten keinen erwarteten Wert</translation>
        </message>
        <message>
            <source>no customer has a repeat purchase with a value: no lifetime value</source>
            <translation>kein Kunde hat einen Wiederholungskauf mit einem Wert: kein Kundenwert</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 1 or more</source>
            <translation>%1 liegt außerhalb des Bereichs: der Wert muss 1 oder größer sein</translation>
        </message>
        <message numerus="yes">
            <source>only %n treated customer(s) (fewer than %1): its estimates are fragile</source>
            <translation>
                <numerusform>nur %n Kunde in der Testgruppe (weniger als %1): die Schätzungen sind unsicher</numerusform>
                <numerusform>nur %n Kunden in der Testgruppe (weniger als %1): die Schätzungen sind unsicher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>only %n control customer(s) (fewer than %1): its estimates are fragile</source>
            <translation>
                <numerusform>nur %n Kunde in der Kontrollgruppe (weniger als %1): die Schätzungen sind unsicher</numerusform>
                <numerusform>nur %n Kunden in der Kontrollgruppe (weniger als %1): die Schätzungen sind unsicher</numerusform>
            </translation>
        </message>
        <message>
            <source>the project stores no column '%1'</source>
            <translation>das Projekt speichert keine Spalte '%1'</translation>
        </message>
        <message>
            <source>request body</source>
            <translation>der Anfragetext</translation>
        </message>
        <message>
            <source>the %1 nests arrays and objects more than %2 deep (%3)</source>
            <translation>%1 verschachtelt Arrays und Objekte tiefer als %2 Ebenen (%3)</translation>
        </message>
        <message>
            <source>%1 purchase line(s) have no channel: channel shares count the lines that have one; %2 customer(s) with none have no shares (filled as missing cells)</source>
            <translation>%1 Kaufposition(en) ohne Kanal: Die Kanalanteile zählen die Positionen mit Kanal; %2 Kunde(n) ohne jede Kanalangabe haben keine Anteile (wie fehlende Zellen aufgefüllt)</translation>
        </message>
        <message>
            <source>%1 purchase line(s) have no channel: channel shares count the lines that have one</source>
            <translation>%1 Kaufposition(en) ohne Kanal: Die Kanalanteile zählen die Positionen mit Kanal</translation>
        </message>
        <message>
            <source>%1: SQLite ran out of memory reading it, as it does on some damaged files</source>
            <translation>%1: SQLite hatte beim Lesen nicht genug Speicher, wie bei manchen beschädigten Dateien</translation>
        </message>
        <message>
            <source>cannot read the database: SQLite ran out of memory reading it, as it does on some damaged files (check it with: sqlite3 FILE 'PRAGMA integrity_check')</source>
            <translation>die Datenbank kann nicht gelesen werden: SQLite hatte beim Lesen nicht genug Speicher, wie bei manchen beschädigten Dateien (prüfen mit: sqlite3 DATEI 'PRAGMA integrity_check')</translation>
        </message>
        <message>
            <source>expected {"customers": [...]} or an array of customers</source>
            <translation>erwartet wird {"customers": [...]} oder ein Array von Kunden</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Customer segmentation for marketers. Without a file, shows the start page (or opens the demo customers, as the preferences say).</source>
            <translation>Kundensegmentierung für das Marketing. Ohne Datei wird die Startseite angezeigt (oder, je nach Einstellungen, werden die Demo-Kunden geöffnet).</translation>
        </message>
        <message>
            <source>Project (.segscope), CSV file or SQLite database to open.</source>
            <translation>Zu öffnendes Projekt (.segscope), CSV-Datei oder SQLite-Datenbank.</translation>
        </message>
        <message>
            <source>Open the demo customers (the default).</source>
            <translation>Die Demo-Kunden öffnen (Standard).</translation>
        </message>
        <message>
            <source>Number of segments (2-30).</source>
            <translation>Anzahl der Segmente (2-30).</translation>
        </message>
        <message>
            <source>The clustering algorithm: kmeans (the default), gmm (Gaussian mixture), ward, dbscan or hdbscan.</source>
            <translation>Das Clustering-Verfahren: kmeans (Standard), gmm (Gauß-Mischmodell), ward, dbscan oder hdbscan.</translation>
        </message>
        <message>
            <source>DBSCAN's radius (default: suggested from the data).</source>
            <translation>Radius von DBSCAN (Standard: aus den Daten vorgeschlagen).</translation>
        </message>
        <message>
            <source>DBSCAN's or HDBSCAN's min samples.</source>
            <translation>Min. Nachbarn (min samples) von DBSCAN oder HDBSCAN.</translation>
        </message>
        <message>
            <source>HDBSCAN's minimum segment size (default: 1% of the customers).</source>
            <translation>Minimale Segmentgröße von HDBSCAN (Standard: 1% der Kunden).</translation>
        </message>
        <message>
            <source>Set aside customers beyond this robust z on any feature (as segscope cluster --outliers; 0, the default, keeps all).</source>
            <translation>Kunden zurückstellen, die bei einem beliebigen Merkmal jenseits dieses robusten z-Werts liegen (wie segscope cluster --outliers; 0, der Standard, behält alle).</translation>
        </message>
        <message>
            <source>Save a PNG of the window once the first result is complete, then exit.</source>
            <translation>Ein PNG des Fensters speichern, sobald das erste Ergebnis vollständig ist, und dann beenden.</translation>
        </message>
        <message>
            <source>Window size, e.g. 1600x1000.</source>
            <translation>Fenstergröße, z. B. 1600x1000.</translation>
        </message>
        <message>
            <source>Use the dark theme.</source>
            <translation>Das dunkle Design verwenden.</translation>
        </message>
        <message>
            <source>The colours: system, light, dark or high-contrast (default: the preferences').</source>
            <translation>Die Farben: system, light, dark oder high-contrast (Standard: laut Einstellungen).</translation>
        </message>
        <message>
            <source>The interface language: en, de, fr or es (default: the preferences', else the system's).</source>
            <translation>Die Sprache der Oberfläche: en, de, fr oder es (Standard: laut Einstellungen, sonst die des Systems).</translation>
        </message>
        <message>
            <source>Show the start page (with --screenshot: its picture, without data).</source>
            <translation>Die Startseite anzeigen (mit --screenshot: ihr Bild, ohne Daten).</translation>
        </message>
        <message>
            <source>Show the Personas tab.</source>
            <translation>Den Tab „Personas“ anzeigen.</translation>
        </message>
        <message>
            <source>Show the Runs tab (a project's run history).</source>
            <translation>Den Tab „Läufe“ anzeigen (die Laufhistorie eines Projekts).</translation>
        </message>
        <message>
            <source>Show the Scoring tab (the batches scored with the current run).</source>
            <translation>Den Tab „Scoring“ anzeigen (die mit dem aktuellen Lauf zugeordneten Batches).</translation>
        </message>
        <message>
            <source>Show the Lift tab (the latest campaign analysed against the current run).</source>
            <translation>Den Tab „Uplift“ anzeigen (die zuletzt gegen den aktuellen Lauf ausgewertete Kampagne).</translation>
        </message>
        <message>
            <source>Show the Value tab (size against value).</source>
            <translation>Den Tab „Wert“ anzeigen (Größe im Vergleich zum Wert).</translation>
        </message>
        <message>
            <source>Show the Model tab (the purchase model's check).</source>
            <translation>Den Tab „Modell“ anzeigen (die Prüfung des Kaufmodells).</translation>
        </message>
        <message>
            <source>Show the Tree tab (Ward's tree).</source>
            <translation>Den Tab „Baum“ anzeigen (den Baum von Ward).</translation>
        </message>
        <message>
            <source>The segment map: umap (the default) or pca.</source>
            <translation>Die Segmentkarte: umap (Standard) oder pca.</translation>
        </message>
        <message>
            <source>give at most one file</source>
            <translation>geben Sie höchstens eine Datei an</translation>
        </message>
        <message>
            <source>give either a file or --demo, not both</source>
            <translation>geben Sie entweder eine Datei oder --demo an, nicht beides</translation>
        </message>
        <message>
            <source>--k must be a whole number from 2 to 30</source>
            <translation>--k muss eine ganze Zahl von 2 bis 30 sein</translation>
        </message>
        <message>
            <source>--%1 applies to --algorithm %2 only</source>
            <translation>--%1 gilt nur für --algorithm %2</translation>
        </message>
        <message>
            <source>--eps must be a number above 0</source>
            <translation>--eps muss eine Zahl größer als 0 sein</translation>
        </message>
        <message>
            <source>--%1 must be a whole number of at least %2</source>
            <translation>--%1 muss eine ganze Zahl von mindestens %2 sein</translation>
        </message>
        <message>
            <source>--outliers must be a number from 0 to 100</source>
            <translation>--outliers muss eine Zahl von 0 bis 100 sein</translation>
        </message>
        <message>
            <source>--size must look like 1600x1000 (at least 400x300)</source>
            <translation>--size muss die Form 1600x1000 haben (mindestens 400x300)</translation>
        </message>
        <message>
            <source>--theme must be system, light, dark or high-contrast</source>
            <translation>--theme muss system, light, dark oder high-contrast sein</translation>
        </message>
        <message>
            <source>--lang must be one of %1</source>
            <translation>--lang muss einer der folgenden Werte sein: %1</translation>
        </message>
        <message>
            <source>--start-page opens no file: leave out the file and --demo</source>
            <translation>--start-page öffnet keine Datei: Lassen Sie die Datei und --demo weg</translation>
        </message>
        <message>
            <source>--map must be umap or pca</source>
            <translation>--map muss umap oder pca sein</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>das Bild konnte nicht kodiert werden</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>no complete result within 10 minutes</source>
            <translation>kein vollständiges Ergebnis innerhalb von 10 Minuten</translation>
        </message>
    </context>
    <context>
        <name>seg::AlgorithmPage</name>
        <message>
            <source>How many times k-means starts from different customers and keeps the best result. More restarts make the segments less dependent on luck and take longer; 10 is plenty for most data.</source>
            <translation>Wie oft k-means von anderen Kunden aus startet und das beste Ergebnis behält. Mehr Neustarts machen die Segmente unabhängiger vom Zufall und dauern länger; 10 reichen für die meisten Daten.</translation>
        </message>
        <message>
            <source>How many times k-means starts, on a sample of the customers, from different customers; the best start is then refined on everyone in batches.</source>
            <translation>Wie oft k-means auf einer Stichprobe der Kunden von anderen Kunden aus startet; der beste Start wird anschließend in Batches auf allen Kunden verfeinert.</translation>
        </message>
        <message>
            <source>&amp;Batch size:</source>
            <translation>Batch&amp;größe:</translation>
        </message>
        <message>
            <source>Customers per batch: each batch moves the segment centres a little. Larger batches move them more smoothly and take a little longer.</source>
            <translation>Kunden pro Batch: Jeder Batch verschiebt die Segmentzentren ein wenig. Größere Batches verschieben sie gleichmäßiger und dauern etwas länger.</translation>
        </message>
        <message>
            <source>For millions of customers: nearly the segments of k-means in a fraction of the time.</source>
            <translation>Für Millionen von Kunden: nahezu die Segmente von k-means in einem Bruchteil der Zeit.</translation>
        </message>
        <message>
            <source>&amp;Runs per algorithm:</source>
            <translation>&amp;Läufe pro Algorithmus:</translation>
        </message>
        <message>
            <source>How many times k-means, the Gaussian mixture and Ward each run on a different 80% of the customers. More runs make each customer's agreement more precise and take longer.</source>
            <translation>Wie oft k-means, das Gauß-Mischmodell und Ward jeweils auf anderen 80% der Kunden laufen. Mehr Läufe machen die Übereinstimmung jedes Kunden genauer und dauern länger.</translation>
        </message>
        <message>
            <source>The segments many runs of k-means, the Gaussian mixture and Ward agree on. Each customer's agreement (in its tooltip) says how often the runs put it with its segment; pale points on the map are customers the runs disagree on.</source>
            <translation>Die Segmente, auf die sich viele Läufe von k-means, dem Gauß-Mischmodell und Ward einigen. Die Übereinstimmung eines Kunden (in seinem Tooltip) gibt an, wie oft die Läufe ihn seinem Segment zuordnen; blasse Punkte auf der Karte sind Kunden, bei denen die Läufe uneins sind.</translation>
        </message>
        <message>
            <source>Diagonal</source>
            <translation>Diagonal</translation>
        </message>
        <message>
            <source>Each segment has its own spread along each feature. Fast, and enough for most customer data.</source>
            <translation>Jedes Segment hat entlang jedes Merkmals seine eigene Streuung. Schnell und für die meisten Kundendaten ausreichend.</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Voll</translation>
        </message>
        <message>
            <source>Segments may also be tilted: features that move together within a segment (spend and visits, say) are modelled. Slower with many features, and needs more customers per segment.</source>
            <translation>Segmente dürfen auch schräg liegen: Merkmale, die sich innerhalb eines Segments gemeinsam bewegen (etwa Ausgaben und Besuche), werden modelliert. Langsamer bei vielen Merkmalen und braucht mehr Kunden pro Segment.</translation>
        </message>
        <message>
            <source>The shape each segment may take. Diagonal: its own spread along each feature. Full: also tilted, when features move together within a segment.</source>
            <translation>Die Form, die jedes Segment annehmen darf. Diagonal: eigene Streuung entlang jedes Merkmals. Voll: auch schräg, wenn sich Merkmale innerhalb eines Segments gemeinsam bewegen.</translation>
        </message>
        <message>
            <source>EM r&amp;uns:</source>
            <translation>EM-&amp;Läufe:</translation>
        </message>
        <message>
            <source>How many times the mixture is fitted from different starts; the most likely fit is kept. More runs are steadier and slower.</source>
            <translation>Wie oft das Mischmodell von verschiedenen Starts aus angepasst wird; die wahrscheinlichste Anpassung wird behalten. Mehr Läufe sind stabiler und langsamer.</translation>
        </message>
        <message>
            <source>Nothing to set beyond k. These %1 customers are more than Ward's exact limit of %2: the tree joins %3 k-means micro-clusters instead of single customers.</source>
            <translation>Außer k ist nichts einzustellen. Diese %1 Kunden überschreiten die exakte Grenze von Ward (%2): Der Baum fasst %3 k-means-Mikrocluster statt einzelner Kunden zusammen.</translation>
        </message>
        <message>
            <source>Nothing to set beyond k. Exact up to %1 customers; above that the tree joins %2 k-means micro-clusters instead of single customers.</source>
            <translation>Außer k ist nichts einzustellen. Exakt bis %1 Kunden; darüber fasst der Baum %2 k-means-Mikrocluster statt einzelner Kunden zusammen.</translation>
        </message>
        <message>
            <source>Take the radius from the data: the knee of the curve of each customer's distance to its min-samples-th nearest neighbour, where crowded customers end and sparse ones begin.</source>
            <translation>Den Radius aus den Daten übernehmen: den Knick der Kurve der Abstände jedes Kunden zu seinem min-samples-nächsten Nachbarn, wo dicht gedrängte Kunden enden und vereinzelte beginnen.</translation>
        </message>
        <message>
            <source>Suggest a radius from the data</source>
            <translation>Einen Radius aus den Daten vorschlagen</translation>
        </message>
        <message>
            <source>How close two customers must be to count as neighbours (in scaled feature units). Larger: fewer, bigger segments and less noise; smaller: more customers left as noise.</source>
            <translation>Wie nah sich zwei Kunden sein müssen, um als Nachbarn zu gelten (in skalierten Merkmalseinheiten). Größer: weniger, größere Segmente und weniger Rauschen; kleiner: mehr Kunden bleiben als Rauschen übrig.</translation>
        </message>
        <message>
            <source>How many customers (itself included) must lie within the radius for a customer to be the core of a segment. Larger: only dense groups become segments, more noise.</source>
            <translation>Wie viele Kunden (einschließlich ihm selbst) innerhalb des Radius liegen müssen, damit ein Kunde zum Kern eines Segments wird. Größer: Nur dichte Gruppen werden zu Segmenten, mehr Rauschen.</translation>
        </message>
        <message>
            <source>Radius from the data: %1, the knee of the %2-nearest-neighbour distances.</source>
            <translation>Radius aus den Daten: %1, der Knick der Abstände zum %2-nächsten Nachbarn.</translation>
        </message>
        <message>
            <source>Radius from the data: the knee of the %1-nearest-neighbour distances, computed as DBSCAN runs.</source>
            <translation>Radius aus den Daten: der Knick der Abstände zum %1-nächsten Nachbarn, berechnet während DBSCAN läuft.</translation>
        </message>
        <message>
            <source>The data suggest a radius of %1; Suggest takes it.</source>
            <translation>Die Daten legen einen Radius von %1 nahe; „Vorschlagen“ übernimmt ihn.</translation>
        </message>
        <message>
            <source>Suggest takes the radius from the data.</source>
            <translation>„Vorschlagen“ übernimmt den Radius aus den Daten.</translation>
        </message>
        <message>
            <source>Take the minimum segment size from the data: 1% of the customers, at least 5.</source>
            <translation>Die minimale Segmentgröße aus den Daten übernehmen: 1% der Kunden, mindestens 5.</translation>
        </message>
        <message>
            <source>Minimum segment size from the data (1% of the customers)</source>
            <translation>Minimale Segmentgröße aus den Daten (1% der Kunden)</translation>
        </message>
        <message>
            <source>Min si&amp;ze:</source>
            <translation>Min. &amp;Größe:</translation>
        </message>
        <message>
            <source>The smallest group of customers that counts as a segment. Smaller groups that split off a segment become noise. Larger: fewer, broader segments.</source>
            <translation>Die kleinste Gruppe von Kunden, die als Segment zählt. Kleinere Gruppen, die sich von einem Segment abspalten, werden zu Rauschen. Größer: weniger, breitere Segmente.</translation>
        </message>
        <message>
            <source>as size</source>
            <extracomment>HDBSCAN's min samples at 0: the minimum segment size is used.</extracomment>
            <translation>wie Größe</translation>
        </message>
        <message>
            <source>How crowded a customer's neighbourhood must be for it to count as dense. Larger: more customers called noise, segments only in the densest regions. "as size" uses the minimum segment size.</source>
            <translation>Wie dicht die Nachbarschaft eines Kunden sein muss, damit er als dicht gilt. Größer: mehr Kunden gelten als Rauschen, Segmente nur in den dichtesten Bereichen. „wie Größe“ verwendet die minimale Segmentgröße.</translation>
        </message>
        <message>
            <source>Minimum segment size from the data: 1% of the customers.</source>
            <translation>Minimale Segmentgröße aus den Daten: 1% der Kunden.</translation>
        </message>
        <message>
            <source>1% takes the minimum segment size from the data.</source>
            <translation>„1%“ übernimmt die minimale Segmentgröße aus den Daten.</translation>
        </message>
        <message>
            <source>k-means</source>
            <translation>k-means</translation>
        </message>
        <message>
            <source>k compact, similarly sized segments; every customer in the segment of the nearest centre.</source>
            <translation>k kompakte, ähnlich große Segmente; jeder Kunde im Segment des nächstgelegenen Zentrums.</translation>
        </message>
        <message>
            <source>Mini-batch</source>
            <translation>Mini-Batch</translation>
        </message>
        <message>
            <source>k-means for large tables: starts on a sample and refines the segments on everyone in small batches. Nearly the same segments as k-means, much faster for millions of customers.</source>
            <translation>k-means für große Tabellen: startet auf einer Stichprobe und verfeinert die Segmente in kleinen Batches auf allen Kunden. Nahezu dieselben Segmente wie k-means, viel schneller bei Millionen von Kunden.</translation>
        </message>
        <message>
            <source>Gaussian mixture</source>
            <translation>Gauß-Mischmodell</translation>
        </message>
        <message>
            <source>k segments that may differ in spread; each customer belongs to each segment with a probability and is shown in the most probable. Slower than k-means.</source>
            <translation>k Segmente, die sich in der Streuung unterscheiden dürfen; jeder Kunde gehört mit einer gewissen Wahrscheinlichkeit zu jedem Segment und wird im wahrscheinlichsten angezeigt. Langsamer als k-means.</translation>
        </message>
        <message>
            <source>Ward (hierarchical)</source>
            <translation>Ward (hierarchisch)</translation>
        </message>
        <message>
            <source>k segments from a tree that joins, step by step, the two groups whose union adds least to the spread within groups; the Tree tab shows it.</source>
            <translation>k Segmente aus einem Baum, der Schritt für Schritt die beiden Gruppen zusammenführt, deren Vereinigung die Streuung innerhalb der Gruppen am wenigsten erhöht; der Tab „Baum“ zeigt ihn.</translation>
        </message>
        <message>
            <source>DBSCAN</source>
            <translation>DBSCAN</translation>
        </message>
        <message>
            <source>Finds the number of segments itself: dense groups of customers become segments, customers in sparse regions are left as noise (grey). Good for odd-shaped segments.</source>
            <translation>Bestimmt die Anzahl der Segmente selbst: Dichte Kundengruppen werden zu Segmenten, Kunden in dünn besetzten Bereichen bleiben als Rauschen übrig (grau). Gut für unregelmäßig geformte Segmente.</translation>
        </message>
        <message>
            <source>HDBSCAN</source>
            <translation>HDBSCAN</translation>
        </message>
        <message>
            <source>Like DBSCAN, but finds segments of different densities and needs only the smallest segment size. Customers in no dense group are noise (grey).</source>
            <translation>Wie DBSCAN, findet aber Segmente unterschiedlicher Dichte und braucht nur die kleinste Segmentgröße. Kunden, die zu keiner dichten Gruppe gehören, sind Rauschen (grau).</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsens</translation>
        </message>
        <message>
            <source>The k segments on which many runs of k-means, the Gaussian mixture and Ward agree, with each customer's agreement. The slowest, and the surest test of whether the segments are real.</source>
            <translation>Die k Segmente, auf die sich viele Läufe von k-means, dem Gauß-Mischmodell und Ward einigen, mit der Übereinstimmung jedes Kunden. Das langsamste Verfahren und der sicherste Test, ob die Segmente echt sind.</translation>
        </message>
        <message numerus="yes">
            <source>%n restart(s)</source>
            <translation>
                <numerusform>%n Neustart</numerusform>
                <numerusform>%n Neustarts</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 covariance, %2</source>
            <translation>%1 Kovarianz, %2</translation>
        </message>
        <message>
            <source>full</source>
            <translation>volle</translation>
        </message>
        <message>
            <source>diagonal</source>
            <translation>diagonale</translation>
        </message>
        <message numerus="yes">
            <source>%n EM run(s)</source>
            <translation>
                <numerusform>%n EM-Lauf</numerusform>
                <numerusform>%n EM-Läufe</numerusform>
            </translation>
        </message>
        <message>
            <source>exact up to %1</source>
            <translation>exakt bis %1</translation>
        </message>
        <message>
            <source>eps %1, min samples %2</source>
            <translation>eps %1, min. Nachbarn %2</translation>
        </message>
        <message>
            <source>batches of %1</source>
            <translation>Batches zu je %1</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s) per algorithm</source>
            <translation>
                <numerusform>%n Lauf pro Algorithmus</numerusform>
                <numerusform>%n Läufe pro Algorithmus</numerusform>
            </translation>
        </message>
        <message>
            <source>min segment size %1</source>
            <translation>min. Segmentgröße %1</translation>
        </message>
        <message>
            <source>min segment size %1, min samples %2</source>
            <translation>min. Segmentgröße %1, min. Nachbarn %2</translation>
        </message>
        <message>
            <source>&amp;Restarts:</source>
            <translation>Neusta&amp;rts:</translation>
        </message>
        <message>
            <source>Cova&amp;riance:</source>
            <translation>Ko&amp;varianz:</translation>
        </message>
        <message>
            <source>S&amp;uggest</source>
            <translation>&amp;Vorschlagen</translation>
        </message>
        <message>
            <source>&amp;Radius (eps):</source>
            <translation>Radius (e&amp;ps):</translation>
        </message>
        <message>
            <source>Min sam&amp;ples:</source>
            <translation>Min. Nachba&amp;rn:</translation>
        </message>
        <message>
            <source>1%</source>
            <translation>1%</translation>
        </message>
        <message numerus="yes">
            <source>Minimum segment size from the data: 1% of the %1 customer(s).</source>
            <translation>
                <numerusform>Minimale Segmentgröße aus den Daten: 1% des %1 Kunden.</numerusform>
                <numerusform>Minimale Segmentgröße aus den Daten: 1% der %1 Kunden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ContingencyPainter</name>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>No runs to compare</source>
            <translation>Keine Läufe zum Vergleichen</translation>
        </message>
    </context>
    <context>
        <name>seg::ControlsPanel</name>
        <message>
            <source>log(1 + x) before scaling</source>
            <translation>log(1 + x) vor der Skalierung</translation>
        </message>
        <message>
            <source>extremes clipped before scaling</source>
            <translation>Extremwerte vor der Skalierung gekappt</translation>
        </message>
        <message>
            <source>How the column's values are changed before scaling</source>
            <translation>Wie die Werte der Spalte vor der Skalierung transformiert werden</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Merkmale</translation>
        </message>
        <message>
            <source>Group / column</source>
            <extracomment>The second column: a group's weight, a column's transform (two lines).</extracomment>
            <translation>Gruppe / Spalte</translation>
        </message>
        <message>
            <source>Weight /
transform</source>
            <translation>Gewicht /
Transformation</translation>
        </message>
        <message>
            <source>Check the columns to segment on. A group's weight multiplies its features' share of the distance between customers. Double-click a column's transform to change it.</source>
            <translation>Haken Sie die Spalten an, nach denen segmentiert werden soll. Das Gewicht einer Gruppe vervielfacht den Anteil ihrer Merkmale am Abstand zwischen Kunden. Doppelklicken Sie auf die Transformation einer Spalte, um sie zu ändern.</translation>
        </message>
        <message>
            <source>A group's weight multiplies its features' share of the distance. A column's transform is applied before scaling. log(1 + x) evens out skewed amounts such as spend, so a few big customers do not dominate; "clip 1–99%" caps values at the 1st and 99th percentiles. Double-click to change.</source>
            <translation>Das Gewicht einer Gruppe vervielfacht den Anteil ihrer Merkmale am Abstand. Die Transformation einer Spalte wird vor der Skalierung angewendet. log(1 + x) gleicht schiefe Beträge wie Ausgaben aus, damit wenige große Kunden nicht dominieren; „kappen 1–99%“ begrenzt die Werte auf das 1. und 99. Perzentil. Zum Ändern doppelklicken.</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentierung</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algorithmus</translation>
        </message>
        <message>
            <source>Algorithm parameters</source>
            <translation>Parameter des Algorithmus</translation>
        </message>
        <message>
            <source>The clustering algorithm. k-means finds k compact, similarly sized segments; a Gaussian mixture allows segments of different spread; Ward builds a tree of segments; DBSCAN and HDBSCAN find the number of segments themselves and leave customers in sparse regions as noise. Its parameters are below.</source>
            <translation>Das Clustering-Verfahren. k-means findet k kompakte, ähnlich große Segmente; ein Gauß-Mischmodell erlaubt Segmente mit unterschiedlicher Streuung; Ward baut einen Baum von Segmenten auf; DBSCAN und HDBSCAN bestimmen die Anzahl der Segmente selbst und lassen Kunden in dünn besetzten Bereichen als Rauschen übrig. Seine Parameter stehen darunter.</translation>
        </message>
        <message>
            <source>&amp;Algorithm:</source>
            <translation>Alg&amp;orithmus:</translation>
        </message>
        <message>
            <source>Number of segments</source>
            <translation>Anzahl der Segmente</translation>
        </message>
        <message>
            <source>Number of segments (%1–%2)</source>
            <translation>Anzahl der Segmente (%1–%2)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Random seed: the same seed and settings always give the same segments. Try another to check that the segments are stable.</source>
            <translation>Zufallsstartwert: Derselbe Startwert mit denselben Einstellungen ergibt immer dieselben Segmente. Probieren Sie einen anderen aus, um zu prüfen, ob die Segmente stabil sind.</translation>
        </message>
        <message>
            <source>Z-score</source>
            <translation>z-Wert</translation>
        </message>
        <message>
            <source>Mean 0, standard deviation 1. A few extreme customers inflate the standard deviation and squeeze everyone else together.</source>
            <translation>Mittelwert 0, Standardabweichung 1. Einige wenige extreme Kunden blähen die Standardabweichung auf und drängen alle anderen zusammen.</translation>
        </message>
        <message>
            <source>Robust (median, IQR)</source>
            <translation>Robust (Median, IQR)</translation>
        </message>
        <message>
            <source>Median 0, interquartile range 1: the middle half of the customers sets the scale, so extreme customers do not. They stay extreme, though: set them aside with Outliers.</source>
            <translation>Median 0, Interquartilsabstand 1: Die mittlere Hälfte der Kunden bestimmt die Skala, extreme Kunden also nicht. Extrem bleiben sie trotzdem: Stellen Sie sie mit „Ausreißer“ zurück.</translation>
        </message>
        <message>
            <source>Min–max (0 to 1)</source>
            <translation>Min–Max (0 bis 1)</translation>
        </message>
        <message>
            <source>Smallest value 0, largest 1: one extreme customer compresses everyone else into a corner.</source>
            <translation>Kleinster Wert 0, größter 1: Ein einziger extremer Kunde drängt alle anderen in eine Ecke.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Raw units: the feature with the largest numbers decides the distances.</source>
            <translation>Rohe Einheiten: Das Merkmal mit den größten Zahlen bestimmt die Abstände.</translation>
        </message>
        <message>
            <source>How features are put on a common scale before distances are measured. Z-score: mean and standard deviation. Robust: median and interquartile range, not pulled by extreme customers. Min–max: 0 to 1. None: raw units.</source>
            <translation>Wie Merkmale vor der Abstandsmessung auf eine gemeinsame Skala gebracht werden. z-Wert: Mittelwert und Standardabweichung. Robust: Median und Interquartilsabstand, unbeeinflusst von extremen Kunden. Min–Max: 0 bis 1. Keine: rohe Einheiten.</translation>
        </message>
        <message>
            <source>S&amp;caling:</source>
            <translation>S&amp;kalierung:</translation>
        </message>
        <message>
            <source>Keep all</source>
            <translation>Alle behalten</translation>
        </message>
        <message>
            <source>beyond z </source>
            <extracomment>Prefix of the outlier threshold: customers beyond this robust z-score are set aside.</extracomment>
            <translation>über z </translation>
        </message>
        <message>
            <source>Set aside customers whose value on any feature lies further than this many robust standard deviations (1.4826 × the median absolute deviation) from the median. They are not clustered, appear grey on the map, are counted in the status bar and exported as segment −1. Keep all: no customer is set aside; 5 to 10 sets aside only the truly extreme.</source>
            <translation>Kunden zurückstellen, deren Wert bei einem beliebigen Merkmal weiter als so viele robuste Standardabweichungen (1,4826 × die mediane absolute Abweichung) vom Median entfernt liegt. Sie werden nicht geclustert, erscheinen auf der Karte grau, werden in der Statusleiste gezählt und als Segment −1 exportiert. „Alle behalten“: Kein Kunde wird zurückgestellt; 5 bis 10 stellt nur wirklich extreme Kunden zurück.</translation>
        </message>
        <message>
            <source>&amp;Outliers:</source>
            <translation>A&amp;usreißer:</translation>
        </message>
        <message>
            <source>Run the segmentation again with the current settings (F5). Changes are applied automatically as well.</source>
            <translation>Die Segmentierung mit den aktuellen Einstellungen erneut ausführen (F5). Änderungen werden auch automatisch übernommen.</translation>
        </message>
        <message>
            <source>This algorithm finds the number of segments itself: k and the seed do not apply.</source>
            <translation>Dieser Algorithmus bestimmt die Anzahl der Segmente selbst: k und der Startwert entfallen.</translation>
        </message>
        <message>
            <source>%1 finds the number of segments itself</source>
            <translation>%1 bestimmt die Anzahl der Segmente selbst</translation>
        </message>
        <message>
            <source>Weight of the %1 group: 2 doubles its features' influence, 0.5 halves it</source>
            <translation>Gewicht der Gruppe %1: 2 verdoppelt den Einfluss ihrer Merkmale, 0,5 halbiert ihn</translation>
        </message>
        <message>
            <source>Weight of %1</source>
            <translation>Gewicht von %1</translation>
        </message>
        <message>
            <source>log(1 + x)</source>
            <translation>log(1 + x)</translation>
        </message>
        <message>
            <source>clip 1–99%</source>
            <translation>kappen 1–99%</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>log</source>
            <extracomment>Short name of the log(1 + x) transform in the feature tree.</extracomment>
            <translation>log</translation>
        </message>
        <message>
            <source>clip</source>
            <extracomment>Short name of clipping to the 1st and 99th percentiles in the feature tree.</extracomment>
            <translation>kappen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2. Double-click to change how it is transformed before scaling.</source>
            <translation>%1: %2. Doppelklicken, um die Transformation vor der Skalierung zu ändern.</translation>
        </message>
        <message>
            <source>Segments (&amp;k):</source>
            <translation>S&amp;egmente (k):</translation>
        </message>
        <message>
            <source>See&amp;d:</source>
            <translation>Start&amp;wert:</translation>
        </message>
        <message>
            <source>Recluster no&amp;w</source>
            <translation>&amp;Jetzt neu clustern</translation>
        </message>
    </context>
    <context>
        <name>seg::CustomerTooltip</name>
        <message>
            <source>row %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>(agreement %1)</source>
            <translation>(Übereinstimmung %1)</translation>
        </message>
        <message>
            <source>(strength %1)</source>
            <translation>(Stärke %1)</translation>
        </message>
        <message>
            <source>(probability %1)</source>
            <translation>(Wahrscheinlichkeit %1)</translation>
        </message>
        <message>
            <source>(missing)</source>
            <translation>(fehlt)</translation>
        </message>
    </context>
    <context>
        <name>seg::DendrogramView</name>
        <message>
            <source>Segment tree</source>
            <translation>Segmentbaum</translation>
        </message>
        <message>
            <source>No tree: the segments were not made by a hierarchical algorithm.</source>
            <translation>Kein Baum: Die Segmente wurden nicht mit einem hierarchischen Algorithmus gebildet.</translation>
        </message>
        <message>
            <source>The tree is shown for Ward's hierarchical clustering: choose it under Algorithm.</source>
            <translation>Der Baum wird für das hierarchische Clustering nach Ward angezeigt: Wählen Sie es unter „Algorithmus“.</translation>
        </message>
        <message>
            <source>Top of the tree: its last %1 merges (the leaves are %2 k-means micro-clusters)</source>
            <translation>Spitze des Baums: die letzten %1 Zusammenführungen (die Blätter sind %2 k-means-Mikrocluster)</translation>
        </message>
        <message>
            <source>Top of the tree: its last %1 merges; each leaf is a group of customers</source>
            <translation>Spitze des Baums: die letzten %1 Zusammenführungen; jedes Blatt ist eine Kundengruppe</translation>
        </message>
        <message>
            <source>Ward distance</source>
            <translation>Ward-Distanz</translation>
        </message>
        <message>
            <source>cut: %1 segments</source>
            <translation>Schnitt: %1 Segmente</translation>
        </message>
        <message numerus="yes">
            <source>The last %1 merges of Ward's tree over %2 groups; the cut at height %3 gives %4 segment(s).</source>
            <translation>
                <numerusform>Die letzten %1 Zusammenführungen des Ward-Baums über %2 Gruppen; der Schnitt auf Höhe %3 ergibt %4 Segment.</numerusform>
                <numerusform>Die letzten %1 Zusammenführungen des Ward-Baums über %2 Gruppen; der Schnitt auf Höhe %3 ergibt %4 Segmente.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::Document</name>
        <message>
            <source>Restore run %1</source>
            <translation>Lauf %1 wiederherstellen</translation>
        </message>
        <message>
            <source>Change features</source>
            <translation>Merkmale ändern</translation>
        </message>
        <message>
            <source>Set k to %1</source>
            <translation>k auf %1 setzen</translation>
        </message>
        <message>
            <source>Change the seed</source>
            <translation>Startwert ändern</translation>
        </message>
        <message>
            <source>Change the algorithm</source>
            <translation>Algorithmus ändern</translation>
        </message>
        <message>
            <source>Change the algorithm's parameters</source>
            <translation>Parameter des Algorithmus ändern</translation>
        </message>
        <message>
            <source>Change the known-segment column</source>
            <translation>Spalte der bekannten Segmente ändern</translation>
        </message>
        <message>
            <source>Set aside outliers</source>
            <translation>Ausreißer zurückstellen</translation>
        </message>
        <message>
            <source>Keep outliers</source>
            <translation>Ausreißer behalten</translation>
        </message>
        <message>
            <source>Change the map</source>
            <translation>Karte ändern</translation>
        </message>
        <message>
            <source>Rename segments</source>
            <translation>Segmente umbenennen</translation>
        </message>
        <message>
            <source>Rename a segment</source>
            <translation>Segment umbenennen</translation>
        </message>
        <message>
            <source>Edit a persona</source>
            <translation>Persona bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>seg::EngineController</name>
        <message>
            <source>Run an analysis before sweeping k.</source>
            <translation>Führen Sie eine Analyse aus, bevor Sie k durchprobieren.</translation>
        </message>
    </context>
    <context>
        <name>seg::EngineWorker</name>
        <message>
            <source>Analysis failed: %1</source>
            <translation>Analyse fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The k sweep failed: %1</source>
            <translation>Der Durchlauf über k ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Could not load the data: %1</source>
            <translation>Die Daten konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>nicht genügend Arbeitsspeicher</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
        <message>
            <source>Preparing features</source>
            <translation>Merkmale werden vorbereitet</translation>
        </message>
        <message>
            <source>Projecting</source>
            <translation>Wird projiziert</translation>
        </message>
        <message>
            <source>Clustering</source>
            <translation>Wird geclustert</translation>
        </message>
        <message>
            <source>Profiling</source>
            <translation>Profile werden erstellt</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Kunden werden zugeordnet</translation>
        </message>
        <message>
            <source>The k-distance curve suggests no eps: most customers share their place with %1 others. Set DBSCAN's radius (eps) yourself.</source>
            <translation>Die k-Distanz-Kurve legt kein eps nahe: Die meisten Kunden teilen ihren Platz mit %1 anderen. Legen Sie den Radius (eps) von DBSCAN selbst fest.</translation>
        </message>
        <message>
            <source>Computing k = %1</source>
            <translation>k = %1 wird berechnet</translation>
        </message>
        <message>
            <source>Computing k = %1 to %2</source>
            <translation>k = %1 bis %2 wird berechnet</translation>
        </message>
        <message>
            <source>Loading data</source>
            <translation>Daten werden geladen</translation>
        </message>
        <message>
            <source>no data is loaded</source>
            <translation>es sind keine Daten geladen</translation>
        </message>
        <message>
            <source>no customer is left after preparing the features</source>
            <translation>nach dem Aufbereiten der Merkmale bleibt kein Kunde übrig</translation>
        </message>
        <message numerus="yes">
            <source>Run %1 of the project does not fit its data: it segments %2 customer(s), the data prepares %3. Recluster to make a new run.</source>
            <translation>
                <numerusform>Lauf %1 des Projekts passt nicht zu seinen Daten: Er segmentiert %2 Kunden, aus den Daten gehen %3 hervor. Clustern Sie neu, um einen neuen Lauf zu erstellen.</numerusform>
                <numerusform>Lauf %1 des Projekts passt nicht zu seinen Daten: Er segmentiert %2 Kunden, aus den Daten gehen %3 hervor. Clustern Sie neu, um einen neuen Lauf zu erstellen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>DBSCAN's minimum samples (%1) are more than the %2 customer(s)</source>
            <translation>
                <numerusform>Die min. Nachbarn von DBSCAN (%1) übersteigen die Zahl der Kunden (%2)</numerusform>
                <numerusform>Die min. Nachbarn von DBSCAN (%1) übersteigen die Zahl der Kunden (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generating %1 demo customer(s)</source>
            <translation>
                <numerusform>%1 Demo-Kunde wird erzeugt</numerusform>
                <numerusform>%1 Demo-Kunden werden erzeugt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::FeatureLabel</name>
        <message>
            <source>%1: %2</source>
            <extracomment>A one-hot feature: column, then one of its values, e.g. "acquisition channel: referral".</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Interaktion</translation>
        </message>
        <message>
            <source>Purchasing</source>
            <translation>Kaufverhalten</translation>
        </message>
        <message>
            <source>Recency &amp; loyalty</source>
            <translation>Aktualität &amp; Treue</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
    </context>
    <context>
        <name>seg::HeatmapPainter</name>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 sd</source>
            <translation>%1 SD</translation>
        </message>
        <message>
            <source>Segment average vs. all customers</source>
            <translation>Segmentdurchschnitt vs. alle Kunden</translation>
        </message>
        <message>
            <source>vs. all customers</source>
            <translation>vs. alle Kunden</translation>
        </message>
        <message>
            <source>Order: by segment</source>
            <translation>Reihenfolge: nach Segment</translation>
        </message>
        <message>
            <source>No segments yet</source>
            <translation>Noch keine Segmente</translation>
        </message>
        <message>
            <source>Segment profiles appear here once customers are segmented.</source>
            <translation>Segmentprofile erscheinen hier, sobald die Kunden segmentiert sind.</translation>
        </message>
        <message>
            <source>Order: by size</source>
            <translation>Reihenfolge: nach Größe</translation>
        </message>
        <message>
            <source>Order: by %1</source>
            <translation>Reihenfolge: nach %1</translation>
        </message>
        <message>
            <source>average</source>
            <translation>Durchschnitt</translation>
        </message>
    </context>
    <context>
        <name>seg::HeatmapView</name>
        <message>
            <source>Segment profile heatmap</source>
            <translation>Heatmap der Segmentprofile</translation>
        </message>
        <message>
            <source>%1 — %2
Segment average: %3
All customers: %4
Difference: %5 standard deviations</source>
            <translation>%1 — %2
Segmentdurchschnitt: %3
Alle Kunden: %4
Differenz: %5 Standardabweichungen</translation>
        </message>
        <message>
            <source>Feature: %1</source>
            <translation>Merkmal: %1</translation>
        </message>
        <message>
            <source>Click to highlight this segment in every view.</source>
            <translation>Klicken, um dieses Segment in allen Ansichten hervorzuheben.</translation>
        </message>
        <message>
            <source>Click to switch between segment order and size order.</source>
            <translation>Klicken, um zwischen Sortierung nach Segment und nach Größe zu wechseln.</translation>
        </message>
        <message>
            <source>Cell colours: how far the segment average lies from the average of all customers, in standard deviations (sd) of the features as clustered (after log(1 + x) and scaling). Blue is below, red above; beyond 2 sd the colour stays the same. The numbers in the tooltips are in the data's own units.</source>
            <translation>Zellfarben: wie weit der Segmentdurchschnitt vom Durchschnitt aller Kunden entfernt liegt, in Standardabweichungen (SD) der Merkmale, wie sie geclustert wurden (nach log(1 + x) und Skalierung). Blau liegt darunter, Rot darüber; ab 2 SD bleibt die Farbe gleich. Die Zahlen in den Tooltips sind in den Einheiten der Daten angegeben.</translation>
        </message>
        <message>
            <source>Click to order the segments by this feature.</source>
            <translation>Klicken, um die Segmente nach diesem Merkmal zu sortieren.</translation>
        </message>
        <message>
            <source>Column “%1”: one row per value, each the share of customers with that value</source>
            <translation>Spalte „%1“: eine Zeile pro Wert, jeweils mit dem Anteil der Kunden mit diesem Wert</translation>
        </message>
        <message>
            <source>No segments yet.</source>
            <translation>Noch keine Segmente.</translation>
        </message>
        <message>
            <source>Segments: %1, features: %2, customers: %3. Each cell is the segment's average against all customers, in standard deviations.</source>
            <translation>Segmente: %1, Merkmale: %2, Kunden: %3. Jede Zelle zeigt den Segmentdurchschnitt im Vergleich zu allen Kunden, in Standardabweichungen.</translation>
        </message>
        <message>
            <source>strongest traits: %1</source>
            <translation>stärkste prägende Merkmale: %1</translation>
        </message>
        <message>
            <source>%1, %2: no value</source>
            <translation>%1, %2: kein Wert</translation>
        </message>
        <message>
            <source>%1, %2: %3 standard deviations; segment average %4, all customers %5</source>
            <extracomment>The heatmap cell under the keyboard cursor, for screen readers.</extracomment>
            <translation>%1, %2: %3 Standardabweichungen; Segmentdurchschnitt %4, alle Kunden %5</translation>
        </message>
        <message>
            <source>Each segment's average of each feature against all customers, in standard deviations: blue below, red above. Arrow keys, Home, End, Page Up and Page Down move the cell cursor; Enter highlights its segment in every view; S orders the segments by its feature, O switches between segment and size order.</source>
            <translation>Der Durchschnitt jedes Segments bei jedem Merkmal im Vergleich zu allen Kunden, in Standardabweichungen: blau darunter, rot darüber. Pfeiltasten, Pos1, Ende, Bild auf und Bild ab bewegen den Zellcursor; die Eingabetaste hebt sein Segment in allen Ansichten hervor; S sortiert die Segmente nach seinem Merkmal, O wechselt zwischen Segment- und Größenreihenfolge.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1: %2 Kunde (%3)</numerusform>
                <numerusform>%1: %2 Kunden (%3)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) in no segment</source>
            <translation>
                <numerusform>%1: %2 Kunde in keinem Segment</numerusform>
                <numerusform>%1: %2 Kunden in keinem Segment</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1
%2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1
%2 Kunde (%3)</numerusform>
                <numerusform>%1
%2 Kunden (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::HelpBrowser</name>
        <message>
            <source>SegmentScope user guide</source>
            <translation>SegmentScope-Benutzerhandbuch</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Im Handbuch suchen</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Suchen:</translation>
        </message>
    </context>
    <context>
        <name>seg::ImageExport</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
        </message>
        <message>
            <source>Cannot save “%1”: images can be saved as PNG (.png) or SVG (.svg) files.</source>
            <translation>„%1“ kann nicht gespeichert werden: Bilder lassen sich als PNG- (.png) oder SVG-Dateien (.svg) speichern.</translation>
        </message>
        <message>
            <source>Cannot save “%1”: there is nothing to draw.</source>
            <translation>„%1“ kann nicht gespeichert werden: Es gibt nichts zu zeichnen.</translation>
        </message>
        <message>
            <source>Cannot save “%1”: %2</source>
            <translation>„%1“ kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Drawn by %1</source>
            <translation>Erstellt mit %1</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>das Bild konnte nicht kodiert werden</translation>
        </message>
    </context>
    <context>
        <name>seg::ImportDialog</name>
        <message>
            <source>id (key)</source>
            <translation>ID (Schlüssel)</translation>
        </message>
        <message>
            <source>known segments</source>
            <translation>bekannte Segmente</translation>
        </message>
        <message>
            <source>numeric</source>
            <translation>numerisch</translation>
        </message>
        <message>
            <source>categorical</source>
            <translation>kategorial</translation>
        </message>
        <message>
            <source>value (money)</source>
            <translation>Wert (Geld)</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>personal data</source>
            <translation>personenbezogene Daten</translation>
        </message>
        <message>
            <source>ignored</source>
            <translation>ignoriert</translation>
        </message>
        <message>
            <source>Chosen: %1 (suggested: %2, because %3)</source>
            <translation>Gewählt: %1 (vorgeschlagen: %2; Grund: %3)</translation>
        </message>
        <message>
            <source>Suggested: %1, because %2</source>
            <translation>Vorgeschlagen: %1; Grund: %2</translation>
        </message>
        <message>
            <source>integer</source>
            <translation>Ganzzahl</translation>
        </message>
        <message>
            <source>number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>ja/nein</translation>
        </message>
        <message>
            <source>category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>text / id</source>
            <translation>Text / ID</translation>
        </message>
        <message>
            <source>Import customers – %1</source>
            <translation>Kunden importieren – %1</translation>
        </message>
        <message>
            <source>Check the first rows and the detected column types, then choose the customer id, what each column means (its role), the features to segment on and their groups.</source>
            <translation>Prüfen Sie die ersten Zeilen und die erkannten Spaltentypen und wählen Sie dann die Kunden-ID, die Bedeutung jeder Spalte (ihre Rolle), die Merkmale für die Segmentierung und deren Gruppen.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>The table or view of the SQLite database to import</source>
            <translation>Die zu importierende Tabelle oder View der SQLite-Datenbank</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Tabelle:</translation>
        </message>
        <message>
            <source>The first rows of the file, as they will be read</source>
            <translation>Die ersten Zeilen der Datei, so wie sie eingelesen werden</translation>
        </message>
        <message>
            <source>The column that identifies each customer; every value must be present and unique</source>
            <translation>Die Spalte, die jeden Kunden identifiziert; jeder Wert muss vorhanden und eindeutig sein</translation>
        </message>
        <message>
            <source>Customer &amp;id:</source>
            <translation>Kunden-&amp;ID:</translation>
        </message>
        <message>
            <source>Replace ids by salted &amp;hashes</source>
            <translation>IDs durch gesalzene &amp;Hashwerte ersetzen</translation>
        </message>
        <message>
            <source>Privacy: each customer id becomes a hash of a random salt and the id as the file is read. Segments, exports and the saved project show only the hashes; the salt is kept in the project, so the same ids always get the same hashes there.</source>
            <translation>Datenschutz: Jede Kunden-ID wird beim Einlesen der Datei durch einen Hashwert aus einem zufälligen Salt und der ID ersetzt. Segmente, Exporte und das gespeicherte Projekt zeigen nur die Hashwerte; das Salt wird im Projekt aufbewahrt, sodass dieselben IDs dort immer dieselben Hashwerte erhalten.</translation>
        </message>
        <message>
            <source>Optional: a column of known segments, to measure how well the clustering recovers them (adjusted Rand index)</source>
            <translation>Optional: eine Spalte mit bekannten Segmenten, um zu messen, wie gut das Clustering sie wiederfindet (bereinigter Rand-Index)</translation>
        </message>
        <message>
            <source>&amp;Known segments:</source>
            <translation>&amp;Bekannte Segmente:</translation>
        </message>
        <message>
            <source>Transaction log: read as customers</source>
            <translation>Transaktionsprotokoll: als Kunden einlesen</translation>
        </message>
        <message>
            <source>Derive one row per customer from the purchases, and segment the customers</source>
            <translation>Aus den Käufen eine Zeile pro Kunde ableiten und die Kunden segmentieren</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>When each purchase was made</source>
            <translation>Wann jeder Kauf getätigt wurde</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Betrag:</translation>
        </message>
        <message>
            <source>What each line cost; a negative amount is a return. Leave it at (none) when the log gives a unit price and a quantity instead</source>
            <translation>Was jede Zeile gekostet hat; ein negativer Betrag ist eine Retoure. Lassen Sie „(keine)“ stehen, wenn das Protokoll stattdessen Stückpreis und Menge enthält</translation>
        </message>
        <message>
            <source>Unit &amp;price:</source>
            <translation>&amp;Stückpreis:</translation>
        </message>
        <message>
            <source>Price per unit, for a log without line totals: a line's amount is quantity × unit price</source>
            <translation>Preis pro Stück, für ein Protokoll ohne Zeilensummen: Der Betrag einer Zeile ist Menge × Stückpreis</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Menge:</translation>
        </message>
        <message>
            <source>Optional: units per line</source>
            <translation>Optional: Stückzahl pro Zeile</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>&amp;Kanal:</translation>
        </message>
        <message>
            <source>Optional: the sales channel, as each customer's shares</source>
            <translation>Optional: der Vertriebskanal, als Anteile je Kunde</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>Kate&amp;gorie:</translation>
        </message>
        <message>
            <source>Optional: the product category, as how many each customer bought</source>
            <translation>Optional: die Produktkategorie, als Anzahl der Käufe je Kunde</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> Wochen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>Keep the last weeks of purchases aside: the customers are described as they were before them, and the Model tab compares the forecast purchases with those made</source>
            <translation>Die Käufe der letzten Wochen zurückhalten: Die Kunden werden so beschrieben, wie sie davor waren, und der Tab „Modell“ vergleicht die prognostizierten Käufe mit den tatsächlich getätigten</translation>
        </message>
        <message>
            <source>&amp;Holdout:</source>
            <translation>&amp;Holdout:</translation>
        </message>
        <message>
            <source>&amp;Features, roles and groups (double-click a role or a group to change it; hover over a role to see why it was suggested):</source>
            <translation>&amp;Merkmale, Rollen und Gruppen (zum Ändern auf eine Rolle oder Gruppe doppelklicken; mit der Maus auf eine Rolle zeigen, um zu sehen, warum sie vorgeschlagen wurde):</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Checked columns take part in the segmentation</source>
            <translation>Angehakte Spalten fließen in die Segmentierung ein</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>The database has no tables.</source>
            <translation>Die Datenbank enthält keine Tabellen.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Preview not available</source>
            <translation>Vorschau nicht verfügbar</translation>
        </message>
        <message>
            <source>Preview: the first row, the first %1 of %2 columns</source>
            <translation>Vorschau: die erste Zeile, die ersten %1 von %2 Spalten</translation>
        </message>
        <message>
            <source>Column '%1' repeats: each row is a purchase. Read as customers, each gets their purchases, time since the last one, tenure and spend, up to the last date in the file.</source>
            <translation>Spalte „%1“ wiederholt sich: Jede Zeile ist ein Kauf. Beim Einlesen als Kunden erhält jeder Kunde seine Käufe, die Zeit seit dem letzten Kauf, die Beziehungsdauer und die Ausgaben, bis zum letzten Datum in der Datei.</translation>
        </message>
        <message>
            <source>Choose the column of purchase dates.</source>
            <translation>Wählen Sie die Spalte mit dem Kaufdatum.</translation>
        </message>
        <message>
            <source>Choose the amount column, or the unit price and quantity columns.</source>
            <translation>Wählen Sie die Betragsspalte oder die Spalten für Stückpreis und Menge.</translation>
        </message>
        <message>
            <source>Choose the amount or the unit price, not both.</source>
            <translation>Wählen Sie den Betrag oder den Stückpreis, nicht beides.</translation>
        </message>
        <message>
            <source>A unit price needs the quantity column: a line's amount is quantity × unit price.</source>
            <translation>Ein Stückpreis braucht die Mengenspalte: Der Betrag einer Zeile ist Menge × Stückpreis.</translation>
        </message>
        <message>
            <source>Not a feature: its role is %1</source>
            <translation>Kein Merkmal: Die Rolle ist %1</translation>
        </message>
        <message>
            <source>This is the customer id</source>
            <translation>Dies ist die Kunden-ID</translation>
        </message>
        <message>
            <source>These are the known segments</source>
            <translation>Dies sind die bekannten Segmente</translation>
        </message>
        <message>
            <source>Known segments cannot come from a transaction log: they belong to customers, and its rows are purchases. Choose (none) as the known segments.</source>
            <translation>Bekannte Segmente können nicht aus einem Transaktionsprotokoll stammen: Sie gehören zu Kunden, seine Zeilen aber sind Käufe. Wählen Sie „(keine)“ als bekannte Segmente.</translation>
        </message>
        <message>
            <source>%1 (in the previewed rows). Read it as customers (the transaction log section), or to read the rows as they are, choose (none) as the customer id.</source>
            <translation>%1 (in den Vorschauzeilen). Lesen Sie die Datei als Kunden ein (Abschnitt Transaktionsprotokoll), oder wählen Sie „(keine)“ als Kunden-ID, um die Zeilen unverändert einzulesen.</translation>
        </message>
        <message>
            <source>The customer id and the known segments must be different columns.</source>
            <translation>Kunden-ID und bekannte Segmente müssen verschiedene Spalten sein.</translation>
        </message>
        <message>
            <source>Choose at least one feature to segment on.</source>
            <translation>Wählen Sie mindestens ein Merkmal für die Segmentierung.</translation>
        </message>
        <message>
            <source>Note: the previewed rows hold the purchases of %1 customer(s); the whole file is read on import.</source>
            <translation>Hinweis: Die Vorschauzeilen enthalten die Käufe von %1 Kunde(n); beim Import wird die ganze Datei eingelesen.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message>
            <source>Cannot import: %1</source>
            <translation>Import nicht möglich: %1</translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first %1 row(s), the first %2 of %3 columns</source>
            <translation>
                <numerusform>Vorschau: %1 Zeile, die ersten %2 von %3 Spalten</numerusform>
                <numerusform>Vorschau: die ersten %1 Zeilen, die ersten %2 von %3 Spalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first row, %1 column(s)</source>
            <translation>
                <numerusform>Vorschau: die erste Zeile, %1 Spalte</numerusform>
                <numerusform>Vorschau: die erste Zeile, %1 Spalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first %1 rows, %2 column(s)</source>
            <translation>
                <numerusform>Vorschau: die ersten %1 Zeilen, %2 Spalte</numerusform>
                <numerusform>Vorschau: die ersten %1 Zeilen, %2 Spalten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::LiftView</name>
        <message>
            <source>All customers</source>
            <translation>Alle Kunden</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <source>Revenue per customer</source>
            <translation>Umsatz pro Kunde</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Zielgröße</translation>
        </message>
        <message>
            <source>Campaign lift by segment</source>
            <translation>Kampagnen-Uplift nach Segment</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Zielgröße:</translation>
        </message>
        <message>
            <source>No run to show a campaign's lift for.</source>
            <translation>Kein Lauf, für den ein Kampagnen-Uplift angezeigt werden könnte.</translation>
        </message>
        <message>
            <source>No campaign has been analysed against run %1 yet. segscope lift compares a campaign's treated and control customers in each segment and records the result here.</source>
            <translation>Gegen Lauf %1 wurde noch keine Kampagne ausgewertet. segscope lift vergleicht Test- und Kontrollgruppe einer Kampagne in jedem Segment und hält das Ergebnis hier fest.</translation>
        </message>
        <message>
            <source>Recorded analyses that could not be read (%1) are left out.</source>
            <translation>Gespeicherte Auswertungen, die nicht gelesen werden konnten (%1), werden ausgelassen.</translation>
        </message>
        <message>
            <source>Conversion %1 against %2: %3 points (%4% interval %5 to %6), %7.</source>
            <translation>Conversion %1 gegenüber %2: %3 Prozentpunkte (%4%-Intervall %5 bis %6), %7.</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>signifikant</translation>
        </message>
        <message>
            <source>not significant</source>
            <translation>nicht signifikant</translation>
        </message>
        <message>
            <source>Revenue per customer %1 against %2: %3 (%4 to %5), %6.</source>
            <translation>Umsatz pro Kunde %1 gegenüber %2: %3 (%4 bis %5), %6.</translation>
        </message>
        <message>
            <source>conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>The campaign moved %1 in: %2.</source>
            <translation>%1: durch die Kampagne signifikant verändert in: %2.</translation>
        </message>
        <message>
            <source>Caution: %1.</source>
            <translation>Achtung: %1.</translation>
        </message>
        <message>
            <source>%1 campaigns were analysed against this run; the latest is shown.</source>
            <translation>Gegen diesen Lauf wurden %1 Kampagnen ausgewertet; die neueste wird angezeigt.</translation>
        </message>
        <message>
            <source>Conversion, treated − control (points), %1% interval</source>
            <translation>Conversion, Test − Kontrolle (Prozentpunkte), %1%-Intervall</translation>
        </message>
        <message>
            <source>Revenue per customer, treated − control, %1% interval</source>
            <translation>Umsatz pro Kunde, Test − Kontrolle, %1%-Intervall</translation>
        </message>
        <message>
            <source>● significant after the correction   ○ not significant</source>
            <translation>● signifikant nach der Korrektur   ○ nicht signifikant</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Kontrolle</translation>
        </message>
        <message>
            <source>Treated rate</source>
            <translation>Rate Test</translation>
        </message>
        <message>
            <source>Treated mean</source>
            <translation>Mittel Test</translation>
        </message>
        <message>
            <source>Control rate</source>
            <translation>Rate Kontrolle</translation>
        </message>
        <message>
            <source>Control mean</source>
            <translation>Mittel Kontrolle</translation>
        </message>
        <message>
            <source>Difference (points)</source>
            <translation>Differenz (Punkte)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Uplift</translation>
        </message>
        <message>
            <source>p (adjusted)</source>
            <translation>p (korrigiert)</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>nicht verglichen</translation>
        </message>
        <message>
            <source>%1 [%2, %3]</source>
            <translation>%1 [%2, %3]</translation>
        </message>
        <message>
            <source>Campaign lift by segment, chart</source>
            <translation>Uplift der Kampagne nach Segment, Diagramm</translation>
        </message>
        <message>
            <source>Campaign lift</source>
            <translation>Uplift der Kampagne</translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1, analysed on %2: %3 customer(s) (%4 treated, %5 control).</source>
            <translation>
                <numerusform>Kampagne %1, ausgewertet am %2: %3 Kunde (%4 in der Testgruppe, %5 in der Kontrollgruppe).</numerusform>
                <numerusform>Kampagne %1, ausgewertet am %2: %3 Kunden (%4 in der Testgruppe, %5 in der Kontrollgruppe).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No segment's %1 moved significantly after the correction for testing %2 segment(s).</source>
            <translation>
                <numerusform>%1: nach der Korrektur für den Test von %2 Segment in keinem Segment signifikant verändert.</numerusform>
                <numerusform>%1: nach der Korrektur für den Test von %2 Segmenten in keinem Segment signifikant verändert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::MainWindow</name>
        <message>
            <source>Drag: lasso · Shift+drag: rectangle · Wheel: zoom</source>
            <translation>Ziehen: Lasso · Umschalt+Ziehen: Rechteck · Mausrad: Zoom</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>the same segments as run %1</source>
            <translation>dieselben Segmente wie Lauf %1</translation>
        </message>
        <message>
            <source>segments differ from run %1, made with the same settings</source>
            <translation>Segmente weichen von Lauf %1 ab, der mit denselben Einstellungen erstellt wurde</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Inertia (elbow) and silhouette for each k on the current features. Click a k to use it.</source>
            <translation>Inertia (Ellbogen) und Silhouette für jedes k mit den aktuellen Merkmalen. Klicken Sie auf ein k, um es zu übernehmen.</translation>
        </message>
        <message>
            <source>Choosing k</source>
            <translation>Wahl von k</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Baum</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Uplift</translation>
        </message>
        <message>
            <source>How well each number of segments fits</source>
            <translation>Wie gut jede Segmentanzahl passt</translation>
        </message>
        <message>
            <source>The customers chosen in the segment map against everyone</source>
            <translation>Die in der Segmentkarte ausgewählten Kunden im Vergleich zu allen</translation>
        </message>
        <message>
            <source>Who each segment is and what it is worth: a draft persona per segment to edit</source>
            <translation>Wer in jedem Segment ist und was es wert ist: ein bearbeitbarer Persona-Entwurf pro Segment</translation>
        </message>
        <message>
            <source>Each segment's share of the customers against its share of the value</source>
            <translation>Anteil jedes Segments an den Kunden im Vergleich zu seinem Anteil am Wert</translation>
        </message>
        <message>
            <source>Whether the purchase model behind the lifetime values describes these customers</source>
            <translation>Ob das Kaufmodell hinter den Kundenwerten diese Kunden zutreffend beschreibt</translation>
        </message>
        <message>
            <source>Ward's tree: how the segments were joined, and where it is cut</source>
            <translation>Ward-Baum: wie die Segmente zusammengeführt wurden und wo er geschnitten wird</translation>
        </message>
        <message>
            <source>The runs kept in the project: restore, annotate, delete or compare them</source>
            <translation>Die im Projekt gespeicherten Läufe: wiederherstellen, mit Notizen versehen, löschen oder vergleichen</translation>
        </message>
        <message>
            <source>The customers scored with the current run, batch by batch: segment shares and drift</source>
            <translation>Die mit dem aktuellen Lauf zugeordneten Kunden, Batch für Batch: Segmentanteile und Drift</translation>
        </message>
        <message>
            <source>What the latest campaign analysed against the current run did in each segment</source>
            <translation>Was die zuletzt gegen den aktuellen Lauf ausgewertete Kampagne in jedem Segment bewirkt hat</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>Steuerung</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Ready – run %1 of the project, as saved</source>
            <translation>Bereit – Lauf %1 des Projekts, wie gespeichert</translation>
        </message>
        <message>
            <source>Ready – segmented in %1 s</source>
            <translation>Bereit – segmentiert in %1 s</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>SegmentScope</source>
            <translation>SegmentScope</translation>
        </message>
        <message>
            <source>SegmentScope[*]</source>
            <translation>SegmentScope[*]</translation>
        </message>
        <message>
            <source>Demo customers</source>
            <translation>Demo-Kunden</translation>
        </message>
        <message>
            <source>%1[*] – SegmentScope</source>
            <translation>%1[*] – SegmentScope</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a project, or customer data from a CSV file or an SQLite database</source>
            <translation>Ein Projekt oder Kundendaten aus einer CSV-Datei oder SQLite-Datenbank öffnen</translation>
        </message>
        <message>
            <source>Open &amp;demo data</source>
            <translation>&amp;Demodaten öffnen</translation>
        </message>
        <message>
            <source>50,000 synthetic customers with six known segments</source>
            <translation>50.000 synthetische Kunden mit sechs bekannten Segmenten</translation>
        </message>
        <message>
            <source>&amp;Export segments…</source>
            <translation>Segmente &amp;exportieren…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Save each customer's segment as a CSV file</source>
            <translation>Das Segment jedes Kunden als CSV-Datei speichern</translation>
        </message>
        <message>
            <source>Export persona &amp;report…</source>
            <translation>Persona-Be&amp;richt exportieren…</translation>
        </message>
        <message>
            <source>A PDF for a client: overview, one page per persona, methods; previewed before saving</source>
            <translation>Ein PDF für Auftraggeber: Übersicht, eine Seite pro Persona, Methoden; mit Vorschau vor dem Speichern</translation>
        </message>
        <message>
            <source>Export &amp;workbook (XLSX)…</source>
            <translation>&amp;Arbeitsmappe exportieren (XLSX)…</translation>
        </message>
        <message>
            <source>The segment table, the personas and every customer's segment and value as an Excel workbook</source>
            <translation>Die Segmenttabelle, die Personas sowie Segment und Wert jedes Kunden als Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>Save &amp;map picture…</source>
            <translation>&amp;Kartenbild speichern…</translation>
        </message>
        <message>
            <source>Save &amp;heatmap picture…</source>
            <translation>&amp;Heatmap-Bild speichern…</translation>
        </message>
        <message>
            <source>Save the segment map as a PNG image or SVG drawing</source>
            <translation>Die Segmentkarte als PNG-Bild oder SVG-Zeichnung speichern</translation>
        </message>
        <message>
            <source>Save the heatmap as a PNG image or SVG drawing</source>
            <translation>Die Heatmap als PNG-Bild oder SVG-Zeichnung speichern</translation>
        </message>
        <message>
            <source>Save &amp;screenshot…</source>
            <translation>S&amp;creenshot speichern…</translation>
        </message>
        <message>
            <source>Ctrl+Alt+S</source>
            <translation>Ctrl+Alt+S</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z</source>
            <translation>Ctrl+Shift+Z</translation>
        </message>
        <message>
            <source>Ctrl+Y</source>
            <translation>Ctrl+Y</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Reset &amp;zoom</source>
            <translation>&amp;Zoom zurücksetzen</translation>
        </message>
        <message>
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <source>Order heatmap rows by &amp;separation</source>
            <translation>Heatmap-Zeilen nach &amp;Trennkraft sortieren</translation>
        </message>
        <message>
            <source>List the features from the one that separates the segments most (the largest share of its variance between segments) to the least</source>
            <translation>Die Merkmale auflisten, vom Merkmal, das die Segmente am stärksten trennt (größter Anteil seiner Varianz zwischen den Segmenten), bis zu dem, das sie am wenigsten trennt</translation>
        </message>
        <message>
            <source>&amp;Dark theme</source>
            <translation>&amp;Dunkles Design</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;Hoher Kontrast</translation>
        </message>
        <message>
            <source>Ctrl+Shift+H</source>
            <translation>Ctrl+Shift+H</translation>
        </message>
        <message>
            <source>&amp;Segments</source>
            <translation>&amp;Segmente</translation>
        </message>
        <message>
            <source>&amp;Recluster</source>
            <translation>&amp;Neu clustern</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Ab&amp;brechen</translation>
        </message>
        <message>
            <source>C&amp;lear selection</source>
            <translation>Auswahl &amp;aufheben</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <source>&amp;About SegmentScope</source>
            <translation>&amp;Über SegmentScope</translation>
        </message>
        <message>
            <source>About SegmentScope</source>
            <translation>Über SegmentScope</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SegmentScope %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for marketers: cluster customers into segments, see what sets each apart, and name them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SegmentScope %1&lt;/h3&gt;&lt;p&gt;Kundensegmentierung für das Marketing: Kunden in Segmente clustern, erkennen, was jedes Segment auszeichnet, und die Segmente benennen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open a project or customer data</source>
            <translation>Projekt oder Kundendaten öffnen</translation>
        </message>
        <message>
            <source>Projects and customer data (*.segscope *.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;SegmentScope projects (*.segscope);;Customer data (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>Projekte und Kundendaten (*.segscope *.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;SegmentScope-Projekte (*.segscope);;Kundendaten (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>segments.csv</source>
            <translation>segmente.csv</translation>
        </message>
        <message>
            <source>%1-segments.csv</source>
            <translation>%1-segmente.csv</translation>
        </message>
        <message>
            <source>Export segments</source>
            <translation>Segmente exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot export the segments to %1: it is the customer data file that is open. Choose another name.</source>
            <translation>Die Segmente können nicht nach %1 exportiert werden: Das ist die geöffnete Kundendatendatei. Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Save screenshot</source>
            <translation>Screenshot speichern</translation>
        </message>
        <message>
            <source>segmentscope.png</source>
            <translation>segmentscope.png</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>das Bild konnte nicht kodiert werden</translation>
        </message>
        <message>
            <source>Cannot write the screenshot to %1: %2</source>
            <translation>Der Screenshot kann nicht nach %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>segment-map.png</source>
            <translation>segmentkarte.png</translation>
        </message>
        <message>
            <source>segment-heatmap.png</source>
            <translation>segment-heatmap.png</translation>
        </message>
        <message>
            <source>Save map picture</source>
            <translation>Kartenbild speichern</translation>
        </message>
        <message>
            <source>Save heatmap picture</source>
            <translation>Heatmap-Bild speichern</translation>
        </message>
        <message>
            <source>There are no segments to draw yet.</source>
            <translation>Es gibt noch keine Segmente zum Zeichnen.</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %1 customer(s)…</source>
            <translation>
                <numerusform>%1 Kunde wird exportiert…</numerusform>
                <numerusform>%1 Kunden werden exportiert…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %1 customer(s) to %2</source>
            <translation>
                <numerusform>%1 Kunde nach %2 exportiert</numerusform>
                <numerusform>%1 Kunden nach %2 exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready – segmented in %1 ms</source>
            <translation>Bereit – segmentiert in %1 ms</translation>
        </message>
    </context>
    <context>
        <name>seg::MapController</name>
        <message numerus="yes">
            <source>UMAP of %Ln customers, %1 s</source>
            <translation>
                <numerusform>UMAP von %Ln Kunden, %1 s</numerusform>
                <numerusform>UMAP von %Ln Kunden, %1 s</numerusform>
            </translation>
        </message>
        <message>
            <source>, PCA start (%1)</source>
            <translation>, PCA-Start (%1)</translation>
        </message>
        <message numerus="yes">
            <source>, fitted on %Ln</source>
            <translation>
                <numerusform>, angepasst auf %Ln</numerusform>
                <numerusform>, angepasst auf %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>The UMAP map could not be made: %1</source>
            <translation>Die UMAP-Karte konnte nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>UMAP map from the cache</source>
            <translation>UMAP-Karte aus dem Cache</translation>
        </message>
    </context>
    <context>
        <name>seg::MapControls</name>
        <message>
            <source>Map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>UMAP</source>
            <translation>UMAP</translation>
        </message>
        <message>
            <source>PCA</source>
            <translation>PCA</translation>
        </message>
        <message>
            <source>UMAP keeps each customer's nearest neighbours together, so segments show as groups; distances between far-apart groups are not to scale. PCA shows the two directions of largest variance and appears at once.</source>
            <translation>UMAP hält die nächsten Nachbarn jedes Kunden zusammen, sodass Segmente als Gruppen erscheinen; Abstände zwischen weit entfernten Gruppen sind nicht maßstabsgetreu. PCA zeigt die beiden Richtungen der größten Varianz und erscheint sofort.</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <source>How many nearest customers shape each one's neighbourhood: fewer show fine local detail, more show the overall structure (UMAP's n_neighbors, 15 by default).</source>
            <translation>Wie viele nächstgelegene Kunden die Nachbarschaft jedes Kunden prägen: weniger zeigen feine lokale Details, mehr die Gesamtstruktur (n_neighbors von UMAP, standardmäßig 15).</translation>
        </message>
        <message>
            <source>How tightly customers may pack together on the map (UMAP's min_dist, 0.1 by default; at most the spread, 1).</source>
            <translation>Wie dicht Kunden auf der Karte zusammenrücken dürfen (min_dist von UMAP, standardmäßig 0,1; höchstens der Spread, 1).</translation>
        </message>
        <message>
            <source>Euclidean</source>
            <translation>Euklidisch</translation>
        </message>
        <message>
            <source>Manhattan</source>
            <translation>Manhattan</translation>
        </message>
        <message>
            <source>Cosine</source>
            <translation>Kosinus</translation>
        </message>
        <message>
            <source>How the distance between two customers' features is measured.</source>
            <translation>Wie der Abstand zwischen den Merkmalen zweier Kunden gemessen wird.</translation>
        </message>
        <message>
            <source>Me&amp;tric:</source>
            <translation>Me&amp;trik:</translation>
        </message>
        <message>
            <source>The map is fitted on at most this many customers; the others are placed into it. Larger is more faithful and slower.</source>
            <translation>Die Karte wird auf höchstens so vielen Kunden angepasst; die übrigen werden in sie eingefügt. Größer ist genauer und langsamer.</translation>
        </message>
        <message>
            <source>Nei&amp;ghbours:</source>
            <translation>&amp;Nachbarn:</translation>
        </message>
        <message>
            <source>Mi&amp;n. distance:</source>
            <translation>M&amp;in. Abstand:</translation>
        </message>
        <message>
            <source>F&amp;it sample:</source>
            <translation>Sti&amp;chprobe:</translation>
        </message>
    </context>
    <context>
        <name>seg::MapPresenter</name>
        <message>
            <source>PC %1 (%2%)</source>
            <translation>PC %1 (%2%)</translation>
        </message>
        <message>
            <source>UMAP map settling: epoch %1 of %2</source>
            <translation>UMAP-Karte stabilisiert sich: Epoche %1 von %2</translation>
        </message>
        <message>
            <source>Computing the UMAP map: %1%</source>
            <translation>UMAP-Karte wird berechnet: %1%</translation>
        </message>
        <message>
            <source>pale: under %1% sure of their segment</source>
            <translation>blass: unter %1% sicher in ihrem Segment</translation>
        </message>
        <message>
            <source>UMAP: gaps between groups are not to scale</source>
            <translation>UMAP: Abstände zwischen Gruppen sind nicht maßstabsgetreu</translation>
        </message>
        <message>
            <source>PCA map: the two directions of largest variance</source>
            <translation>PCA-Karte: die beiden Richtungen der größten Varianz</translation>
        </message>
        <message>
            <source>Computing the UMAP map; PCA is shown until it is ready</source>
            <translation>UMAP-Karte wird berechnet; bis sie fertig ist, wird PCA angezeigt</translation>
        </message>
        <message>
            <source>UMAP 1</source>
            <translation>UMAP 1</translation>
        </message>
        <message>
            <source>UMAP 2</source>
            <translation>UMAP 2</translation>
        </message>
        <message>
            <source>The UMAP map was cancelled; PCA is shown</source>
            <translation>Die UMAP-Karte wurde abgebrochen; PCA wird angezeigt</translation>
        </message>
    </context>
    <context>
        <name>seg::ModelCheckView</name>
        <message>
            <source>Purchase model check</source>
            <translation>Prüfung des Kaufmodells</translation>
        </message>
        <message>
            <source>Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model expects. Bars of like height say the model describes how often these customers buy. A log read with a holdout period also shows the purchases made in it beside those the model predicted.</source>
            <translation>Kunden nach Anzahl der Wiederholungskäufe: wie in den Daten gezählt und wie vom angepassten BG/NBD-Modell erwartet. Gleich hohe Balken zeigen, dass das Modell beschreibt, wie oft diese Kunden kaufen. Bei einem mit Holdout-Zeitraum eingelesenen Protokoll werden außerdem die darin getätigten Käufe neben den vom Modell vorhergesagten gezeigt.</translation>
        </message>
        <message>
            <source>No lifetime-value model</source>
            <translation>Kein Kundenwertmodell</translation>
        </message>
        <message>
            <source>Counted and expected customers by number of repeat purchases, and purchases made and predicted in the holdout period</source>
            <translation>Gezählte und erwartete Kunden nach Anzahl der Wiederholungskäufe sowie getätigte und vorhergesagte Käufe im Holdout-Zeitraum</translation>
        </message>
        <message>
            <source>Counted and expected customers by number of repeat purchases</source>
            <translation>Gezählte und erwartete Kunden nach Anzahl der Wiederholungskäufe</translation>
        </message>
        <message>
            <source>The purchase model's check appears when the data has the lifetime-value inputs (frequency, recency, T).</source>
            <translation>Die Prüfung des Kaufmodells erscheint, wenn die Daten die Eingaben für den Kundenwert enthalten (frequency, recency, T).</translation>
        </message>
        <message>
            <source>Does the purchase model fit?</source>
            <translation>Passt das Kaufmodell?</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>BG/NBD erwartet</translation>
        </message>
        <message>
            <source>Does it predict the holdout?</source>
            <translation>Sagt es den Holdout vorher?</translation>
        </message>
        <message>
            <source>Over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast).</source>
            <translation>Über %1 %2 nach der Kalibrierung: %3 Käufe vorhergesagt, %4 getätigt (%5 der Prognose).</translation>
        </message>
        <message>
            <source>Made (mean)</source>
            <translation>Getätigt (Mittel)</translation>
        </message>
        <message>
            <source>Predicted (mean)</source>
            <translation>Vorhergesagt (Mittel)</translation>
        </message>
    </context>
    <context>
        <name>seg::ModelSelectionChart</name>
        <message>
            <source>No k stands out: the best silhouette, %1 at k = %2, shows no substantial structure (0.25 or less).</source>
            <translation>Kein k sticht heraus: Die beste Silhouette, %1 bei k = %2, zeigt keine substanzielle Struktur (0,25 oder weniger).</translation>
        </message>
        <message>
            <source>The inertia curve bends at k = %1: use it, or the number of segments you can act on.</source>
            <translation>Die Inertia-Kurve knickt bei k = %1 ab: Verwenden Sie dieses k oder die Segmentanzahl, mit der Sie arbeiten können.</translation>
        </message>
        <message>
            <source>Choose the number of segments you can act on.</source>
            <translation>Wählen Sie die Segmentanzahl, mit der Sie arbeiten können.</translation>
        </message>
        <message>
            <source>strong structure</source>
            <translation>starke Struktur</translation>
        </message>
        <message>
            <source>reasonable structure</source>
            <translation>brauchbare Struktur</translation>
        </message>
        <message>
            <source>weak structure</source>
            <translation>schwache Struktur</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3) and the bend of the inertia curve agree.</source>
            <translation>Vorgeschlagenes k = %1: Die höchste Silhouette (%2, %3) und der Knick der Inertia-Kurve stimmen überein.</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3).</source>
            <translation>Vorgeschlagenes k = %1: die höchste Silhouette (%2, %3).</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3); the inertia curve bends at k = %4, a simpler alternative.</source>
            <translation>Vorgeschlagenes k = %1: die höchste Silhouette (%2, %3); die Inertia-Kurve knickt bei k = %4 ab, eine einfachere Alternative.</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3); the inertia curve bends at k = %4, a finer alternative.</source>
            <translation>Vorgeschlagenes k = %1: die höchste Silhouette (%2, %3); die Inertia-Kurve knickt bei k = %4 ab, eine feinere Alternative.</translation>
        </message>
        <message>
            <source>Current k</source>
            <translation>Aktuelles k</translation>
        </message>
        <message>
            <source>Number of segments (k)</source>
            <translation>Anzahl der Segmente (k)</translation>
        </message>
        <message>
            <source>Inertia</source>
            <translation>Inertia</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silhouette</translation>
        </message>
        <message>
            <source>Inertia (lower = tighter segments)</source>
            <translation>Inertia (niedriger = kompaktere Segmente)</translation>
        </message>
        <message>
            <source>Silhouette (higher = better separated)</source>
            <translation>Silhouette (höher = besser getrennt)</translation>
        </message>
        <message>
            <source>No comparison yet: run a sweep over k to see how well each number of segments fits.</source>
            <translation>Noch kein Vergleich: Führen Sie einen Durchlauf über k aus, um zu sehen, wie gut jede Segmentanzahl passt.</translation>
        </message>
        <message>
            <source>Suggested k = %1. Click a k to use it.</source>
            <translation>Vorgeschlagenes k = %1. Klicken Sie auf ein k, um es zu übernehmen.</translation>
        </message>
        <message>
            <source>Click a k to use it.</source>
            <translation>Klicken Sie auf ein k, um es zu übernehmen.</translation>
        </message>
        <message>
            <source>Click a k to use it: look for a bend in inertia and a high silhouette.</source>
            <translation>Klicken Sie auf ein k, um es zu übernehmen: Achten Sie auf einen Knick der Inertia und eine hohe Silhouette.</translation>
        </message>
        <message>
            <source>Click a k to use it. A bend in inertia and a high silhouette suggest a good k.</source>
            <translation>Klicken Sie auf ein k, um es zu übernehmen. Ein Knick der Inertia und eine hohe Silhouette deuten auf ein gutes k hin.</translation>
        </message>
        <message>
            <source>k = %1
Inertia: %2</source>
            <translation>k = %1
Inertia: %2</translation>
        </message>
        <message>
            <source>Silhouette: %1</source>
            <translation>Silhouette: %1</translation>
        </message>
        <message>
            <source>k = %1: inertia %2</source>
            <translation>k = %1: Inertia %2</translation>
        </message>
        <message>
            <source>(current)</source>
            <translation>(aktuell)</translation>
        </message>
        <message>
            <source>Inertia and silhouette by number of segments</source>
            <translation>Inertia und Silhouette nach Anzahl der Segmente</translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaReport</name>
        <message>
            <source>Sensitive attributes</source>
            <translation>Sensible Merkmale</translation>
        </message>
        <message>
            <source>Who is in each segment</source>
            <translation>Wer in welchem Segment ist</translation>
        </message>
        <message>
            <source>These columns look like sensitive attributes, or were marked as such. Segments that differ strongly in them treat customers differently by them, even when the column is not a feature: another feature can stand in for it. Each cell is a level's share of the segment's customers with a value; a share below 0.8 or above 1.25 times the share among all customers is in bold (the four-fifths rule, used as a screen, not a verdict). Segments of fewer than %1 customers are not shown.</source>
            <translation>Diese Spalten sehen wie sensible Merkmale aus oder wurden als solche markiert. Segmente, die sich darin stark unterscheiden, behandeln Kunden danach unterschiedlich, auch wenn die Spalte kein Merkmal der Segmentierung ist: Ein anderes Merkmal kann stellvertretend für sie stehen. Jede Zelle ist der Anteil einer Ausprägung an den Kunden des Segments mit einem Wert; ein Anteil unter dem 0,8-Fachen oder über dem 1,25-Fachen des Anteils unter allen Kunden ist fett gedruckt (die Vier-Fünftel-Regel, als Prüfraster, nicht als Urteil). Segmente mit weniger als %1 Kunden werden nicht gezeigt.</translation>
        </message>
        <message>
            <source>Further attributes are left out for want of space: %1.</source>
            <translation>Weitere Merkmale sind aus Platzgründen ausgelassen: %1.</translation>
        </message>
        <message>
            <source>%1 (marked sensitive)</source>
            <translation>%1 (als sensibel markiert)</translation>
        </message>
        <message>
            <source>%1 (looks like %2)</source>
            <translation>%1 (sieht aus wie %2)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>%1 (%2) holds %3 at %4 times its share among all customers (%5 against %6)</source>
            <translation>%1 (%2) enthält %3 mit dem %4-Fachen des Anteils unter allen Kunden (%5 gegenüber %6)</translation>
        </message>
        <message>
            <source>No segment holds a level outside the four-fifths screen.</source>
            <translation>Kein Segment enthält eine Ausprägung außerhalb des Vier-Fünftel-Rasters.</translation>
        </message>
        <message>
            <source>Strongest disparities: %1.</source>
            <translation>Stärkste Ungleichheiten: %1.</translation>
        </message>
        <message>
            <source>Campaign lift</source>
            <translation>Kampagnen-Uplift</translation>
        </message>
        <message>
            <source>What the campaign did</source>
            <translation>Was die Kampagne bewirkt hat</translation>
        </message>
        <message>
            <source>Holm's method</source>
            <translation>Holm-Methode</translation>
        </message>
        <message>
            <source>the Benjamini–Hochberg method</source>
            <translation>Benjamini–Hochberg-Methode</translation>
        </message>
        <message>
            <source>nothing (no correction)</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <source>Revenue per customer</source>
            <translation>Umsatz pro Kunde</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Kontrolle</translation>
        </message>
        <message>
            <source>Treated rate</source>
            <translation>Rate Test</translation>
        </message>
        <message>
            <source>Treated mean</source>
            <translation>Mittel Test</translation>
        </message>
        <message>
            <source>Control rate</source>
            <translation>Rate Kontrolle</translation>
        </message>
        <message>
            <source>Control mean</source>
            <translation>Mittel Kontrolle</translation>
        </message>
        <message>
            <source>Difference, points (interval)</source>
            <translation>Differenz, Punkte (Intervall)</translation>
        </message>
        <message>
            <source>Difference (interval)</source>
            <translation>Differenz (Intervall)</translation>
        </message>
        <message>
            <source>p adjusted</source>
            <translation>p korrigiert</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Alle Kunden</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>nicht verglichen</translation>
        </message>
        <message>
            <source>Reading the results</source>
            <translation>Zur Interpretation der Ergebnisse</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No significant change in conversion in: %1. In brackets, the smallest difference in points each test would find with %2% power: a smaller effect may have been missed, so "no change" is not proven.</source>
            <translation>Keine signifikante Veränderung der Conversion in: %1. In Klammern die kleinste Differenz in Prozentpunkten, die jeder Test mit %2% Teststärke finden würde: Ein kleinerer Effekt kann übersehen worden sein, „keine Veränderung“ ist also nicht bewiesen.</translation>
        </message>
        <message>
            <source>No significant change in revenue per customer in: %1. In brackets, the smallest difference each test would find with %2% power: a smaller effect may have been missed.</source>
            <translation>Keine signifikante Veränderung des Umsatzes pro Kunde in: %1. In Klammern die kleinste Differenz, die jeder Test mit %2% Teststärke finden würde: Ein kleinerer Effekt kann übersehen worden sein.</translation>
        </message>
        <message>
            <source>complete separation</source>
            <translation>vollständige Trennung</translation>
        </message>
        <message>
            <source>Before the campaign the two groups were alike on every feature of the segmentation and in their mix of segments (standardised mean differences within ±%1).</source>
            <translation>Vor der Kampagne waren die beiden Gruppen bei allen Merkmalen der Segmentierung und in ihrer Segmentverteilung vergleichbar (standardisierte Mittelwertdifferenzen innerhalb von ±%1).</translation>
        </message>
        <message>
            <source>Before the campaign the groups differed in: %1 (standardised mean differences beyond ±%2). A difference the campaign did not cause can pass for lift; the per-segment rows compare like with like.</source>
            <translation>Vor der Kampagne unterschieden sich die Gruppen in: %1 (standardisierte Mittelwertdifferenzen jenseits von ±%2). Ein Unterschied, den nicht die Kampagne verursacht hat, kann als Uplift erscheinen; die Zeilen pro Segment vergleichen Gleiches mit Gleichem.</translation>
        </message>
        <message>
            <source>converged</source>
            <translation>konvergiert</translation>
        </message>
        <message>
            <source>stopped at the evaluation limit</source>
            <translation>am Auswertungslimit gestoppt</translation>
        </message>
        <message>
            <source>a parameter at a bound of the search</source>
            <translation>ein Parameter an einer Grenze des Suchbereichs</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>Persona %1 of %2  ·  %3</source>
            <translation>Persona %1 von %2  ·  %3</translation>
        </message>
        <message>
            <source>Fewer than %1 of all customers: probably a few extreme customers rather than a segment to market to.</source>
            <translation>Weniger als %1 aller Kunden: wahrscheinlich eher einige extreme Kunden als ein Segment für das Marketing.</translation>
        </message>
        <message>
            <source>customers (%1 of all)</source>
            <translation>Kunden (%1 aller)</translation>
        </message>
        <message>
            <source>share %1</source>
            <translation>Anteil %1</translation>
        </message>
        <message>
            <source>95%: %1</source>
            <translation>95%: %1</translation>
        </message>
        <message>
            <source>revenue per customer</source>
            <translation>Umsatz pro Kunde</translation>
        </message>
        <message>
            <source>%1 per customer</source>
            <translation>%1 pro Kunde</translation>
        </message>
        <message>
            <source>share of revenue</source>
            <translation>Umsatzanteil</translation>
        </message>
        <message>
            <source>share of %1</source>
            <translation>Anteil an %1</translation>
        </message>
        <message>
            <source>lifetime value per customer</source>
            <translation>Kundenwert pro Kunde</translation>
        </message>
        <message>
            <source>share of lifetime value</source>
            <translation>Anteil am Kundenwert</translation>
        </message>
        <message>
            <source>P(still a customer)</source>
            <translation>P(noch Kunde)</translation>
        </message>
        <message>
            <source>What sets them apart</source>
            <translation>Was sie auszeichnet</translation>
        </message>
        <message>
            <source>%1 against %2 overall</source>
            <translation>%1 gegenüber %2 insgesamt</translation>
        </message>
        <message>
            <source>Bars: standardised mean difference against the other customers (right: higher, left: lower). A label names a trait only beyond the dashed lines (±0.5).</source>
            <translation>Balken: standardisierte Mittelwertdifferenz gegenüber den übrigen Kunden (rechts: höher, links: niedriger). Eine Beschriftung nennt ein prägendes Merkmal nur jenseits der gestrichelten Linien (±0,5).</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Wie man sie erreicht</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>No channel columns in the data.</source>
            <translation>Keine Kanalspalten in den Daten.</translation>
        </message>
        <message>
            <source>Price sensitivity</source>
            <translation>Preissensibilität</translation>
        </message>
        <message>
            <source>No discount or promotion columns in the data.</source>
            <translation>Keine Rabatt- oder Aktionsspalten in den Daten.</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>No risk indicator stands out.</source>
            <translation>Kein Risikoindikator fällt auf.</translation>
        </message>
        <message>
            <source>Their share of the whole</source>
            <translation>Ihr Anteil am Ganzen</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>lifetime value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <source>Strategy notes</source>
            <translation>Strategienotizen</translation>
        </message>
        <message>
            <source>No notes yet: write them in the explorer's Personas view (Edit…).</source>
            <translation>Noch keine Notizen: Erfassen Sie sie im Explorer in der Ansicht „Personas“ (Bearbeiten…).</translation>
        </message>
        <message>
            <source>Methods and limitations</source>
            <translation>Methoden und Grenzen</translation>
        </message>
        <message>
            <source>How the segments were made</source>
            <translation>Wie die Segmente gebildet wurden</translation>
        </message>
        <message>
            <source>Data and features</source>
            <translation>Daten und Merkmale</translation>
        </message>
        <message>
            <source>Algorithm and the choice of k</source>
            <translation>Algorithmus und Wahl von k</translation>
        </message>
        <message>
            <source>A Gaussian mixture (%1 covariances, EM from %2 k-means starts, the highest likelihood kept; seed %3) with k = %4, the number of segments chosen by the analyst. Each customer is in the segment of highest probability.</source>
            <translation>Ein Gauß-Mischmodell (%1 Kovarianzen, EM ab %2 k-means-Starts, die höchste Likelihood behalten; Startwert %3) mit k = %4, der vom Analyseteam gewählten Segmentanzahl. Jeder Kunde gehört zum Segment mit der höchsten Wahrscheinlichkeit.</translation>
        </message>
        <message>
            <source>full</source>
            <translation>volle</translation>
        </message>
        <message>
            <source>diagonal</source>
            <translation>diagonale</translation>
        </message>
        <message>
            <source>Ward's hierarchical clustering of %1 k-means micro-clusters (seed %2), the tree cut at k = %3, the number of segments chosen by the analyst.</source>
            <translation>Hierarchisches Clustering nach Ward über %1 k-means-Mikrocluster (Startwert %2), Baum geschnitten bei k = %3, der vom Analyseteam gewählten Segmentanzahl.</translation>
        </message>
        <message>
            <source>Ward's hierarchical clustering (each step joins the two groups whose union adds least to the spread within groups), the tree cut at k = %1, the number of segments chosen by the analyst.</source>
            <translation>Hierarchisches Clustering nach Ward (jeder Schritt führt die beiden Gruppen zusammen, deren Vereinigung die Streuung innerhalb der Gruppen am wenigsten erhöht), Baum geschnitten bei k = %1, der vom Analyseteam gewählten Segmentanzahl.</translation>
        </message>
        <message>
            <source>DBSCAN</source>
            <translation>DBSCAN</translation>
        </message>
        <message>
            <source>HDBSCAN</source>
            <translation>HDBSCAN</translation>
        </message>
        <message>
            <source>The chart shows the silhouette (line: how well separated the segments are, higher is better) and the inertia (bars: the spread within segments, which always falls as k grows) for k = %1 to %2.</source>
            <translation>Das Diagramm zeigt die Silhouette (Linie: wie gut die Segmente getrennt sind, höher ist besser) und die Inertia (Balken: die Streuung innerhalb der Segmente, die mit wachsendem k stets sinkt) für k = %1 bis %2.</translation>
        </message>
        <message>
            <source>Line and left axis: silhouette. Bars: inertia, relative to k = %1. The chosen k is highlighted.</source>
            <translation>Linie und linke Achse: Silhouette. Balken: Inertia, relativ zu k = %1. Das gewählte k ist hervorgehoben.</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silhouette</translation>
        </message>
        <message>
            <source>%1 (−1 to 1; above 0.25 the segments are distinguishable, above 0.5 clearly separated)</source>
            <translation>%1 (−1 bis 1; über 0,25 sind die Segmente unterscheidbar, über 0,5 klar getrennt)</translation>
        </message>
        <message>
            <source>Davies–Bouldin</source>
            <translation>Davies–Bouldin</translation>
        </message>
        <message>
            <source>%1 (lower is better)</source>
            <translation>%1 (niedriger ist besser)</translation>
        </message>
        <message>
            <source>Calinski–Harabasz</source>
            <translation>Calinski–Harabasz</translation>
        </message>
        <message>
            <source>%1 (higher is better)</source>
            <translation>%1 (höher ist besser)</translation>
        </message>
        <message>
            <source>Known segments</source>
            <translation>Bekannte Segmente</translation>
        </message>
        <message>
            <source>ARI %1, NMI %2 against the column %3</source>
            <translation>ARI %1, NMI %2 gegenüber der Spalte %3</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>Stabilität</translation>
        </message>
        <message>
            <source>%1: mean adjusted Rand index between this segmentation and %2 made with other seeds (1 = the same customers in the same segments; above 0.9 stable, below 0.75 unstable)</source>
            <translation>%1: mittlerer bereinigter Rand-Index zwischen dieser Segmentierung und %2 weiteren, mit anderen Startwerten erstellten (1 = dieselben Kunden in denselben Segmenten; über 0,9 stabil, unter 0,75 instabil)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>Segments describe behaviour in the data given; they are not causes. A Gaussian mixture allows segments of different spread and shape; customers between segments belong partly to several and are counted in the most probable.</source>
            <translation>Segmente beschreiben das Verhalten in den vorliegenden Daten; sie sind keine Ursachen. Ein Gauß-Mischmodell erlaubt Segmente unterschiedlicher Streuung und Form; Kunden zwischen Segmenten gehören teilweise zu mehreren und werden im wahrscheinlichsten gezählt.</translation>
        </message>
        <message>
            <source>Segments describe behaviour in the data given; they are not causes. k-means favours compact, similarly sized groups and puts every customer in exactly one.</source>
            <translation>Segmente beschreiben das Verhalten in den vorliegenden Daten; sie sind keine Ursachen. k-means bevorzugt kompakte, ähnlich große Gruppen und ordnet jeden Kunden genau einer zu.</translation>
        </message>
        <message>
            <source>The map is a two-dimensional projection: distances on it are approximate.</source>
            <translation>Die Karte ist eine zweidimensionale Projektion: Abstände darauf sind nur näherungsweise.</translation>
        </message>
        <message>
            <source>Persona labels and sentences are drafted from traits whose standardised difference is at least 0.5; edited texts are the analyst's.</source>
            <translation>Persona-Bezeichnungen und -Sätze werden aus prägenden Merkmalen mit einer standardisierten Differenz von mindestens 0,5 entworfen; bearbeitete Texte stammen vom Analyseteam.</translation>
        </message>
        <message>
            <source>Intervals are bootstrap percentiles over customers and do not include the uncertainty of the segmentation or of the value models' parameters.</source>
            <translation>Die Intervalle sind Bootstrap-Perzentile über die Kunden und berücksichtigen weder die Unsicherheit der Segmentierung noch die der Parameter der Wertmodelle.</translation>
        </message>
        <message>
            <source>BG/NBD assumes customers buy at a steady rate until they leave for good, unseen; Gamma-Gamma that spend does not depend on how often they buy. Forecasts assume the future resembles the calibration period.</source>
            <translation>BG/NBD nimmt an, dass Kunden mit gleichbleibender Rate kaufen, bis sie unbemerkt endgültig abwandern; Gamma-Gamma, dass die Ausgaben nicht davon abhängen, wie oft sie kaufen. Prognosen setzen voraus, dass die Zukunft dem Kalibrierungszeitraum ähnelt.</translation>
        </message>
        <message>
            <source>Lifetime value model</source>
            <translation>Kundenwertmodell</translation>
        </message>
        <message>
            <source>BG/NBD</source>
            <translation>BG/NBD</translation>
        </message>
        <message>
            <source>Gamma-Gamma</source>
            <translation>Gamma-Gamma</translation>
        </message>
        <message>
            <source>not fitted (no spend per repeat purchase): lifetime value unknown</source>
            <translation>nicht angepasst (keine Ausgaben pro Wiederholungskauf): Kundenwert unbekannt</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prognose</translation>
        </message>
        <message>
            <source>over %1 %2, discount %3 per %4, margin %5; columns %6, %7, %8%9</source>
            <translation>über %1 %2, Diskontsatz %3 pro %4, Marge %5; Spalten %6, %7, %8%9</translation>
        </message>
        <message>
            <source>Holdout check</source>
            <translation>Holdout-Prüfung</translation>
        </message>
        <message>
            <source>over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast)</source>
            <translation>über %1 %2 nach der Kalibrierung: %3 Käufe vorhergesagt, %4 getätigt (%5 der Prognose)</translation>
        </message>
        <message>
            <source>No lifetime value was modelled.</source>
            <translation>Es wurde kein Kundenwert modelliert.</translation>
        </message>
        <message>
            <source>Caveats</source>
            <translation>Vorbehalte</translation>
        </message>
        <message>
            <source>Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model expects. Bars of like height say the model describes how often these customers buy; a gap at the right says it misjudges the most frequent buyers.</source>
            <translation>Kunden nach Anzahl der Wiederholungskäufe: wie in den Daten gezählt und wie vom angepassten BG/NBD-Modell erwartet. Gleich hohe Balken zeigen, dass das Modell beschreibt, wie oft diese Kunden kaufen; eine Lücke rechts zeigt, dass es die häufigsten Käufer falsch einschätzt.</translation>
        </message>
        <message>
            <source>The model's frequency check is left out of this page for want of room.</source>
            <translation>Die Häufigkeitsprüfung des Modells ist auf dieser Seite aus Platzgründen ausgelassen.</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>BG/NBD erwartet</translation>
        </message>
        <message>
            <source>Customer segments and personas</source>
            <translation>Kundensegmente und Personas</translation>
        </message>
        <message>
            <source>Persona report</source>
            <translation>Persona-Bericht</translation>
        </message>
        <message>
            <source>SegmentScope  ·  data fingerprint %1</source>
            <translation>SegmentScope  ·  Daten-Fingerabdruck %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>PERSONA REPORT</source>
            <translation>PERSONA-BERICHT</translation>
        </message>
        <message>
            <source>%1 holds %2 of the customers' expected lifetime value with %3 of the customers.</source>
            <translation>%1 vereint %2 des erwarteten Kundenwerts auf sich, mit %3 der Kunden.</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Merkmale</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>%1, k = %2, seed %3, scaling %4, imputation %5</source>
            <translation>%1, k = %2, Startwert %3, Skalierung %4, Imputation %5</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <source>BG/NBD and Gamma-Gamma, horizon %1 %2, discount %3 per %4, margin %5</source>
            <translation>BG/NBD und Gamma-Gamma, Horizont %1 %2, Diskontsatz %3 pro %4, Marge %5</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Data fingerprint</source>
            <translation>Daten-Fingerabdruck</translation>
        </message>
        <message>
            <source>%1 (SHA-256 of every cell; equal data, equal fingerprint)</source>
            <translation>%1 (SHA-256 über alle Zellen; gleiche Daten, gleicher Fingerabdruck)</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>The segments at a glance</source>
            <translation>Die Segmente auf einen Blick</translation>
        </message>
        <message>
            <source>Each point is a customer, placed so that customers with similar behaviour lie close together, and coloured by segment. The bars compare the segments' size with their value; the whiskers are 95% bootstrap intervals.</source>
            <translation>Jeder Punkt ist ein Kunde, so platziert, dass Kunden mit ähnlichem Verhalten nah beieinander liegen, und nach Segment eingefärbt. Die Balken vergleichen die Größe der Segmente mit ihrem Wert; die Fehlerbalken sind 95%-Bootstrap-Intervalle.</translation>
        </message>
        <message>
            <source>principal component 1 (%1 of the variance)</source>
            <translation>Hauptkomponente 1 (%1 der Varianz)</translation>
        </message>
        <message>
            <source>principal component 2 (%1)</source>
            <translation>Hauptkomponente 2 (%1)</translation>
        </message>
        <message>
            <source>UMAP 1</source>
            <translation>UMAP 1</translation>
        </message>
        <message>
            <source>UMAP 2</source>
            <translation>UMAP 2</translation>
        </message>
        <message>
            <source>The segment map was not computed for this report.</source>
            <translation>Die Segmentkarte wurde für diesen Bericht nicht berechnet.</translation>
        </message>
        <message>
            <source>Share of customers</source>
            <translation>Kundenanteil</translation>
        </message>
        <message>
            <source>Share of lifetime value</source>
            <translation>Anteil am Kundenwert</translation>
        </message>
        <message>
            <source>Share of %1</source>
            <translation>Anteil an %1</translation>
        </message>
        <message>
            <source>What sets the segments apart</source>
            <translation>Was die Segmente unterscheidet</translation>
        </message>
        <message>
            <source>Segment profiles</source>
            <translation>Segmentprofile</translation>
        </message>
        <message>
            <source>Each cell shows how far a segment's mean lies from all customers' mean, in standard deviations: red above, blue below. Rows are ordered by how strongly the feature separates the segments.</source>
            <translation>Jede Zelle zeigt, wie weit der Mittelwert eines Segments vom Mittelwert aller Kunden entfernt liegt, in Standardabweichungen: Rot darüber, Blau darunter. Die Zeilen sind danach sortiert, wie stark das Merkmal die Segmente trennt.</translation>
        </message>
        <message>
            <source>Segment economics</source>
            <translation>Wirtschaftlichkeit der Segmente</translation>
        </message>
        <message>
            <source>Size and value</source>
            <translation>Größe und Wert</translation>
        </message>
        <message>
            <source>Lifetime value, expected purchases and P(alive) come from the BG/NBD and Gamma-Gamma models over %1 %2 (see Methods).</source>
            <translation>Kundenwert, erwartete Käufe und P(aktiv) stammen aus den Modellen BG/NBD und Gamma-Gamma über %1 %2 (siehe Methoden).</translation>
        </message>
        <message>
            <source>Revenue is the column %1.</source>
            <translation>Umsatz ist die Spalte %1.</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>CLV per customer</source>
            <translation>CLV pro Kunde</translation>
        </message>
        <message>
            <source>Share of CLV</source>
            <translation>CLV-Anteil</translation>
        </message>
        <message>
            <source>Expected purchases</source>
            <translation>Erwartete Käufe</translation>
        </message>
        <message>
            <source>P(alive)</source>
            <translation>P(aktiv)</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message numerus="yes">
            <source>The campaign %1, analysed on %2 against this segmentation: %3 customers, %4 treated and %5 in the control group. Each difference is treated minus control with its %6% interval (Newcombe's hybrid score interval for conversion rates, a bootstrap of %7 resamples for revenue). P-values are adjusted across the %8 segment(s) by %9; a filled dot is significant after the adjustment.</source>
            <translation>
                <numerusform>Die Kampagne %1, am %2 gegen diese Segmentierung ausgewertet: %3 Kunden, %4 in der Testgruppe und %5 in der Kontrollgruppe. Jede Differenz ist Testgruppe minus Kontrollgruppe mit ihrem %6%-Intervall (hybrides Score-Intervall nach Newcombe für Conversion-Raten, ein Bootstrap mit %7 Stichproben für den Umsatz). Die p-Werte sind über %8 Segment korrigiert (Verfahren: %9); ein gefüllter Punkt ist nach der Korrektur signifikant.</numerusform>
                <numerusform>Die Kampagne %1, am %2 gegen diese Segmentierung ausgewertet: %3 Kunden, %4 in der Testgruppe und %5 in der Kontrollgruppe. Jede Differenz ist Testgruppe minus Kontrollgruppe mit ihrem %6%-Intervall (hybrides Score-Intervall nach Newcombe für Conversion-Raten, ein Bootstrap mit %7 Stichproben für den Umsatz). Die p-Werte sind über die %8 Segmente korrigiert (Verfahren: %9); ein gefüllter Punkt ist nach der Korrektur signifikant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of the campaign's %1 customer(s), %2 are not in this data set and %3 are in no segment (they count among all customers only).</source>
            <translation>
                <numerusform>Von dem %1 Kunden der Kampagne sind %2 nicht in diesem Datensatz und %3 in keinem Segment (sie zählen nur unter „Alle Kunden“).</numerusform>
                <numerusform>Von den %1 Kunden der Kampagne sind %2 nicht in diesem Datensatz und %3 in keinem Segment (sie zählen nur unter „Alle Kunden“).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This segment has fewer than %1 customer(s). Its persona, figures and composition are not shown: statistics of so few customers could identify them. The minimum is set with --min-segment-size.</source>
            <translation>
                <numerusform>Dieses Segment hat weniger als %1 Kunden. Persona, Kennzahlen und Zusammensetzung werden nicht gezeigt: Statistiken über so wenige Kunden könnten diese identifizierbar machen. Das Minimum wird mit --min-segment-size festgelegt.</numerusform>
                <numerusform>Dieses Segment hat weniger als %1 Kunden. Persona, Kennzahlen und Zusammensetzung werden nicht gezeigt: Statistiken über so wenige Kunden könnten diese identifizierbar machen. Das Minimum wird mit --min-segment-size festgelegt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customers were read; %2 were segmented on %3 feature(s) after the transforms of the feature spec (scaling: %4; missing values: %5).</source>
            <translation>
                <numerusform>%1 Kunden wurden eingelesen; %2 davon wurden nach den Transformationen der Merkmalsspezifikation anhand von %3 Merkmal segmentiert (Skalierung: %4; fehlende Werte: %5).</numerusform>
                <numerusform>%1 Kunden wurden eingelesen; %2 davon wurden nach den Transformationen der Merkmalsspezifikation anhand von %3 Merkmalen segmentiert (Skalierung: %4; fehlende Werte: %5).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) beyond a robust z of %2 were set aside as outliers.</source>
            <translation>
                <numerusform>%1 Kunde jenseits eines robusten z-Werts von %2 wurde als Ausreißer zurückgestellt.</numerusform>
                <numerusform>%1 Kunden jenseits eines robusten z-Werts von %2 wurden als Ausreißer zurückgestellt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mini-batch k-means (k-means with %1 restart(s) on a sample of up to %2 customers, then passes over all customers in batches of %3; seed %4) with k = %5, the number of segments chosen by the analyst.</source>
            <translation>
                <numerusform>Mini-batch k-means (k-means mit %1 Neustart auf einer Stichprobe von bis zu %2 Kunden, dann Durchgänge über alle Kunden in Batches zu je %3; Startwert %4) mit k = %5, der vom Analyseteam gewählten Segmentanzahl.</numerusform>
                <numerusform>Mini-batch k-means (k-means mit %1 Neustarts auf einer Stichprobe von bis zu %2 Kunden, dann Durchgänge über alle Kunden in Batches zu je %3; Startwert %4) mit k = %5, der vom Analyseteam gewählten Segmentanzahl.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consensus clustering (Monti et al. 2003): %1 runs of %2 algorithm(s) on resampled customers vote on who belongs together, and the votes are cut into k = %3 segments, the number chosen by the analyst; each customer's agreement says how consistently the runs put it with its segment.</source>
            <translation>
                <numerusform>Konsens-Clustering (Monti et al. 2003): %1 Läufe von %2 Algorithmus auf neu gezogenen Kunden stimmen darüber ab, wer zusammengehört, und die Stimmen werden in k = %3 Segmente geschnitten, die vom Analyseteam gewählte Anzahl; die Übereinstimmung jedes Kunden gibt an, wie konsistent die Läufe ihn seinem Segment zuordnen.</numerusform>
                <numerusform>Konsens-Clustering (Monti et al. 2003): %1 Läufe von %2 Algorithmen auf neu gezogenen Kunden stimmen darüber ab, wer zusammengehört, und die Stimmen werden in k = %3 Segmente geschnitten, die vom Analyseteam gewählte Anzahl; die Übereinstimmung jedes Kunden gibt an, wie konsistent die Läufe ihn seinem Segment zuordnen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>k-means (k-means++ starts, %1 restart(s), the lowest inertia kept; seed %2) with k = %3, the number of segments chosen by the analyst.</source>
            <translation>
                <numerusform>k-means (k-means++-Starts, %1 Neustart, die niedrigste Inertia behalten; Startwert %2) mit k = %3, der vom Analyseteam gewählten Segmentanzahl.</numerusform>
                <numerusform>k-means (k-means++-Starts, %1 Neustarts, die niedrigste Inertia behalten; Startwert %2) mit k = %3, der vom Analyseteam gewählten Segmentanzahl.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, which finds the number of segments itself: %2 segment(s), and customers in sparse regions in none.</source>
            <translation>
                <numerusform>%1, das die Anzahl der Segmente selbst bestimmt: %2 Segment, Kunden in dünn besetzten Bereichen in keinem.</numerusform>
                <numerusform>%1, das die Anzahl der Segmente selbst bestimmt: %2 Segmente, Kunden in dünn besetzten Bereichen in keinem.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>r %1, α %2, a %3, b %4; log-likelihood %5 over %6 customer(s) (%7)</source>
            <translation>
                <numerusform>r %1, α %2, a %3, b %4; Log-Likelihood %5 über %6 Kunden (%7)</numerusform>
                <numerusform>r %1, α %2, a %3, b %4; Log-Likelihood %5 über %6 Kunden (%7)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>p %1, q %2, γ %3; log-likelihood %4 over %5 repeat customer(s) (%6)</source>
            <translation>
                <numerusform>p %1, q %2, γ %3; Log-Likelihood %4 über %5 Wiederholungskunden (%6)</numerusform>
                <numerusform>p %1, q %2, γ %3; Log-Likelihood %4 über %5 Wiederholungskunden (%6)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customers fall into %2 segment(s). The largest, %3, holds %4 of them.</source>
            <translation>
                <numerusform>%1 Kunden fallen in %2 Segment. Das größte, %3, umfasst %4 davon.</numerusform>
                <numerusform>%1 Kunden verteilen sich auf %2 Segmente. Das größte, %3, umfasst %4 davon.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 row(s), %2 segmented, %3 set aside as outliers</source>
            <translation>
                <numerusform>%1 Zeile, %2 segmentiert, %3 als Ausreißer zurückgestellt</numerusform>
                <numerusform>%1 Zeilen, %2 segmentiert, %3 als Ausreißer zurückgestellt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each figure with its 95% bootstrap interval below it (%1 resample(s) of the customers within each segment; the bounds of shares in percent).</source>
            <translation>
                <numerusform>Jede Kennzahl mit ihrem 95%-Bootstrap-Intervall darunter (%1 Stichprobe der Kunden innerhalb jedes Segments; die Grenzen von Anteilen in Prozent).</numerusform>
                <numerusform>Jede Kennzahl mit ihrem 95%-Bootstrap-Intervall darunter (%1 Stichproben der Kunden innerhalb jedes Segments; die Grenzen von Anteilen in Prozent).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>suppressed: fewer than %1 customer(s)</source>
            <translation>
                <numerusform>unterdrückt: weniger als %1 Kunde</numerusform>
                <numerusform>unterdrückt: weniger als %1 Kunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaText</name>
        <message>
            <source>High-value</source>
            <comment>label adjective (plural, capitalised): customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>Umsatzstarke</translation>
        </message>
        <message>
            <source>big spenders</source>
            <comment>label noun (plural): customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>Großkunden</translation>
        </message>
        <message>
            <source>spend more</source>
            <comment>phrase after 'customers who': customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>mehr ausgeben</translation>
        </message>
        <message>
            <source>Low-value</source>
            <comment>label adjective (plural, capitalised): customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>Umsatzschwache</translation>
        </message>
        <message>
            <source>small spenders</source>
            <comment>label noun (plural): customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>Kleinkunden</translation>
        </message>
        <message>
            <source>spend less</source>
            <comment>phrase after 'customers who': customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>weniger ausgeben</translation>
        </message>
        <message>
            <source>Frequent</source>
            <comment>label adjective (plural, capitalised): customers who buy more often (orders, purchases)</comment>
            <translation>Häufig kaufende</translation>
        </message>
        <message>
            <source>regulars</source>
            <comment>label noun (plural): customers who buy more often (orders, purchases)</comment>
            <translation>Stammkunden</translation>
        </message>
        <message>
            <source>buy more often</source>
            <comment>phrase after 'customers who': customers who buy more often (orders, purchases)</comment>
            <translation>häufiger kaufen</translation>
        </message>
        <message>
            <source>Infrequent</source>
            <comment>label adjective (plural, capitalised): customers who buy less often (orders, purchases)</comment>
            <translation>Selten kaufende</translation>
        </message>
        <message>
            <source>occasional buyers</source>
            <comment>label noun (plural): customers who buy less often (orders, purchases)</comment>
            <translation>Gelegenheitskäufer</translation>
        </message>
        <message>
            <source>buy less often</source>
            <comment>phrase after 'customers who': customers who buy less often (orders, purchases)</comment>
            <translation>seltener kaufen</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <comment>label adjective (plural, capitalised): customers whose last purchase is longer ago</comment>
            <translation>Inaktive</translation>
        </message>
        <message>
            <source>lapsers</source>
            <comment>label noun (plural): customers whose last purchase is longer ago</comment>
            <translation>inaktive Kunden</translation>
        </message>
        <message>
            <source>have not bought for longer</source>
            <comment>phrase after 'customers who': customers whose last purchase is longer ago</comment>
            <translation>länger nichts gekauft haben</translation>
        </message>
        <message>
            <source>Recently active</source>
            <comment>label adjective (plural, capitalised): customers whose last purchase is more recent</comment>
            <translation>Kürzlich kaufende</translation>
        </message>
        <message>
            <source>active buyers</source>
            <comment>label noun (plural): customers whose last purchase is more recent</comment>
            <translation>aktuelle Käufer</translation>
        </message>
        <message>
            <source>bought more recently</source>
            <comment>phrase after 'customers who': customers whose last purchase is more recent</comment>
            <translation>vor kürzerer Zeit gekauft haben</translation>
        </message>
        <message>
            <source>Long-standing</source>
            <comment>label adjective (plural, capitalised): customers who have been customers for longer</comment>
            <translation>Langjährige</translation>
        </message>
        <message>
            <source>long-timers</source>
            <comment>label noun (plural): customers who have been customers for longer</comment>
            <translation>Langzeitkunden</translation>
        </message>
        <message>
            <source>have been customers for longer</source>
            <comment>phrase after 'customers who': customers who have been customers for longer</comment>
            <translation>schon länger Kunden sind</translation>
        </message>
        <message>
            <source>New</source>
            <comment>label adjective (plural, capitalised): customers who became customers more recently</comment>
            <translation>Neue</translation>
        </message>
        <message>
            <source>newcomers</source>
            <comment>label noun (plural): customers who became customers more recently</comment>
            <translation>Neukunden</translation>
        </message>
        <message>
            <source>joined more recently</source>
            <comment>phrase after 'customers who': customers who became customers more recently</comment>
            <translation>erst später Kunden geworden sind</translation>
        </message>
        <message>
            <source>Discount-driven</source>
            <comment>label adjective (plural, capitalised): customers who use discounts and coupons more</comment>
            <translation>Rabattorientierte</translation>
        </message>
        <message>
            <source>discount seekers</source>
            <comment>label noun (plural): customers who use discounts and coupons more</comment>
            <translation>Schnäppchenjäger</translation>
        </message>
        <message>
            <source>buy on discount more often</source>
            <comment>phrase after 'customers who': customers who use discounts and coupons more</comment>
            <translation>häufiger mit Rabatt kaufen</translation>
        </message>
        <message>
            <source>Full-price</source>
            <comment>label adjective (plural, capitalised): customers who use discounts and coupons less</comment>
            <translation>Preisunempfindliche</translation>
        </message>
        <message>
            <source>full-price buyers</source>
            <comment>label noun (plural): customers who use discounts and coupons less</comment>
            <translation>Vollpreiskäufer</translation>
        </message>
        <message>
            <source>use discounts less</source>
            <comment>phrase after 'customers who': customers who use discounts and coupons less</comment>
            <translation>seltener Rabatte nutzen</translation>
        </message>
        <message>
            <source>Return-prone</source>
            <comment>label adjective (plural, capitalised): customers who send more purchases back</comment>
            <translation>Retourenfreudige</translation>
        </message>
        <message>
            <source>returners</source>
            <comment>label noun (plural): customers who send more purchases back</comment>
            <translation>Vielretournierer</translation>
        </message>
        <message>
            <source>return more</source>
            <comment>phrase after 'customers who': customers who send more purchases back</comment>
            <translation>mehr zurückschicken</translation>
        </message>
        <message>
            <source>Low-return</source>
            <comment>label adjective (plural, capitalised): customers who send fewer purchases back</comment>
            <translation>Retourenarme</translation>
        </message>
        <message>
            <source>keepers</source>
            <comment>label noun (plural): customers who send fewer purchases back</comment>
            <translation>retourenarme Käufer</translation>
        </message>
        <message>
            <source>return less</source>
            <comment>phrase after 'customers who': customers who send fewer purchases back</comment>
            <translation>weniger zurückschicken</translation>
        </message>
        <message>
            <source>Highly engaged</source>
            <comment>label adjective (plural, capitalised): customers with more sessions, page views, visits</comment>
            <translation>Stark engagierte</translation>
        </message>
        <message>
            <source>browsers</source>
            <comment>label noun (plural): customers with more sessions, page views, visits</comment>
            <translation>Stöberer</translation>
        </message>
        <message>
            <source>browse more</source>
            <comment>phrase after 'customers who': customers with more sessions, page views, visits</comment>
            <translation>mehr surfen</translation>
        </message>
        <message>
            <source>Disengaged</source>
            <comment>label adjective (plural, capitalised): customers with fewer sessions, page views, visits</comment>
            <translation>Wenig engagierte</translation>
        </message>
        <message>
            <source>quiet customers</source>
            <comment>label noun (plural): customers with fewer sessions, page views, visits</comment>
            <translation>stille Kunden</translation>
        </message>
        <message>
            <source>browse less</source>
            <comment>phrase after 'customers who': customers with fewer sessions, page views, visits</comment>
            <translation>weniger surfen</translation>
        </message>
        <message>
            <source>E-mail-responsive</source>
            <comment>label adjective (plural, capitalised): customers who open and click more e-mails</comment>
            <translation>E-Mail-affine</translation>
        </message>
        <message>
            <source>e-mail readers</source>
            <comment>label noun (plural): customers who open and click more e-mails</comment>
            <translation>Newsletter-Leser</translation>
        </message>
        <message>
            <source>open more e-mails</source>
            <comment>phrase after 'customers who': customers who open and click more e-mails</comment>
            <translation>mehr E-Mails öffnen</translation>
        </message>
        <message>
            <source>E-mail-averse</source>
            <comment>label adjective (plural, capitalised): customers who open and click fewer e-mails</comment>
            <translation>E-Mail-müde</translation>
        </message>
        <message>
            <source>e-mail ignorers</source>
            <comment>label noun (plural): customers who open and click fewer e-mails</comment>
            <translation>Newsletter-Ignorierer</translation>
        </message>
        <message>
            <source>open fewer e-mails</source>
            <comment>phrase after 'customers who': customers who open and click fewer e-mails</comment>
            <translation>weniger E-Mails öffnen</translation>
        </message>
        <message>
            <source>App-first</source>
            <comment>label adjective (plural, capitalised): customers who use the app more</comment>
            <translation>App-affine</translation>
        </message>
        <message>
            <source>app users</source>
            <comment>label noun (plural): customers who use the app more</comment>
            <translation>App-Nutzer</translation>
        </message>
        <message>
            <source>use the app more</source>
            <comment>phrase after 'customers who': customers who use the app more</comment>
            <translation>häufiger per App kaufen</translation>
        </message>
        <message>
            <source>Store-first</source>
            <comment>label adjective (plural, capitalised): customers who buy in store more</comment>
            <translation>Filialtreue</translation>
        </message>
        <message>
            <source>store shoppers</source>
            <comment>label noun (plural): customers who buy in store more</comment>
            <translation>Filialkunden</translation>
        </message>
        <message>
            <source>buy in store more</source>
            <comment>phrase after 'customers who': customers who buy in store more</comment>
            <translation>häufiger in der Filiale kaufen</translation>
        </message>
        <message>
            <source>Web-first</source>
            <comment>label adjective (plural, capitalised): customers who use the website more</comment>
            <translation>Online-affine</translation>
        </message>
        <message>
            <source>web shoppers</source>
            <comment>label noun (plural): customers who use the website more</comment>
            <translation>Online-Käufer</translation>
        </message>
        <message>
            <source>use the website more</source>
            <comment>phrase after 'customers who': customers who use the website more</comment>
            <translation>häufiger über die Website kaufen</translation>
        </message>
        <message>
            <source>Loyalty-club</source>
            <comment>label adjective (plural, capitalised): customers more often in the loyalty programme</comment>
            <translation>Clubaffine</translation>
        </message>
        <message>
            <source>members</source>
            <comment>label noun (plural): customers more often in the loyalty programme</comment>
            <translation>Clubmitglieder</translation>
        </message>
        <message>
            <source>are more often loyalty members</source>
            <comment>phrase after 'customers who': customers more often in the loyalty programme</comment>
            <translation>häufiger Mitglied im Kundenclub sind</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>label adjective (plural, capitalised): customers more likely still customers (P(alive))</comment>
            <translation>Aktive</translation>
        </message>
        <message>
            <source>active customers</source>
            <comment>label noun (plural): customers more likely still customers (P(alive))</comment>
            <translation>aktive Kunden</translation>
        </message>
        <message>
            <source>are more likely still customers</source>
            <comment>phrase after 'customers who': customers more likely still customers (P(alive))</comment>
            <translation>mit höherer Wahrscheinlichkeit noch Kunden sind</translation>
        </message>
        <message>
            <source>At-risk</source>
            <comment>label adjective (plural, capitalised): customers less likely still customers (P(alive))</comment>
            <translation>Abwanderungsgefährdete</translation>
        </message>
        <message>
            <source>drifting customers</source>
            <comment>label noun (plural): customers less likely still customers (P(alive))</comment>
            <translation>abwandernde Kunden</translation>
        </message>
        <message>
            <source>are less likely still customers</source>
            <comment>phrase after 'customers who': customers less likely still customers (P(alive))</comment>
            <translation>mit geringerer Wahrscheinlichkeit noch Kunden sind</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>list: %1 every item but the last, %2 the last</comment>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>list: %1 the items so far, %2 the next (not the last)</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 (%2 %3 against %4 overall)</source>
            <comment>price sensitivity or risk with its evidence: %1 the statement, %2 the feature's (column's) name, %3 the segment's mean, %4 every customer's mean</comment>
            <translation>%1 (%2 %3 gegenüber %4 insgesamt)</translation>
        </message>
        <message>
            <source>High-%1</source>
            <comment>label adjective (plural, capitalised): customers with a high %1 (a feature)</comment>
            <translation>%1-starke</translation>
        </message>
        <message>
            <source>Low-%1</source>
            <comment>label adjective (plural, capitalised): customers with a low %1 (a feature)</comment>
            <translation>%1-schwache</translation>
        </message>
        <message>
            <source>%1 customers</source>
            <comment>label noun (plural): customers at %1, a level of a column ("Channel 2")</comment>
            <translation>%1 Kunden</translation>
        </message>
        <message>
            <source>high-%1 customers</source>
            <comment>label noun (plural): customers with a high %1 (a feature)</comment>
            <translation>%1-starke Kunden</translation>
        </message>
        <message>
            <source>low-%1 customers</source>
            <comment>label noun (plural): customers with a low %1 (a feature)</comment>
            <translation>%1-schwache Kunden</translation>
        </message>
        <message>
            <source>are more often %1</source>
            <comment>phrase after 'customers who': %1 a level of a column ("Channel 2")</comment>
            <translation>häufiger zu %1 gehören</translation>
        </message>
        <message>
            <source>have higher %1</source>
            <comment>phrase after 'customers who': %1 a feature</comment>
            <translation>höhere Werte bei %1 haben</translation>
        </message>
        <message>
            <source>have lower %1</source>
            <comment>phrase after 'customers who': %1 a feature</comment>
            <translation>niedrigere Werte bei %1 haben</translation>
        </message>
        <message>
            <source>Typical customers</source>
            <comment>persona label of a segment no trait sets apart</comment>
            <translation>Typische Kunden</translation>
        </message>
        <message>
            <source>%1 customers</source>
            <comment>persona label of one trait: %1 its adjective (plural)</comment>
            <translation>%1 Kunden</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>persona label of two traits: %1 the adjective of the first (plural), %2 the noun of the second (plural); "%2 %1" puts the adjective after the noun (then write the adjectives in lower case)</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Empty segment %1</source>
            <comment>persona label of a segment without customers: %1 its number</comment>
            <translation>Leeres Segment %1</translation>
        </message>
        <message>
            <source>%1 (segment %2)</source>
            <comment>a persona label another segment has too: %1 the label, %2 the segment's number</comment>
            <translation>%1 (Segment %2)</translation>
        </message>
        <message>
            <source>No customer is in this segment. It has no traits to describe.</source>
            <translation>Dieses Segment enthält keine Kunden. Es hat keine prägenden Merkmale, die sich beschreiben ließen.</translation>
        </message>
        <message>
            <source>Their share of the customers is %1.</source>
            <comment>persona description, second sentence</comment>
            <translation>Ihr Anteil an den Kunden beträgt %1.</translation>
        </message>
        <message>
            <source>They hold %1 of the expected lifetime value, %2 per customer, and %3 of them are likely still customers.</source>
            <comment>persona description, second sentence: %1 share of lifetime value, %2 lifetime value per customer, %3 mean P(alive) as a percentage</comment>
            <translation>Auf sie entfallen %1 des erwarteten Kundenwerts, %2 pro Kunde, und %3 von ihnen sind wahrscheinlich noch Kunden.</translation>
        </message>
        <message>
            <source>They hold %1 of the expected lifetime value, %2 per customer.</source>
            <comment>persona description, second sentence: %1 share of lifetime value, %2 lifetime value per customer</comment>
            <translation>Auf sie entfallen %1 des erwarteten Kundenwerts, %2 pro Kunde.</translation>
        </message>
        <message>
            <source>They bring %1 of %2, %3 per customer, and %4 of them are likely still customers.</source>
            <comment>persona description, second sentence: %1 share of the revenue, %2 the revenue column's name, %3 revenue per customer, %4 mean P(alive) as a percentage</comment>
            <translation>Auf sie entfallen %1 von %2, %3 pro Kunde, und %4 von ihnen sind wahrscheinlich noch Kunden.</translation>
        </message>
        <message>
            <source>They bring %1 of %2, %3 per customer.</source>
            <comment>persona description, second sentence: %1 share of the revenue, %2 the revenue column's name, %3 revenue per customer</comment>
            <translation>Auf sie entfallen %1 von %2, %3 pro Kunde.</translation>
        </message>
        <message>
            <source>app</source>
            <comment>sales channel</comment>
            <translation>App</translation>
        </message>
        <message>
            <source>store</source>
            <comment>sales channel</comment>
            <translation>Filiale</translation>
        </message>
        <message>
            <source>web</source>
            <comment>sales channel</comment>
            <translation>Web</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a persona's channel: %1 its name, %2 its share of the segment's purchases</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>high</source>
            <comment>price sensitivity</comment>
            <translation>hoch</translation>
        </message>
        <message>
            <source>low</source>
            <comment>price sensitivity</comment>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>average</source>
            <comment>price sensitivity</comment>
            <translation>durchschnittlich</translation>
        </message>
        <message>
            <source>long time since the last purchase</source>
            <comment>persona risk</comment>
            <translation>letzter Kauf liegt lange zurück</translation>
        </message>
        <message>
            <source>high returns</source>
            <comment>persona risk</comment>
            <translation>viele Retouren</translation>
        </message>
        <message>
            <source>low chance of still being a customer (mean P(alive) %1)</source>
            <comment>persona risk: %1 a probability</comment>
            <translation>geringe Wahrscheinlichkeit, noch Kunde zu sein (mittleres P(aktiv) %1)</translation>
        </message>
        <message>
            <source>less likely than the rest to still be a customer (mean P(alive) %1)</source>
            <comment>persona risk: %1 a probability</comment>
            <translation>geringere Wahrscheinlichkeit als der Rest, noch Kunde zu sein (mittleres P(aktiv) %1)</translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2) who look much like the rest: no trait sets them apart by half a standard deviation or more.</source>
            <comment>persona description, first sentence: %1 the segment's customers, %2 their share of all</comment>
            <translation>
                <numerusform>%1 Kunde (%2), der dem Rest sehr ähnelt: Kein prägendes Merkmal hebt ihn um eine halbe Standardabweichung oder mehr ab.</numerusform>
                <numerusform>%1 Kunden (%2), die dem Rest sehr ähneln: Kein prägendes Merkmal hebt sie um eine halbe Standardabweichung oder mehr ab.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2) who %3 than the rest.</source>
            <comment>persona description, first sentence: %1 the segment's customers, %2 their share of all, %3 a list of phrases ("spend more, buy more often and return less")</comment>
            <translation>
                <numerusform>%1 Kunde (%2), einer von denen, die %3 als der Rest.</numerusform>
                <numerusform>%1 Kunden (%2), die %3 als der Rest.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaView</name>
        <message>
            <source>Personas appear here once the customers are segmented.</source>
            <translation>Personas erscheinen hier, sobald die Kunden segmentiert sind.</translation>
        </message>
        <message>
            <source>Drafted from the segment's strongest traits</source>
            <translation>Aus den stärksten prägenden Merkmalen des Segments entworfen</translation>
        </message>
        <message>
            <source>Your label</source>
            <translation>Ihre Bezeichnung</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the label, the description and the strategy notes</source>
            <translation>Bezeichnung, Beschreibung und Strategienotizen bearbeiten</translation>
        </message>
        <message>
            <source>revenue %1 per customer</source>
            <extracomment>Persona card: revenue per customer.</extracomment>
            <translation>Umsatz %1 pro Kunde</translation>
        </message>
        <message>
            <source>lifetime value %1 per customer</source>
            <extracomment>Persona card: expected lifetime value per customer.</extracomment>
            <translation>Kundenwert %1 pro Kunde</translation>
        </message>
        <message>
            <source>P(alive) %1</source>
            <translation>P(aktiv) %1</translation>
        </message>
        <message>
            <source>Channels: %1</source>
            <translation>Kanäle: %1</translation>
        </message>
        <message>
            <source>Price sensitivity: %1</source>
            <translation>Preissensibilität: %1</translation>
        </message>
        <message>
            <source>Risks: %1</source>
            <translation>Risiken: %1</translation>
        </message>
        <message>
            <source>Strategy notes: none yet (Edit… to add them)</source>
            <translation>Strategienotizen: noch keine (mit „Bearbeiten…“ hinzufügen)</translation>
        </message>
        <message>
            <source>Strategy notes: %1</source>
            <translation>Strategienotizen: %1</translation>
        </message>
        <message>
            <source>Persona of %1</source>
            <translation>Persona von %1</translation>
        </message>
        <message>
            <source>What to offer this segment, through which channel, and what to avoid</source>
            <translation>Was diesem Segment über welchen Kanal angeboten werden sollte und was zu vermeiden ist</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Bezeichnung:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Be&amp;schreibung:</translation>
        </message>
        <message>
            <source>Strategy &amp;notes:</source>
            <translation>Strategie&amp;notizen:</translation>
        </message>
        <message>
            <source>Edit the persona of %1</source>
            <translation>Persona von %1 bearbeiten</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) (%1)</source>
            <extracomment>Persona card: customers in the segment and their share of all.</extracomment>
            <translation>
                <numerusform>%Ln Kunde (%1)</numerusform>
                <numerusform>%Ln Kunden (%1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>Alle Kerne (%1)</translation>
        </message>
        <message>
            <source>&amp;Threads:</source>
            <translation>&amp;Threads:</translation>
        </message>
        <message>
            <source>How many processor cores the analyses use</source>
            <translation>Wie viele Prozessorkerne die Analysen nutzen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>&amp;Autosave every:</source>
            <translation>&amp;Automatisch sichern alle:</translation>
        </message>
        <message>
            <source>Unsaved changes are kept aside this often and offered back after a crash</source>
            <translation>So oft werden ungespeicherte Änderungen gesichert und nach einem Absturz zur Wiederherstellung angeboten</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>z-Wert</translation>
        </message>
        <message>
            <source>Robust (median and IQR)</source>
            <translation>Robust (Median und IQR)</translation>
        </message>
        <message>
            <source>Min–max</source>
            <translation>Min–Max</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Default &amp;scaling:</source>
            <translation>Standard-S&amp;kalierung:</translation>
        </message>
        <message>
            <source>How the features of data opened from now on are scaled</source>
            <translation>Wie die Merkmale ab jetzt geöffneter Daten skaliert werden</translation>
        </message>
        <message>
            <source>k-means &amp;restarts:</source>
            <translation>k-means-&amp;Neustarts:</translation>
        </message>
        <message>
            <source>k-means starts this many times on data opened from now on and keeps the best</source>
            <translation>So oft startet k-means bei ab jetzt geöffneten Daten und behält das beste Ergebnis</translation>
        </message>
        <message>
            <source>&amp;UMAP sample:</source>
            <translation>&amp;UMAP-Stichprobe:</translation>
        </message>
        <message>
            <source>The map is fitted on this many customers; the others are placed on it</source>
            <translation>Die Karte wird an so vielen Kunden angepasst; die übrigen werden darauf platziert</translation>
        </message>
        <message>
            <source>System (%1)</source>
            <translation>System (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Sp&amp;rache:</translation>
        </message>
        <message>
            <source>Takes effect when SegmentScope starts again</source>
            <translation>Wird beim nächsten Start von SegmentScope wirksam</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>The application's colours</source>
            <translation>Die Farben der Anwendung</translation>
        </message>
        <message>
            <source>Show the &amp;start page when no file is opened</source>
            <translation>&amp;Startseite anzeigen, wenn keine Datei geöffnet wird</translation>
        </message>
        <message>
            <source>Otherwise the demo customers open</source>
            <translation>Andernfalls werden die Demo-Kunden geöffnet</translation>
        </message>
    </context>
    <context>
        <name>seg::ProjectActions</name>
        <message>
            <source>SegmentScope projects (*%1)</source>
            <translation>SegmentScope-Projekte (*%1)</translation>
        </message>
        <message>
            <source>&amp;Save project</source>
            <translation>Projekt &amp;speichern</translation>
        </message>
        <message>
            <source>Save the data, the segments, their names and personas in a project file</source>
            <translation>Daten, Segmente, deren Namen und Personas in einer Projektdatei speichern</translation>
        </message>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Projekt speichern &amp;unter…</translation>
        </message>
        <message>
            <source>&amp;Keep this run</source>
            <translation>Diesen &amp;Lauf behalten</translation>
        </message>
        <message>
            <source>Add the segmentation on screen to the project's run history</source>
            <translation>Die angezeigte Segmentierung zur Laufhistorie des Projekts hinzufügen</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>SegmentScope</source>
            <translation>SegmentScope</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>Keine zuletzt geöffneten Projekte</translation>
        </message>
        <message>
            <source>Run %1 against run %2</source>
            <translation>Lauf %1 gegenüber Lauf %2</translation>
        </message>
        <message>
            <source>segments%1</source>
            <translation>segmente%1</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Projekt speichern</translation>
        </message>
        <message>
            <source>the segmentation</source>
            <translation>der Segmentierung</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to %1 first?</source>
            <translation>Möchten Sie die Änderungen an %1 zuerst speichern?</translation>
        </message>
        <message>
            <source>an unsaved segmentation</source>
            <translation>eine neue Segmentierung</translation>
        </message>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <source>SegmentScope ended without saving %1. Recover the changes autosaved at %2?</source>
            <translation>SegmentScope wurde beendet, ohne %1 zu speichern. Die automatisch gesicherten Änderungen vom %2 wiederherstellen?</translation>
        </message>
    </context>
    <context>
        <name>seg::ProjectSession</name>
        <message>
            <source>The data cannot be kept in a project: %1</source>
            <translation>Die Daten können nicht in einem Projekt gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The project could not be saved: %1</source>
            <translation>Das Projekt konnte nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportExporter</name>
        <message>
            <source>Export workbook</source>
            <translation>Arbeitsmappe exportieren</translation>
        </message>
        <message>
            <source>segments.xlsx</source>
            <translation>segmente.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot make the persona report: %1</source>
            <translation>Der Persona-Bericht kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export persona report</source>
            <translation>Persona-Bericht exportieren</translation>
        </message>
        <message>
            <source>persona-report.pdf</source>
            <translation>persona-bericht.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportFormat</name>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>month</source>
            <translation>Monat</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportInput</name>
        <message>
            <source>The data has no frequency, recency and T columns, so no lifetime value was modelled.</source>
            <translation>Die Daten haben keine Spalten frequency, recency und T, daher wurde kein Kundenwert modelliert.</translation>
        </message>
        <message>
            <source>the run's customers are not the rows its spec prepares from the table</source>
            <translation>die Kunden des Laufs sind nicht die Zeilen, die seine Merkmalsspezifikation aus der Tabelle aufbereitet</translation>
        </message>
        <message>
            <source>cannot write the workbook: %1</source>
            <translation>die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>cannot create the workbook</source>
            <translation>die Arbeitsmappe kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot make a temporary folder for the workbook: %1</source>
            <translation>für die Arbeitsmappe kann kein temporärer Ordner angelegt werden: %1</translation>
        </message>
        <message>
            <source>cannot read the workbook back: %1</source>
            <translation>die Arbeitsmappe kann nicht zurückgelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportPreview</name>
        <message>
            <source>Persona report</source>
            <translation>Persona-Bericht</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Speichern…</translation>
        </message>
    </context>
    <context>
        <name>seg::RunComparisonView</name>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>Run %1: %2, k = %3, seed %4</source>
            <translation>Lauf %1: %2, k = %3, Startwert %4</translation>
        </message>
        <message>
            <source>What happened to the segments</source>
            <translation>Was mit den Segmenten geschah</translation>
        </message>
        <message>
            <source>A part counts when it holds at least %1 of a segment's customers.</source>
            <translation>Ein Teil zählt, wenn er mindestens %1 der Kunden eines Segments umfasst.</translation>
        </message>
        <message>
            <source>Segment %1 ‘%2’</source>
            <translation>Segment %1 „%2“</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>%1 stayed as segment %2: %3 of its customers went there and make up %4 of it.</source>
            <translation>%1 blieb als Segment %2 erhalten: %3 seiner Kunden landeten dort und machen %4 davon aus.</translation>
        </message>
        <message>
            <source>%1 split into segments %2.</source>
            <translation>%1 teilte sich in die Segmente %2 auf.</translation>
        </message>
        <message>
            <source>%1 merged into segment %2 with small parts of other segments (%3 of its customers).</source>
            <translation>%1 ging mit kleinen Teilen anderer Segmente in Segment %2 auf (%3 seiner Kunden).</translation>
        </message>
        <message>
            <source>%1 merged with %2 into segment %3 (%4 of its customers; %5 of the new segment).</source>
            <translation>%1 ging zusammen mit %2 in Segment %3 auf (%4 seiner Kunden; %5 des neuen Segments).</translation>
        </message>
        <message>
            <source>%1 is gone: its customers scattered, no more than %2 into any one segment of run %3.</source>
            <translation>%1 ist verschwunden: Seine Kunden haben sich verteilt, höchstens %2 in ein einzelnes Segment von Lauf %3.</translation>
        </message>
        <message>
            <source>%1 of run %2 is new, made of small parts of run %3's segments.</source>
            <translation>%1 von Lauf %2 ist neu, gebildet aus kleinen Teilen der Segmente von Lauf %3.</translation>
        </message>
        <message>
            <source>%1 of run %2 is new; most of it came from %3 of run %4.</source>
            <translation>%1 von Lauf %2 ist neu; der Großteil stammt aus %3 von Lauf %4.</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>segments %1</source>
            <translation>den Segmenten %1</translation>
        </message>
        <message>
            <source>Run %1 against run %2</source>
            <translation>Lauf %1 gegenüber Lauf %2</translation>
        </message>
        <message>
            <source>Adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)</source>
            <translation>Bereinigter Rand-Index %1 (1: dieselben Segmente; etwa 0: nicht ähnlicher als zufällig)</translation>
        </message>
        <message>
            <source>; left out: %1 with a segment in run %2 only, %3 in run %4 only (set aside as outliers or not segmented in the other run)</source>
            <translation>; ausgelassen: %1 mit Segment nur in Lauf %2, %3 nur in Lauf %4 (im anderen Lauf als Ausreißer zurückgestellt oder nicht segmentiert)</translation>
        </message>
        <message>
            <source>Same data, features, options and seed: the segments are identical, customer for customer.</source>
            <translation>Gleiche Daten, Merkmale, Optionen und Startwert: Die Segmente sind identisch, Kunde für Kunde.</translation>
        </message>
        <message>
            <source>Same data, features, options and seed, yet the segments differ (engine %1 and %2).</source>
            <translation>Gleiche Daten, Merkmale, Optionen und Startwert, dennoch unterscheiden sich die Segmente (Engine %1 und %2).</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Lauf %1</translation>
        </message>
        <message>
            <source>Select two runs to compare</source>
            <translation>Wählen Sie zwei Läufe zum Vergleichen aus</translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s): %2 of row segment, %3 of column segment</source>
            <translation>
                <numerusform>%1 Kunde: %2 des Zeilensegments, %3 des Spaltensegments</numerusform>
                <numerusform>%1 Kunden: %2 des Zeilensegments, %3 des Spaltensegments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) compared</source>
            <translation>
                <numerusform>%1 Kunde verglichen</numerusform>
                <numerusform>%1 Kunden verglichen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::RunHistoryModel</name>
        <message>
            <source>Run %1, the run shown; made by engine %2</source>
            <translation>Lauf %1, der angezeigte Lauf; erstellt mit Engine %2</translation>
        </message>
        <message>
            <source>Run %1, made by engine %2</source>
            <translation>Lauf %1, erstellt mit Engine %2</translation>
        </message>
        <message>
            <source>No earlier run has the same data, features, options and seed</source>
            <translation>Kein früherer Lauf hat dieselben Daten, Merkmale, Optionen und denselben Startwert</translation>
        </message>
        <message>
            <source>Same data, features, options and seed as run %1, and the same segments for every customer</source>
            <translation>Gleiche Daten, Merkmale, Optionen und Startwert wie Lauf %1 und für jeden Kunden dasselbe Segment</translation>
        </message>
        <message>
            <source>Same data, features, options and seed as run %1, but the segments differ</source>
            <translation>Gleiche Daten, Merkmale, Optionen und Startwert wie Lauf %1, aber die Segmente unterscheiden sich</translation>
        </message>
        <message>
            <source>Double-click to say why this run matters</source>
            <translation>Doppelklicken, um festzuhalten, warum dieser Lauf wichtig ist</translation>
        </message>
        <message>
            <source>run %1, identical</source>
            <translation>Lauf %1, identisch</translation>
        </message>
        <message>
            <source>run %1, differs</source>
            <translation>Lauf %1, abweichend</translation>
        </message>
        <message>
            <source>Mean silhouette (−1 to 1; higher: segments better separated)</source>
            <translation>Mittlere Silhouette (−1 bis 1; höher: Segmente besser getrennt)</translation>
        </message>
        <message>
            <source>Davies–Bouldin index (lower: segments more compact and apart)</source>
            <translation>Davies–Bouldin-Index (niedriger: Segmente kompakter und weiter voneinander entfernt)</translation>
        </message>
        <message>
            <source>Calinski–Harabasz index (higher: segments more distinct)</source>
            <translation>Calinski–Harabasz-Index (höher: Segmente deutlicher unterschieden)</translation>
        </message>
        <message>
            <source>Adjusted Rand index against the known segments of the data</source>
            <translation>Bereinigter Rand-Index gegenüber den bekannten Segmenten der Daten</translation>
        </message>
        <message>
            <source>An earlier run with the same data, features, options and seed, and whether it gave the same segments</source>
            <translation>Ein früherer Lauf mit denselben Daten, Merkmalen, Optionen und demselben Startwert und ob er dieselben Segmente ergab</translation>
        </message>
        <message>
            <source>Columns clustered on</source>
            <translation>Spalten, nach denen geclustert wurde</translation>
        </message>
        <message>
            <source>The algorithm's own settings, such as restarts or DBSCAN's radius</source>
            <translation>Die eigenen Einstellungen des Algorithmus, etwa Neustarts oder der Radius von DBSCAN</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algorithmus</translation>
        </message>
        <message>
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Merkmale</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silhouette</translation>
        </message>
        <message>
            <source>Davies–Bouldin</source>
            <translation>Davies–Bouldin</translation>
        </message>
        <message>
            <source>Calinski–Harabasz</source>
            <translation>Calinski–Harabasz</translation>
        </message>
        <message>
            <source>ARI</source>
            <translation>ARI</translation>
        </message>
        <message>
            <source>Same as</source>
            <translation>Gleich wie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>seg::RunHistoryPanel</name>
        <message>
            <source>No runs yet. Each segmentation you keep appears here with its settings and quality.</source>
            <translation>Noch keine Läufe. Jede Segmentierung, die Sie behalten, erscheint hier mit ihren Einstellungen und ihrer Qualität.</translation>
        </message>
        <message>
            <source>Show the selected run again, with its segments and names</source>
            <translation>Den ausgewählten Lauf mit seinen Segmenten und Namen erneut anzeigen</translation>
        </message>
        <message>
            <source>Write why this run matters (or double-click its note)</source>
            <translation>Festhalten, warum dieser Lauf wichtig ist (oder auf seine Notiz doppelklicken)</translation>
        </message>
        <message>
            <source>Select two runs to see where each segment's customers went</source>
            <translation>Wählen Sie zwei Läufe aus, um zu sehen, wohin die Kunden jedes Segments gewandert sind</translation>
        </message>
        <message>
            <source>Remove the selected run from the project</source>
            <translation>Den ausgewählten Lauf aus dem Projekt entfernen</translation>
        </message>
        <message>
            <source>Delete run %1</source>
            <translation>Lauf %1 löschen</translation>
        </message>
        <message>
            <source>Delete run %1? Its segments, metrics and note leave the project.</source>
            <translation>Lauf %1 löschen? Seine Segmente, Metriken und Notiz werden aus dem Projekt entfernt.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Annotate…</source>
            <translation>Notiz bearbeiten…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
    </context>
    <context>
        <name>seg::ScatterPainter</name>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Noch keine Daten</translation>
        </message>
        <message>
            <source>Load customer data and compute segments to see the segment map.</source>
            <translation>Laden Sie Kundendaten und berechnen Sie Segmente, um die Segmentkarte zu sehen.</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n weiteres</numerusform>
                <numerusform>+%n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) outside the view (0: show all)</source>
            <translation>
                <numerusform>%1 Kunde außerhalb der Ansicht (0: alle zeigen)</numerusform>
                <numerusform>%1 Kunden außerhalb der Ansicht (0: alle zeigen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ScatterView</name>
        <message>
            <source>Segment map</source>
            <translation>Segmentkarte</translation>
        </message>
        <message>
            <source>Every customer as a point, coloured by segment. Scroll to zoom, drag with the middle button or Space held to pan, drag to draw a lasso, Shift+drag to select a rectangle, Escape to clear the selection. The map opens on the typical customers: Home returns there, 0 shows every customer, the extreme ones included. Grey points are customers set aside as outliers.</source>
            <translation>Jeder Kunde als Punkt, nach Segment eingefärbt. Scrollen zum Zoomen, mit der mittleren Maustaste oder bei gedrückter Leertaste ziehen zum Verschieben, ziehen für ein Lasso, Umschalt+Ziehen für eine Rechteckauswahl, Esc zum Aufheben der Auswahl. Die Karte öffnet sich mit Blick auf die typischen Kunden: Pos1 kehrt dorthin zurück, 0 zeigt alle Kunden einschließlich der extremen. Graue Punkte sind als Ausreißer zurückgestellte Kunden.</translation>
        </message>
        <message>
            <source>Customer %1</source>
            <translation>Kunde %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n customer(s)
Click to highlight this segment.</source>
            <translation>
                <numerusform>%1: %n Kunde
Klicken, um dieses Segment hervorzuheben.</numerusform>
                <numerusform>%1: %n Kunden
Klicken, um dieses Segment hervorzuheben.</numerusform>
            </translation>
        </message>
        <message>
            <source>No map yet.</source>
            <translation>Noch keine Karte.</translation>
        </message>
        <message>
            <source>Customers: %1, not segmented yet.</source>
            <translation>Kunden: %1, noch nicht segmentiert.</translation>
        </message>
        <message>
            <source>Customers: %1, segments: %2. Each point is a customer, coloured by segment.</source>
            <translation>Kunden: %1, Segmente: %2. Jeder Punkt ist ein Kunde, eingefärbt nach Segment.</translation>
        </message>
        <message>
            <source>Axes: %1 across, %2 up.</source>
            <translation>Achsen: %1 waagerecht, %2 senkrecht.</translation>
        </message>
        <message>
            <source>Customers outside the visible range: %1 (0 shows them all).</source>
            <translation>Kunden außerhalb des sichtbaren Bereichs: %1 (0 zeigt alle an).</translation>
        </message>
        <message>
            <source>Highlighted: %1</source>
            <translation>Hervorgehoben: %1</translation>
        </message>
        <message>
            <source>Customers chosen: %1</source>
            <translation>Ausgewählte Kunden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1: %2 Kunde (%3)</numerusform>
                <numerusform>%1: %2 Kunden (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ScoringHistoryView</name>
        <message>
            <source>Each segment's share, batch by batch (dashed: in the run)</source>
            <translation>Anteil jedes Segments, Batch für Batch (gestrichelt: im Lauf)</translation>
        </message>
        <message>
            <source>Largest drift index of a column, batch by batch</source>
            <translation>Größter Drift-Index einer Spalte, Batch für Batch</translation>
        </message>
        <message>
            <source>No run to show the scoring history of.</source>
            <translation>Kein Lauf, dessen Scoring-Verlauf angezeigt werden könnte.</translation>
        </message>
        <message>
            <source>No customers have been scored with run %1 yet. Each batch that segscope score scores into it is recorded in the project and shown here, with its drift.</source>
            <translation>Mit Lauf %1 wurden noch keine Kunden zugeordnet. Jeder Batch, den segscope score ihm zuordnet, wird im Projekt gespeichert und hier mit seiner Drift angezeigt.</translation>
        </message>
        <message>
            <source>too few to judge drift.</source>
            <translation>zu wenige, um die Drift zu beurteilen.</translation>
        </message>
        <message>
            <source>retraining is recommended (%1).</source>
            <translation>ein Neutraining wird empfohlen (%1).</translation>
        </message>
        <message>
            <source>no drift beyond the thresholds.</source>
            <translation>keine Drift über den Schwellenwerten.</translation>
        </message>
        <message>
            <source>Recorded batches that could not be read (%1) are left out.</source>
            <translation>Gespeicherte Batches, die nicht gelesen werden konnten (%1), werden ausgelassen.</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>Largest index</source>
            <translation>Größter Index</translation>
        </message>
        <message>
            <source>Threshold for retraining</source>
            <translation>Schwellenwert für Neutraining</translation>
        </message>
        <message numerus="yes">
            <source>One batch scored with run %1, on %2: %3 customer(s); </source>
            <translation>
                <numerusform>Ein Batch mit Lauf %1 zugeordnet, am %2: %3 Kunde; </numerusform>
                <numerusform>Ein Batch mit Lauf %1 zugeordnet, am %2: %3 Kunden; </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 batches scored with run %2. The latest, on %3: %4 customer(s); </source>
            <translation>
                <numerusform>%1 Batches mit Lauf %2 zugeordnet. Der neueste, am %3: %4 Kunde; </numerusform>
                <numerusform>%1 Batches mit Lauf %2 zugeordnet. Der neueste, am %3: %4 Kunden; </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentAppearance</name>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Outliers</source>
            <translation>Ausreißer</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>Segment %1, %2</source>
            <extracomment>A segment the user named, with its number: "Segment 3, Bargain hunters".</extracomment>
            <translation>Segment %1, %2</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentEvolutionChart</name>
        <message>
            <source>Segments across runs</source>
            <translation>Segmente über die Läufe hinweg</translation>
        </message>
        <message>
            <source>Segments across runs: each run's shares; one colour is one segment</source>
            <translation>Segmente über die Läufe hinweg: die Anteile jedes Laufs; eine Farbe steht für ein Segment</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>%1 in run %2: %3% of the customers</source>
            <translation>%1 in Lauf %2: %3% der Kunden</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Lauf %1</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentExporter</name>
        <message>
            <source>Cannot export the segments: %1</source>
            <translation>Die Segmente können nicht exportiert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentFigures</name>
        <message>
            <source>B</source>
            <extracomment>Abbreviations of a billion, a million and a thousand after a number ("1.24M").</extracomment>
            <translation> Mrd.</translation>
        </message>
        <message>
            <source>M</source>
            <translation> Mio.</translation>
        </message>
        <message>
            <source>k</source>
            <translation> Tsd.</translation>
        </message>
        <message>
            <source>%1: mean %2 · total %3 (%4 of all %1)</source>
            <extracomment>Money of one column in one segment: column, mean per customer, total, share of the column's total.</extracomment>
            <translation>%1: Mittel %2 · gesamt %3 (%4 von %1 insgesamt)</translation>
        </message>
        <message>
            <source>Only 1 customer (%1 of %2, below %3): probably an outlier rather than a segment to market to.</source>
            <translation>Nur 1 Kunde (%1 von %2, unter %3): wahrscheinlich eher ein Ausreißer als ein Segment für das Marketing.</translation>
        </message>
        <message numerus="yes">
            <source>Only %1 customer(s) (%2 of %3, below %4): probably outliers rather than a segment to market to. Consider setting outliers aside.</source>
            <translation>
                <numerusform>Nur %1 Kunde (%2 von %3, unter %4): wahrscheinlich eher ein Ausreißer als ein Segment für das Marketing. Erwägen Sie, Ausreißer zurückzustellen.</numerusform>
                <numerusform>Nur %1 Kunden (%2 von %3, unter %4): wahrscheinlich eher Ausreißer als ein Segment für das Marketing. Erwägen Sie, Ausreißer zurückzustellen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentTableModel</name>
        <message>
            <source>⚠ %1</source>
            <extracomment>Stability below 0.6: a warning sign before the figure.</extracomment>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <extracomment>A bootstrap interval: "low – high".</extracomment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 · %2 (%3)</source>
            <extracomment>A lifetime-value cell: mean per customer, then the segment's total and its share of all value.
----------
A money cell: mean per customer, then the segment's total and its share of the whole.</extracomment>
            <translation>%1 · %2 (%3)</translation>
        </message>
        <message>
            <source>Mean probability that a customer of this segment is still a customer (BG/NBD): %1 (95% interval %2).</source>
            <translation>Mittlere Wahrscheinlichkeit, dass ein Kunde dieses Segments noch aktiv ist (BG/NBD): %1 (95%-Intervall %2).</translation>
        </message>
        <message>
            <source>Lifetime value: mean · total (share)</source>
            <translation>Kundenwert: Mittel · gesamt (Anteil)</translation>
        </message>
        <message>
            <source>Expected purchases</source>
            <translation>Erwartete Käufe</translation>
        </message>
        <message>
            <source>P(alive)</source>
            <translation>P(aktiv)</translation>
        </message>
        <message>
            <source>Expected lifetime value per customer (BG/NBD and Gamma-Gamma), the segment's total and its share of all customers' value. The tooltip of a cell gives the 95% intervals.</source>
            <translation>Erwarteter Kundenwert pro Kunde (BG/NBD und Gamma-Gamma), die Summe des Segments und sein Anteil am Wert aller Kunden. Der Tooltip einer Zelle nennt die 95%-Intervalle.</translation>
        </message>
        <message>
            <source>Mean purchases per customer expected over the forecast horizon.</source>
            <translation>Mittlere erwartete Käufe pro Kunde über den Prognosehorizont.</translation>
        </message>
        <message>
            <source>Mean probability that the segment's customers are still customers.</source>
            <translation>Mittlere Wahrscheinlichkeit, dass die Kunden des Segments noch aktiv sind.</translation>
        </message>
        <message>
            <source>%1 in this segment: mean %2 per customer, total %3, %4 of all %1 (%5)</source>
            <translation>%1 in diesem Segment: im Mittel %2 pro Kunde, gesamt %3, %4 von %1 insgesamt (%5)</translation>
        </message>
        <message>
            <source>%1 %2 %3σ</source>
            <extracomment>A segment trait: arrow, feature name, z-score in standard deviations, e.g. "↑ revenue +1.8σ".</extracomment>
            <translation>%1 %2 %3σ</translation>
        </message>
        <message>
            <source>%1: %2 in this segment vs. %3 overall (%4 sd)</source>
            <translation>%1: %2 in diesem Segment vs. %3 insgesamt (%4 SD)</translation>
        </message>
        <message>
            <source>Noise: customers in no dense group (and any set aside as outliers), so in no segment. Grey on the map, segment -1 in the export. Click to choose them in the map.</source>
            <translation>Rauschen: Kunden in keiner dichten Gruppe (sowie als Ausreißer zurückgestellte), also in keinem Segment. Grau auf der Karte, Segment -1 im Export. Klicken, um sie auf der Karte auszuwählen.</translation>
        </message>
        <message>
            <source>Customers beyond the outlier threshold on some feature: in no segment, grey on the map, segment -1 in the export. Click to choose them in the map.</source>
            <translation>Kunden jenseits der Ausreißerschwelle bei einem Merkmal: in keinem Segment, grau auf der Karte, Segment -1 im Export. Klicken, um sie auf der Karte auszuwählen.</translation>
        </message>
        <message>
            <source>Double-click to name this segment.</source>
            <translation>Doppelklicken, um dieses Segment zu benennen.</translation>
        </message>
        <message>
            <source>Top traits</source>
            <translation>Prägende Merkmale</translation>
        </message>
        <message>
            <source>Features that set the segment apart, in standard deviations (σ) from the average customer.</source>
            <translation>Merkmale, die das Segment auszeichnen, in Standardabweichungen (σ) vom durchschnittlichen Kunden.</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>Stabilität</translation>
        </message>
        <message>
            <source>How well each segment survives resampling (Hennig 2007): the mean Jaccard similarity between the segment and its best match when resampled customers are segmented again. Above 0.75 stable; below 0.60 (marked ⚠) unstable.</source>
            <translation>Wie gut jedes Segment wiederholtes Ziehen von Stichproben übersteht (Hennig 2007): die mittlere Jaccard-Ähnlichkeit zwischen dem Segment und seiner besten Entsprechung, wenn neu gezogene Kunden erneut segmentiert werden. Über 0,75 stabil; unter 0,60 (mit ⚠ markiert) instabil.</translation>
        </message>
        <message>
            <source>%1: mean · total (share)</source>
            <extracomment>Header of a money column: the column's name, then what its cells show.</extracomment>
            <translation>%1: Mittel · gesamt (Anteil)</translation>
        </message>
        <message>
            <source>%1 (a money column): the arithmetic mean per customer of the segment, the segment's total, and its share of the total over all customers, in the data's own units.</source>
            <translation>%1 (eine Geldspalte): das arithmetische Mittel pro Kunde des Segments, die Summe des Segments und ihr Anteil an der Summe über alle Kunden, in den Einheiten der Daten.</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Share of all customers in this segment.</source>
            <translation>Anteil aller Kunden in diesem Segment.</translation>
        </message>
        <message>
            <source>Customers in the segment. %1 marks a segment too small to be one (fewer than %2 of all customers).</source>
            <translation>Kunden im Segment. %1 markiert ein Segment, das zu klein ist, um eines zu sein (weniger als %2 aller Kunden).</translation>
        </message>
        <message numerus="yes">
            <source>Stable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of %3 (above 0.75).</source>
            <translation>
                <numerusform>Stabil: In %1 Stichprobe von %2 Kunden kehrte das Segment mit einer mittleren Jaccard-Ähnlichkeit von %3 wieder (über 0,75).</numerusform>
                <numerusform>Stabil: In %1 Stichproben von %2 Kunden kehrte das Segment mit einer mittleren Jaccard-Ähnlichkeit von %3 wieder (über 0,75).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A real pattern whose boundary moves: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of %3 (0.60 to 0.75).</source>
            <translation>
                <numerusform>Ein echtes Muster mit beweglicher Grenze: In %1 Stichprobe von %2 Kunden kehrte das Segment mit einer mittleren Jaccard-Ähnlichkeit von %3 wieder (0,60 bis 0,75).</numerusform>
                <numerusform>Ein echtes Muster mit beweglicher Grenze: In %1 Stichproben von %2 Kunden kehrte das Segment mit einer mittleren Jaccard-Ähnlichkeit von %3 wieder (0,60 bis 0,75).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unstable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of only %3 (below 0.60). It may be an artefact of the seed or the sample; try another k before acting on it.</source>
            <translation>
                <numerusform>Instabil: In %1 Stichprobe von %2 Kunden kehrte das Segment mit einer mittleren Jaccard-Ähnlichkeit von nur %3 wieder (unter 0,60). Es könnte ein Artefakt des Startwerts oder der Stichprobe sein; probieren Sie ein anderes k, bevor Sie darauf aufbauen.</numerusform>
                <numerusform>Instabil: In %1 Stichproben von %2 Kunden kehrte das Segment mit einer mittleren Jaccard-Ähnlichkeit von nur %3 wieder (unter 0,60). Es könnte ein Artefakt des Startwerts oder der Stichprobe sein; probieren Sie ein anderes k, bevor Sie darauf aufbauen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected lifetime value over the next %1 week(s): mean %2 per customer (95% interval %3), total %4 (%5), %6 of all customers' value (%7). Intervals: bootstrap, %8 resamples.</source>
            <translation>
                <numerusform>Erwarteter Kundenwert über die nächste %1 Woche: im Mittel %2 pro Kunde (95%-Intervall %3), gesamt %4 (%5), %6 des Werts aller Kunden (%7). Intervalle: Bootstrap, %8 Stichproben.</numerusform>
                <numerusform>Erwarteter Kundenwert über die nächsten %1 Wochen: im Mittel %2 pro Kunde (95%-Intervall %3), gesamt %4 (%5), %6 des Werts aller Kunden (%7). Intervalle: Bootstrap, %8 Stichproben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases a customer of this segment is expected to make in the next %1 week(s): %2 (95% interval %3).</source>
            <translation>
                <numerusform>Erwartete Käufe eines Kunden dieses Segments in der nächsten %1 Woche: %2 (95%-Intervall %3).</numerusform>
                <numerusform>Erwartete Käufe eines Kunden dieses Segments in den nächsten %1 Wochen: %2 (95%-Intervall %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>95% intervals (bootstrap, %1 resample(s)): mean %2 – %3, total %4 – %5</source>
            <translation>
                <numerusform>95%-Intervalle (Bootstrap, %1 Stichprobe): Mittel %2 – %3, gesamt %4 – %5</numerusform>
                <numerusform>95%-Intervalle (Bootstrap, %1 Stichproben): Mittel %2 – %3, gesamt %4 – %5</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentTableView</name>
        <message>
            <source>Click a segment to highlight it in every view; double-click its label to rename it (Ctrl+Z undoes).</source>
            <translation>Klicken Sie auf ein Segment, um es in allen Ansichten hervorzuheben; doppelklicken Sie auf seine Bezeichnung, um es umzubenennen (Strg+Z macht es rückgängig).</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>One row per segment: its number, label, size, share, money and traits. The up and down arrow keys highlight a segment in every view; F2 renames it.</source>
            <translation>Eine Zeile pro Segment: Nummer, Bezeichnung, Größe, Anteil, Geldbeträge und prägende Merkmale. Die Pfeiltasten nach oben und unten heben ein Segment in allen Ansichten hervor; F2 benennt es um.</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentValueChart</name>
        <message>
            <source>Size against value appears when the data has a money column or the lifetime-value inputs (frequency, recency, T).</source>
            <translation>Größe im Vergleich zum Wert erscheint, wenn die Daten eine Geldspalte oder die Eingaben für den Kundenwert (frequency, recency, T) enthalten.</translation>
        </message>
        <message>
            <source>Customer share</source>
            <translation>Kundenanteil</translation>
        </message>
        <message>
            <source>Lifetime value share</source>
            <translation>Anteil am Kundenwert</translation>
        </message>
        <message>
            <source>Revenue share</source>
            <translation>Umsatzanteil</translation>
        </message>
        <message>
            <source>%1: %2 of the customers, %3 of the lifetime value (95% interval %4 – %5)</source>
            <translation>%1: %2 der Kunden, %3 des Kundenwerts (95%-Intervall %4 – %5)</translation>
        </message>
        <message>
            <source>%1: %2 of the customers, %3 of the revenue (95% interval %4 – %5)</source>
            <translation>%1: %2 der Kunden, %3 des Umsatzes (95%-Intervall %4 – %5)</translation>
        </message>
    </context>
    <context>
        <name>seg::SelectionProfilePanel</name>
        <message>
            <source>C&amp;lear</source>
            <translation>Au&amp;fheben</translation>
        </message>
        <message>
            <source>Forget the customers chosen in the segment map</source>
            <translation>Die in der Segmentkarte ausgewählten Kunden verwerfen</translation>
        </message>
        <message>
            <source>Arithmetic means and totals of the money columns over the chosen customers, in the data's own units, and their share of the total over all customers</source>
            <translation>Arithmetische Mittel und Summen der Geldspalten über die ausgewählten Kunden, in den Einheiten der Daten, und ihr Anteil an der Summe über alle Kunden</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>Merkmal</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>z</source>
            <translation>z</translation>
        </message>
        <message>
            <source>Difference of the means in population standard deviations of the features as clustered (after log(1 + x) where applied)</source>
            <translation>Differenz der Mittelwerte in Standardabweichungen der Grundgesamtheit der Merkmale, wie sie geclustert wurden (nach log(1 + x), wo angewendet)</translation>
        </message>
        <message>
            <source>Features in which the chosen customers differ most from everyone</source>
            <translation>Merkmale, in denen sich die ausgewählten Kunden am stärksten von allen unterscheiden</translation>
        </message>
        <message>
            <source>Drag a lasso in the segment map (Shift+drag for a rectangle) to see how those customers differ from everyone.</source>
            <translation>Ziehen Sie in der Segmentkarte ein Lasso (Umschalt+Ziehen für ein Rechteck), um zu sehen, wie sich diese Kunden von allen unterscheiden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; customers chosen (%2% of %3)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; Kunden ausgewählt (%2% von %3)</translation>
        </message>
        <message>
            <source>Mostly: %1</source>
            <translation>Überwiegend: %1</translation>
        </message>
        <message>
            <source>%1: mean %2 · total %3 (%4 of all)</source>
            <extracomment>Money of the chosen customers in one column: column, mean per customer, total, share of all.</extracomment>
            <translation>%1: Mittel %2 · gesamt %3 (%4 der Gesamtsumme)</translation>
        </message>
        <message>
            <source>Features of the chosen customers</source>
            <translation>Merkmale der ausgewählten Kunden</translation>
        </message>
    </context>
    <context>
        <name>seg::StartPage</name>
        <message>
            <source>1 of 3: Open your customer data</source>
            <translation>1 von 3: Kundendaten öffnen</translation>
        </message>
        <message>
            <source>A CSV file or an SQLite table with one row per customer (or a transaction log, one row per purchase). SegmentScope checks every column, suggests what each one means and shows what it will fill in or leave out before anything is computed.</source>
            <translation>Eine CSV-Datei oder eine SQLite-Tabelle mit einer Zeile pro Kunde (oder ein Transaktionsprotokoll mit einer Zeile pro Kauf). SegmentScope prüft jede Spalte, schlägt vor, was sie bedeutet, und zeigt, was ergänzt oder weggelassen wird, bevor irgendetwas berechnet wird.</translation>
        </message>
        <message>
            <source>2 of 3: Find the segments</source>
            <translation>2 von 3: Segmente finden</translation>
        </message>
        <message>
            <source>Choose the number of segments k and the feature groups on the left. The map, the heatmap and the segment table update together; the chart of k and the quality figures say how far to trust the segmentation.</source>
            <translation>Wählen Sie links die Anzahl der Segmente k und die Merkmalsgruppen. Karte, Heatmap und Segmenttabelle werden gemeinsam aktualisiert; das k-Diagramm und die Gütekennzahlen zeigen, wie weit Sie der Segmentierung vertrauen können.</translation>
        </message>
        <message>
            <source>3 of 3: Turn segments into personas</source>
            <translation>3 von 3: Aus Segmenten Personas machen</translation>
        </message>
        <message>
            <source>Name each segment, read its persona card (traits, channels, value) and export the persona report as a PDF. Save the project to reopen it exactly as you left it.</source>
            <translation>Benennen Sie jedes Segment, lesen Sie seine Persona-Karte (prägende Merkmale, Kanäle, Wert) und exportieren Sie den Persona-Bericht als PDF. Speichern Sie das Projekt, um es später genau so wieder zu öffnen, wie Sie es verlassen haben.</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Startseite</translation>
        </message>
        <message>
            <source>SegmentScope</source>
            <translation>SegmentScope</translation>
        </message>
        <message>
            <source>Turn behavioural customer data into segments you can act on.</source>
            <translation>Verwandeln Sie Verhaltensdaten Ihrer Kunden in umsetzbare Segmente.</translation>
        </message>
        <message>
            <source>&amp;Open your customer data…</source>
            <translation>&amp;Kundendaten öffnen…</translation>
        </message>
        <message>
            <source>A CSV file, an SQLite database or a SegmentScope project</source>
            <translation>Eine CSV-Datei, eine SQLite-Datenbank oder ein SegmentScope-Projekt</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>&amp;Demo ausprobieren</translation>
        </message>
        <message>
            <source>50,000 synthetic customers of an online shop</source>
            <translation>50.000 synthetische Kunden eines Onlineshops</translation>
        </message>
        <message>
            <source>&amp;Recent projects</source>
            <translation>&amp;Zuletzt geöffnete Projekte</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Zuletzt geöffnete Projekte</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Rundgang</translation>
        </message>
        <message>
            <source>Dismiss the tour</source>
            <translation>Rundgang beenden</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>Do&amp;ne</source>
            <translation>&amp;Fertig</translation>
        </message>
    </context>
    <context>
        <name>seg::StatusPanel</name>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the running computation (Esc)</source>
            <translation>Die laufende Berechnung abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Quality of the current segmentation:
Silhouette (−1 to 1, higher is better; on a 5,000-customer sample)
Davies–Bouldin (lower is better)
Calinski–Harabasz (higher is better)
ARI: agreement with the known segments (1 = identical, 0 = chance)</source>
            <translation>Qualität der aktuellen Segmentierung:
Silhouette (−1 bis 1, höher ist besser; auf einer Stichprobe von 5.000 Kunden)
Davies–Bouldin (niedriger ist besser)
Calinski–Harabasz (höher ist besser)
ARI: Übereinstimmung mit den bekannten Segmenten (1 = identisch, 0 = Zufall)</translation>
        </message>
        <message>
            <source>Notes on the data</source>
            <translation>Hinweise zu den Daten</translation>
        </message>
        <message>
            <source>Silhouette %1</source>
            <translation>Silhouette %1</translation>
        </message>
        <message>
            <source>Davies–Bouldin %1</source>
            <translation>Davies–Bouldin %1</translation>
        </message>
        <message>
            <source>Calinski–Harabasz %1</source>
            <translation>Calinski–Harabasz %1</translation>
        </message>
        <message>
            <source>ARI %1</source>
            <translation>ARI %1</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source> (%1 in segments, %2 noise, %3 set aside as outliers)</source>
            <translation> (%1 in Segmenten, %2 Rauschen, %3 als Ausreißer zurückgestellt)</translation>
        </message>
        <message>
            <source> (%1 in segments, %2 noise)</source>
            <translation> (%1 in Segmenten, %2 Rauschen)</translation>
        </message>
        <message>
            <source> (%1 segmented, %2 set aside as outliers)</source>
            <translation> (%1 segmentiert, %2 als Ausreißer zurückgestellt)</translation>
        </message>
        <message>
            <source> (%1 segmented)</source>
            <translation> (%1 segmentiert)</translation>
        </message>
        <message>
            <source>&lt;p&gt;While reading and preparing the data:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Click to keep this list open.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Beim Einlesen und Vorbereiten der Daten:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Klicken, um diese Liste geöffnet zu lassen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>While reading and preparing the data, SegmentScope noted:</source>
            <translation>Beim Einlesen und Vorbereiten der Daten hat SegmentScope Folgendes festgestellt:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln Kunde</numerusform>
                <numerusform>%Ln Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  ·  %1 feature(s)</source>
            <translation>
                <numerusform>  ·  %1 Merkmal</numerusform>
                <numerusform>  ·  %1 Merkmale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 note(s) on the data</source>
            <translation>
                <numerusform>%1 Hinweis zu den Daten</numerusform>
                <numerusform>%1 Hinweise zu den Daten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SweepPresenter</name>
        <message>
            <source>This algorithm finds the number of segments itself: there is no k to choose.</source>
            <translation>Dieser Algorithmus bestimmt die Anzahl der Segmente selbst: Es gibt kein k zu wählen.</translation>
        </message>
        <message>
            <source>Computing k = %1 …</source>
            <translation>k = %1 wird berechnet …</translation>
        </message>
    </context>
    <context>
        <name>seg::TableOpener</name>
        <message>
            <source>Cannot read %1: the file does not exist or is not readable.</source>
            <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht oder ist nicht lesbar.</translation>
        </message>
        <message>
            <source>%1 is a folder; choose a file in it.</source>
            <translation>%1 ist ein Ordner; wählen Sie eine Datei darin.</translation>
        </message>
        <message>
            <source>%1 is a pipe or a device, not a file. The explorer reads its data more than once (for the preview, then for the import), so it needs a file: save the data to a file and open that.</source>
            <translation>%1 ist eine Pipe oder ein Gerät, keine Datei. Der Explorer liest die Daten mehrmals (für die Vorschau, dann für den Import) und braucht daher eine Datei: Speichern Sie die Daten in einer Datei und öffnen Sie diese.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message numerus="yes">
            <source>Generating %1 demo customer(s)…</source>
            <translation>
                <numerusform>%1 Demo-Kunde wird erzeugt…</numerusform>
                <numerusform>%1 Demo-Kunden werden erzeugt…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ValueChecks</name>
        <message>
            <source>Does the purchase model fit?</source>
            <translation>Passt das Kaufmodell?</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln customers</source>
            <translation>
                <numerusform>%1 · %Ln Kunde</numerusform>
                <numerusform>%1 · %Ln Kunden</numerusform>
            </translation>
        </message>
        <message>
            <source> · calibration period to %1</source>
            <translation> · Kalibrierungszeitraum bis %1</translation>
        </message>
        <message>
            <source> · holdout period to %1</source>
            <translation> · Holdout-Zeitraum bis %1</translation>
        </message>
        <message>
            <source>BG/NBD (Fader, Hardie &amp; Lee 2005) models how often each customer buys and whether they are still a customer. These are the checks its authors use: how many customers it expects at each number of repeat purchases, and how many purchases it forecasts after the period it was fitted on.</source>
            <translation>BG/NBD (Fader, Hardie &amp; Lee 2005) modelliert, wie oft jeder Kunde kauft und ob er noch aktiv ist. Dies sind die Prüfungen, die seine Autoren verwenden: wie viele Kunden es bei jeder Anzahl von Wiederholungskäufen erwartet und wie viele Käufe es für die Zeit nach dem Anpassungszeitraum prognostiziert.</translation>
        </message>
        <message>
            <source>Customers by repeat purchases in the calibration period</source>
            <translation>Kunden nach Wiederholungskäufen im Kalibrierungszeitraum</translation>
        </message>
        <message>
            <source>Purchases in the holdout period, by repeat purchases in calibration</source>
            <translation>Käufe im Holdout-Zeitraum, nach Wiederholungskäufen in der Kalibrierung</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>BG/NBD erwartet</translation>
        </message>
        <message>
            <source>Bars of like height say the model describes how often these customers buy; a gap at the right says it misjudges the most frequent buyers.</source>
            <translation>Gleich hohe Balken zeigen, dass das Modell beschreibt, wie oft diese Kunden kaufen; eine Lücke rechts zeigt, dass es die häufigsten Käufer falsch einschätzt.</translation>
        </message>
        <message>
            <source>No holdout period: give --holdout-end to compare the model's forecast with the purchases made after the calibration period.</source>
            <translation>Kein Holdout-Zeitraum: Geben Sie --holdout-end an, um die Prognose des Modells mit den Käufen nach dem Kalibrierungszeitraum zu vergleichen.</translation>
        </message>
        <message>
            <source>Made (mean)</source>
            <translation>Getätigt (Mittel)</translation>
        </message>
        <message>
            <source>Predicted (mean)</source>
            <translation>Vorhergesagt (Mittel)</translation>
        </message>
        <message>
            <source>Over the %1 %2 of the holdout period the model predicted %3 purchases; %4 were made (%5 of the forecast). Bars of like height in every group say the forecast holds for light and heavy buyers alike.</source>
            <translation>Über die %1 %2 des Holdout-Zeitraums sagte das Modell %3 Käufe vorher; %4 wurden getätigt (%5 der Prognose). Gleich hohe Balken in jeder Gruppe zeigen, dass die Prognose für Wenig- und Vielkäufer gleichermaßen zutrifft.</translation>
        </message>
    </context>
    <context>
        <name>seg::Workspace</name>
        <message>
            <source>Segment map</source>
            <translation>Segmentkarte</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>Feature heatmap</source>
            <translation>Merkmals-Heatmap</translation>
        </message>
    </context>
    <context>
        <name>segscope</name>
        <message>
            <source>unknown option %1: options start with two dashes, such as --%2</source>
            <translation>unbekannte Option %1: Optionen beginnen mit zwei Bindestrichen, etwa --%2</translation>
        </message>
        <message>
            <source>option --%1 takes no value</source>
            <translation>Option --%1 erwartet keinen Wert</translation>
        </message>
        <message>
            <source>option --%1 needs a value</source>
            <translation>Option --%1 braucht einen Wert</translation>
        </message>
        <message>
            <source>option --%1 is given twice</source>
            <translation>Option --%1 ist doppelt angegeben</translation>
        </message>
        <message>
            <source>unknown option --%1</source>
            <translation>unbekannte Option --%1</translation>
        </message>
        <message>
            <source>option --%1 expects a whole number, got '%2'</source>
            <translation>Option --%1 erwartet eine ganze Zahl, erhalten: '%2'</translation>
        </message>
        <message>
            <source>option --%1 must be between %2 and %3, got %4</source>
            <translation>Option --%1 muss zwischen %2 und %3 liegen, erhalten: %4</translation>
        </message>
        <message>
            <source>option --%1 expects a number, got '%2'</source>
            <translation>Option --%1 erwartet eine Zahl, erhalten: '%2'</translation>
        </message>
        <message>
            <source>project create makes a new project: --project does not apply</source>
            <translation>project create legt ein neues Projekt an: --project ist hier nicht anwendbar</translation>
        </message>
        <message>
            <source>cluster --project reads the project's data: give no INPUT file</source>
            <translation>cluster --project liest die Daten des Projekts: geben Sie keine INPUT-Datei an</translation>
        </message>
        <message>
            <source>--%1 applies when data is read; the project's data was read when it was made (segscope project create)</source>
            <translation>--%1 gilt beim Einlesen der Daten; die Daten des Projekts wurden bei seiner Erstellung eingelesen (segscope project create)</translation>
        </message>
        <message>
            <source>project create needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>project create braucht genau eine INPUT-Datei (CSV oder SQLite)</translation>
        </message>
        <message>
            <source>cluster needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>cluster braucht genau eine INPUT-Datei (CSV oder SQLite)</translation>
        </message>
        <message>
            <source>project create needs --out, the project file to write (P.segscope)</source>
            <translation>project create braucht --out, die zu schreibende Projektdatei (P.segscope)</translation>
        </message>
        <message>
            <source>--hash-ids applies to project create</source>
            <translation>--hash-ids gilt nur für project create</translation>
        </message>
        <message>
            <source>--note annotates a run of a project: give --project</source>
            <translation>--note versieht einen Lauf eines Projekts mit einer Notiz: geben Sie --project an</translation>
        </message>
        <message>
            <source>--k: %1 finds the number of segments itself; leave --k out</source>
            <translation>--k: %1 bestimmt die Zahl der Segmente selbst; lassen Sie --k weg</translation>
        </message>
        <message>
            <source>cluster needs --k, the number of segments</source>
            <translation>cluster braucht --k, die Zahl der Segmente</translation>
        </message>
        <message>
            <source>--hash-ids needs --id-column, the column of customer ids to hash</source>
            <translation>--hash-ids braucht --id-column, die Spalte mit den zu hashenden Kunden-IDs</translation>
        </message>
        <message>
            <source>warning: %1
</source>
            <translation>Warnung: %1
</translation>
        </message>
        <message>
            <source>note: %1
</source>
            <translation>Hinweis: %1
</translation>
        </message>
        <message>
            <source>transforms: %1; scaling %2
</source>
            <translation>Transformationen: %1; Skalierung %2
</translation>
        </message>
        <message>
            <source>silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</source>
            <translation>Silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</translation>
        </message>
        <message>
            <source>, ARI %1, NMI %2</source>
            <translation>, ARI %1, NMI %2</translation>
        </message>
        <message>
            <source>segment      size   share
</source>
            <translation>Segment     Größe  Anteil
</translation>
        </message>
        <message>
            <source>  small</source>
            <translation>  klein</translation>
        </message>
        <message>
            <source>outlier</source>
            <translation>Ausreißer</translation>
        </message>
        <message>
            <source>noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>--covariance: unknown covariance '%1'; available: diagonal, full</source>
            <translation>--covariance: unbekannte Kovarianz '%1'; verfügbar: diagonal, full</translation>
        </message>
        <message>
            <source>--%1 applies to --algorithm %2 only</source>
            <translation>--%1 gilt nur für --algorithm %2</translation>
        </message>
        <message>
            <source>--micro-clusters %1 is below --k %2</source>
            <translation>--micro-clusters %1 ist kleiner als --k %2</translation>
        </message>
        <message>
            <source>--micro-clusters %1 is above --exact-limit %2</source>
            <translation>--micro-clusters %1 ist größer als --exact-limit %2</translation>
        </message>
        <message>
            <source>--start-sample %1 is below --k %2</source>
            <translation>--start-sample %1 ist kleiner als --k %2</translation>
        </message>
        <message>
            <source>--algorithms: %1 does not cut the customers into --k segments; consensus runs kmeans, minibatch, gmm or ward</source>
            <translation>--algorithms: %1 teilt die Kunden nicht in --k Segmente auf; consensus verwendet kmeans, minibatch, gmm oder ward</translation>
        </message>
        <message>
            <source>--algorithms needs at least one algorithm</source>
            <translation>--algorithms braucht mindestens einen Algorithmus</translation>
        </message>
        <message>
            <source>the k-distance curve suggests no eps (most customers share their place with %1 others); give --eps</source>
            <translation>die k-Distanz-Kurve legt kein eps nahe (die meisten Kunden teilen ihre Position mit %1 anderen); geben Sie --eps an</translation>
        </message>
        <message>
            <source>eps %1: the knee of the %2-distance curve; give --eps to choose another</source>
            <translation>eps %1: der Knick der %2-Distanz-Kurve; mit --eps wählen Sie einen anderen Wert</translation>
        </message>
        <message>
            <source>minimum cluster size %1: 1% of the customers; give --min-cluster-size to choose another</source>
            <translation>minimale Clustergröße %1: 1% der Kunden; mit --min-cluster-size wählen Sie einen anderen Wert</translation>
        </message>
        <message>
            <source>segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments</source>
            <translation>Segment(e) %1 enthalten weniger als %2% der Kunden: eher Ausreißer als Segmente</translation>
        </message>
        <message>
            <source>segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments (see --outliers)</source>
            <translation>Segment(e) %1 enthalten weniger als %2% der Kunden: eher Ausreißer als Segmente (siehe --outliers)</translation>
        </message>
        <message>
            <source>%1 row(s) without a customer id left out</source>
            <translation>%1 Zeile(n) ohne Kunden-ID ausgelassen</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid date left out</source>
            <translation>%1 Zeile(n) ohne gültiges Datum ausgelassen</translation>
        </message>
        <message>
            <source>%1 row(s) dated in the future left out</source>
            <translation>%1 Zeile(n) mit einem Datum in der Zukunft ausgelassen</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid amount left out</source>
            <translation>%1 Zeile(n) ohne gültigen Betrag ausgelassen</translation>
        </message>
        <message>
            <source>%1 row(s) with a negative amount counted as returns, not purchases</source>
            <translation>%1 Zeile(n) mit negativem Betrag als Retouren gezählt, nicht als Käufe</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) counted once</source>
            <translation>%1 doppelte Zeile(n) einmal gezählt</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) kept (--drop-duplicates counts them once)</source>
            <translation>%1 doppelte Zeile(n) beibehalten (mit --drop-duplicates werden sie einmal gezählt)</translation>
        </message>
        <message>
            <source>%1 row(s) with a quantity that is not a number: their quantity left out</source>
            <translation>%1 Zeile(n) mit einer Menge, die keine Zahl ist: ihre Menge wurde ausgelassen</translation>
        </message>
        <message>
            <source>%1; the first: %2</source>
            <translation>%1; die erste: %2</translation>
        </message>
        <message>
            <source>clv needs exactly one TRANSACTIONS file (CSV or SQLite)</source>
            <translation>clv braucht genau eine TRANSACTIONS-Datei (CSV oder SQLite)</translation>
        </message>
        <message>
            <source>clv needs --json OUT, the file for the fitted models and totals</source>
            <translation>clv braucht --json OUT, die Datei für die angepassten Modelle und Summen</translation>
        </message>
        <message>
            <source>a customer summary (--frequency-column) needs --%1 too</source>
            <translation>eine Kundenzusammenfassung (--frequency-column) braucht auch --%1</translation>
        </message>
        <message>
            <source>--%1 is for a transaction log; with --frequency-column the input is one row per customer</source>
            <translation>--%1 ist für ein Transaktionsprotokoll gedacht; mit --frequency-column enthält die Eingabe eine Zeile pro Kunde</translation>
        </message>
        <message>
            <source>clv needs --%1 (or a customer summary with --frequency-column, --recency-column, --tenure-column and --monetary-column)</source>
            <translation>clv braucht --%1 (oder eine Kundenzusammenfassung mit --frequency-column, --recency-column, --tenure-column und --monetary-column)</translation>
        </message>
        <message>
            <source>--time-unit: %1</source>
            <translation>--time-unit: %1</translation>
        </message>
        <message>
            <source>--holdout-end %1 must be after --calibration-end %2</source>
            <translation>--holdout-end %1 muss nach --calibration-end %2 liegen</translation>
        </message>
        <message>
            <source>--calibration-end %1 is after today (%2): the calibration period must have ended (give --today for data exported on another day)</source>
            <translation>--calibration-end %1 liegt nach dem heutigen Tag (%2): der Kalibrierungszeitraum muss abgeschlossen sein (für Daten, die an einem anderen Tag exportiert wurden, geben Sie --today an)</translation>
        </message>
        <message>
            <source>the input</source>
            <translation>die Eingabe</translation>
        </message>
        <message>
            <source>--charts is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)</source>
            <translation>--charts ist nicht verfügbar: dieses segscope wurde ohne die GUI-Bibliotheken gebaut (SEG_BUILD_GUI=OFF)</translation>
        </message>
        <message>
            <source>the %1 fit ended with status '%2': its figures may be off</source>
            <translation>die %1-Anpassung endete mit dem Status '%2': ihre Kennzahlen sind möglicherweise ungenau</translation>
        </message>
        <message>
            <source>the Gamma-Gamma fit has q = %1 &lt;= 1: the mean spend per purchase does not exist, so no value is given to customers without a repeat purchase</source>
            <translation>die Gamma-Gamma-Anpassung hat q = %1 &lt;= 1: die mittleren Ausgaben pro Kauf existieren nicht, daher erhalten Kunden ohne Wiederholungskauf keinen Wert</translation>
        </message>
        <message>
            <source>BG/NBD: r %1, alpha %2, a %3, b %4, log-likelihood %5
</source>
            <translation>BG/NBD: r %1, alpha %2, a %3, b %4, Log-Likelihood %5
</translation>
        </message>
        <message>
            <source>Gamma-Gamma: p %1, q %2, gamma %3, log-likelihood %4; frequency/spend correlation %5
</source>
            <translation>Gamma-Gamma: p %1, q %2, gamma %3, Log-Likelihood %4; Korrelation Häufigkeit/Ausgaben %5
</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>%1 %2: the project has no such run; its runs are %3</source>
            <translation>%1 %2: diesen Lauf gibt es im Projekt nicht; vorhandene Läufe: %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>%1 must be a run number (1, 2, …), not '%2'; see segscope project runs</source>
            <translation>%1 muss eine Laufnummer sein (1, 2, …), nicht '%2'; siehe segscope project runs</translation>
        </message>
        <message>
            <source>run %1 (%2, k %3, seed %4)</source>
            <translation>Lauf %1 (%2, k %3, Startwert %4)</translation>
        </message>
        <message>
            <source>segment %1 stayed as %2 (%3 of its customers; they make up %4 of it)</source>
            <translation>Segment %1 blieb als %2 erhalten (%3 seiner Kunden; sie machen %4 davon aus)</translation>
        </message>
        <message>
            <source>segment %1 split into %2 (largest part %3 of its customers)</source>
            <translation>Segment %1 teilte sich auf in %2 (größter Teil: %3 seiner Kunden)</translation>
        </message>
        <message>
            <source>segment %1 merged into %2 with small parts of other segments (%3 of its customers; %4 of %2)</source>
            <translation>Segment %1 ging mit kleinen Teilen anderer Segmente in %2 auf (%3 seiner Kunden; %4 von %2)</translation>
        </message>
        <message>
            <source>segment %1 merged with %2 into %3 (%4 of its customers; %5 of %3)</source>
            <translation>Segment %1 wurde mit %2 zu %3 zusammengeführt (%4 seiner Kunden; %5 von %3)</translation>
        </message>
        <message>
            <source>segment %1 is gone: no segment of run %2 took %3 of its customers (the most any took: %4)</source>
            <translation>Segment %1 ist verschwunden: kein Segment von Lauf %2 übernahm %3 seiner Kunden (der größte übernommene Anteil: %4)</translation>
        </message>
        <message>
            <source>segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there</source>
            <translation>Segment %1 von Lauf %2 ist neu: kein Segment von Lauf %3 gab %4 seiner Kunden dorthin ab</translation>
        </message>
        <message>
            <source>segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there; most of it came from %5</source>
            <translation>Segment %1 von Lauf %2 ist neu: kein Segment von Lauf %3 gab %4 seiner Kunden dorthin ab; der Großteil stammt aus %5</translation>
        </message>
        <message>
            <source>same data, spec, options and seed: identical assignments</source>
            <translation>gleiche Daten, Spezifikation, Optionen und Startwert: identische Zuordnungen</translation>
        </message>
        <message>
            <source>same data, spec, options and seed, but other assignments: the runs were made by engine %1 and %2</source>
            <translation>gleiche Daten, Spezifikation, Optionen und Startwert, aber andere Zuordnungen: die Läufe stammen von Engine %1 und %2</translation>
        </message>
        <message>
            <source>same data, spec, options and seed, but other assignments</source>
            <translation>gleiche Daten, Spezifikation, Optionen und Startwert, aber andere Zuordnungen</translation>
        </message>
        <message>
            <source>total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>run %1</source>
            <translation>Lauf %1</translation>
        </message>
        <message>
            <source>run %1's segments (rows) against run %2's (columns): customers, and the share of the row
</source>
            <translation>Segmente von Lauf %1 (Zeilen) gegen die von Lauf %2 (Spalten): Kunden und Anteil an der Zeile
</translation>
        </message>
        <message>
            <source>project compare needs the project and two run numbers: segscope project compare P.segscope RUN_A RUN_B</source>
            <translation>project compare braucht das Projekt und zwei Laufnummern: segscope project compare P.segscope RUN_A RUN_B</translation>
        </message>
        <message>
            <source>the project</source>
            <translation>das Projekt</translation>
        </message>
        <message>
            <source>%1 against %2
</source>
            <translation>%1 gegen %2
</translation>
        </message>
        <message>
            <source>customers compared  %1 (only in run %2: %3; only in run %4: %5)
</source>
            <translation>verglichene Kunden     %1 (nur in Lauf %2: %3; nur in Lauf %4: %5)
</translation>
        </message>
        <message>
            <source>adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)
</source>
            <translation>bereinigter Rand-Index %1 (1: dieselben Segmente; etwa 0: nicht ähnlicher als der Zufall)
</translation>
        </message>
        <message>
            <source>reproduction        %1
</source>
            <translation>Reproduktion           %1
</translation>
        </message>
        <message>
            <source>what happened to the segments (a part counts from %1 of a segment's customers):
</source>
            <translation>was aus den Segmenten wurde (ein Teil zählt ab %1 der Kunden eines Segments):
</translation>
        </message>
        <message>
            <source>--algorithms: %1 finds the number of segments itself; consensus runs algorithms that take --k</source>
            <translation>--algorithms: %1 bestimmt die Zahl der Segmente selbst; consensus verwendet Algorithmen, die --k annehmen</translation>
        </message>
        <message>
            <source>--resampling: unknown method '%1'; available: subsample, bootstrap</source>
            <translation>--resampling: unbekannte Methode '%1'; verfügbar: subsample, bootstrap</translation>
        </message>
        <message>
            <source>consensus needs --k, the number of segments</source>
            <translation>consensus braucht --k, die Zahl der Segmente</translation>
        </message>
        <message>
            <source>--subsample must be above 0</source>
            <translation>--subsample muss größer als 0 sein</translation>
        </message>
        <message>
            <source>--sample %1 is below --k %2</source>
            <translation>--sample %1 ist kleiner als --k %2</translation>
        </message>
        <message>
            <source>--k %1 needs at least as many customers; %2 has %3</source>
            <translation>--k %1 braucht mindestens ebenso viele Kunden; %2 hat %3</translation>
        </message>
        <message>
            <source>the %1 runs find other segments than the consensus (mean ARI %2 against it); every customer's agreement counts their votes: leave it out of --algorithms to measure agreement among the others</source>
            <translation>die %1-Läufe finden andere Segmente als der Konsens (mittlerer ARI %2 dagegen); die Übereinstimmung jedes Kunden zählt ihre Stimmen mit: lassen Sie den Algorithmus in --algorithms weg, um die Übereinstimmung unter den übrigen zu messen</translation>
        </message>
        <message>
            <source>%1% of the customers agree with their segment in fewer than 80% of the runs: %2 segments may not be the data's grouping; try another --k</source>
            <translation>%1% der Kunden stimmen in weniger als 80% der Läufe mit ihrem Segment überein: %2 Segmente entsprechen womöglich nicht der Gruppierung der Daten; versuchen Sie ein anderes --k</translation>
        </message>
        <message>
            <source>%1 runs (%2 per algorithm) on %3 customers each; co-association on %4 customers
</source>
            <translation>%1 Läufe (%2 pro Algorithmus) auf je %3 Kunden; Ko-Assoziation auf %4 Kunden
</translation>
        </message>
        <message>
            <source>customers agreeing with their segment in fewer than 80% of the runs: %1 (%2%)
</source>
            <translation>Kunden, die in weniger als 80% der Läufe mit ihrem Segment übereinstimmen: %1 (%2%)
</translation>
        </message>
        <message>
            <source>%1 %2 %3 %4
</source>
            <translation>%1 %2 %3 %4
</translation>
        </message>
        <message>
            <source>segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>Übereinst.</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>Konsens</translation>
        </message>
        <message>
            <source>%1 runs against the consensus: mean ARI %2
</source>
            <translation>%1-Läufe gegen den Konsens: mittlerer ARI %2
</translation>
        </message>
        <message>
            <source>%1 names an empty column</source>
            <translation>%1 nennt eine leere Spalte</translation>
        </message>
        <message>
            <source>column '%1' is given two roles: %2 (%3) and %4 (%5)</source>
            <translation>Spalte '%1' hat zwei Rollen: %2 (%3) und %4 (%5)</translation>
        </message>
        <message>
            <source>--role expects COLUMN=ROLE, such as --role Region=categorical, not '%1'</source>
            <translation>--role erwartet COLUMN=ROLE, etwa --role Region=categorical, nicht '%1'</translation>
        </message>
        <message>
            <source>--role %1: %2</source>
            <translation>--role %1: %2</translation>
        </message>
        <message>
            <source>a key</source>
            <translation>ein Schlüssel</translation>
        </message>
        <message>
            <source>known segments</source>
            <translation>bekannte Segmente</translation>
        </message>
        <message>
            <source>personal data</source>
            <translation>personenbezogene Daten</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>ausgelassen</translation>
        </message>
        <message>
            <source>every column is excluded by --exclude %1</source>
            <translation>alle Spalten sind durch --exclude %1 ausgeschlossen</translation>
        </message>
        <message>
            <source>--exclude leaves out %1</source>
            <translation>--exclude lässt %1 weg</translation>
        </message>
        <message>
            <source>the customer id column '%1' (--id-column) is never a feature</source>
            <translation>die Kunden-ID-Spalte '%1' (--id-column) ist nie ein Merkmal</translation>
        </message>
        <message>
            <source>the label column '%1' (--label-column) is never a feature</source>
            <translation>die Label-Spalte '%1' (--label-column) ist nie ein Merkmal</translation>
        </message>
        <message>
            <source>'%1' is %2 (role %3: %4), not a feature</source>
            <translation>'%1' ist kein Merkmal, sondern %2 (Rolle %3: %4)</translation>
        </message>
        <message>
            <source>chosen on the command line</source>
            <translation>in der Befehlszeile gewählt</translation>
        </message>
        <message>
            <source>column '%1' has no values (all NULL)</source>
            <translation>Spalte '%1' hat keine Werte (alle NULL)</translation>
        </message>
        <message>
            <source>column '%1' has no values (all empty or missing markers)</source>
            <translation>Spalte '%1' hat keine Werte (alle leer oder als fehlend markiert)</translation>
        </message>
        <message>
            <source>no column is left to map: %1</source>
            <translation>es bleibt keine Spalte für die Karte: %1</translation>
        </message>
        <message>
            <source>no column is left to cluster: %1</source>
            <translation>es bleibt keine Spalte zum Clustern: %1</translation>
        </message>
        <message>
            <source>; name the columns to use with --columns</source>
            <translation>; nennen Sie die zu verwendenden Spalten mit --columns</translation>
        </message>
        <message>
            <source>--%1 is for a transaction log: give its date column with --date-column too</source>
            <translation>--%1 ist für ein Transaktionsprotokoll gedacht: geben Sie mit --date-column auch dessen Datumsspalte an</translation>
        </message>
        <message>
            <source>a transaction log (--date-column) needs --id-column, the column of the customer each purchase belongs to</source>
            <translation>ein Transaktionsprotokoll (--date-column) braucht --id-column, die Spalte mit dem Kunden, zu dem jeder Kauf gehört</translation>
        </message>
        <message>
            <source>--label-column cannot be used with a transaction log: known segments belong to customers, and the log's rows are purchases</source>
            <translation>--label-column ist mit einem Transaktionsprotokoll nicht verwendbar: bekannte Segmente gehören zu Kunden, die Zeilen des Protokolls sind aber Käufe</translation>
        </message>
        <message>
            <source>--holdout-end needs --calibration-end: the holdout is the time between them</source>
            <translation>--holdout-end braucht --calibration-end: der Holdout-Zeitraum ist die Zeit dazwischen</translation>
        </message>
        <message>
            <source>--features cannot be combined with --columns or --exclude</source>
            <translation>--features lässt sich nicht mit --columns oder --exclude kombinieren</translation>
        </message>
        <message>
            <source>standard input ('-') can be INPUT or the --features file, not both</source>
            <translation>die Standardeingabe ('-') kann INPUT oder die --features-Datei sein, nicht beides</translation>
        </message>
        <message>
            <source>--label-column %1 is the --id-column too; the known segments need a column of their own (ids are unique, so every customer would be a segment of one)</source>
            <translation>--label-column %1 ist auch die --id-column; die bekannten Segmente brauchen eine eigene Spalte (IDs sind eindeutig, also wäre jeder Kunde ein Segment für sich)</translation>
        </message>
        <message>
            <source>--columns '%1' names no column; give the columns to %2 separated by commas, e.g. --columns visits,spend</source>
            <translation>--columns '%1' nennt keine Spalte; geben Sie die Spalten zum %2 durch Kommas getrennt an, z. B. --columns visits,spend</translation>
        </message>
        <message>
            <source>map</source>
            <translation>Kartieren</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>Clustern</translation>
        </message>
        <message>
            <source>--%1: %2</source>
            <translation>--%1: %2</translation>
        </message>
        <message>
            <source>demo-data takes no positional argument; write the file with --out FILE.csv</source>
            <translation>demo-data nimmt kein Positionsargument an; geben Sie die Zieldatei mit --out FILE.csv an</translation>
        </message>
        <message>
            <source>demo-data needs --out FILE.csv</source>
            <translation>demo-data braucht --out FILE.csv</translation>
        </message>
        <message>
            <source>embed needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>embed braucht genau eine INPUT-Datei (CSV oder SQLite)</translation>
        </message>
        <message>
            <source>embed needs --out, the map file to write (id,x,y per customer)</source>
            <translation>embed braucht --out, die zu schreibende Kartendatei (id,x,y pro Kunde)</translation>
        </message>
        <message>
            <source>--method must be umap or pca, not '%1'</source>
            <translation>--method muss umap oder pca sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--%1 is a UMAP parameter; it has no meaning with --method pca</source>
            <translation>--%1 ist ein UMAP-Parameter; mit --method pca hat er keine Bedeutung</translation>
        </message>
        <message>
            <source>--min-dist %1 is greater than --spread %2; it must not exceed it</source>
            <translation>--min-dist %1 ist größer als --spread %2, darf diesen Wert aber nicht überschreiten</translation>
        </message>
        <message>
            <source>--neighbors %1: it must be at least 2 and less than the number of customers to map (%2 in %3)</source>
            <translation>--neighbors %1: der Wert muss mindestens 2 und kleiner als die Zahl der zu kartierenden Kunden sein (%2 in %3)</translation>
        </message>
        <message>
            <source>trustworthiness needs more than %1 customers; there are %2</source>
            <translation>die Vertrauenswürdigkeit braucht mehr als %1 Kunden; vorhanden sind %2</translation>
        </message>
        <message>
            <source>; trustworthiness %1 (15 neighbours, %2 rows)</source>
            <translation>; Vertrauenswürdigkeit %1 (15 Nachbarn, %2 Zeilen)</translation>
        </message>
        <message>
            <source>export-sql needs one project: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME</source>
            <translation>export-sql braucht ein Projekt: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME</translation>
        </message>
        <message>
            <source>export-sql needs --dialect: sqlite, postgresql, spark or bigquery</source>
            <translation>export-sql braucht --dialect: sqlite, postgresql, spark oder bigquery</translation>
        </message>
        <message>
            <source>export-sql needs --table, the table of customers to score (schema.table where the warehouse needs it)</source>
            <translation>export-sql braucht --table, die Tabelle der zuzuordnenden Kunden (schema.table, wo das Warehouse es verlangt)</translation>
        </message>
        <message>
            <source>export-sql needs --id-column: the project names no column that identifies a customer</source>
            <translation>export-sql braucht --id-column: das Projekt nennt keine Spalte, die einen Kunden identifiziert</translation>
        </message>
        <message>
            <source>%1 -: an output is a file, and '-' would create a file named '-'; give /dev/stdout to write to standard output</source>
            <translation>%1 -: eine Ausgabe ist eine Datei, und '-' würde eine Datei namens '-' anlegen; geben Sie /dev/stdout an, um auf die Standardausgabe zu schreiben</translation>
        </message>
        <message>
            <source>%1 %2 is the same file as %3 %4; refusing to overwrite an input</source>
            <translation>%1 %2 ist dieselbe Datei wie %3 %4; eine Eingabe wird nicht überschrieben</translation>
        </message>
        <message>
            <source>%1 %2 is the same file as %3 %4; each output needs a file of its own</source>
            <translation>%1 %2 ist dieselbe Datei wie %3 %4; jede Ausgabe braucht eine eigene Datei</translation>
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
                            '' = no column is the key (rows are customers)
  --label-column C          known segments: adds ARI and NMI to the metrics
  --role COL=ROLE           a column's role (repeatable): id, label, numeric,
                            categorical, value, date, personal or ignored
  --sensitive a,b           these columns are sensitive attributes (as age or gender
                            are by name): warned about as features, shown in the
                            report's composition, kept marked in a project
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
  --project P.segscope      cluster the project's data instead of INPUT (give no
                            INPUT) and add the run to the project (docs/projects.md)
  --note TEXT               with --project: the run's annotation
  --quiet                   print nothing but warnings and errors
</source>
            <translation>Aufruf: segscope cluster INPUT [Optionen]

Clustert die Kunden in INPUT (eine CSV-Datei oder eine SQLite-Datenbank) und schreibt
ein Segment pro Kunde und eine JSON-Zusammenfassung. INPUT kann bei CSV - (Standardeingabe)
oder eine Pipe sein; CSV muss UTF-8 sein, mit Zeilen von höchstens 64 MiB.

  --table NAME              Tabelle oder View, die aus einer SQLite-Datenbank gelesen wird
                            (nötig, wenn sie mehrere enthält)
  --delimiter D             CSV-Trennzeichen: , ; | tab, space (Folgen von Leerzeichen)
                            oder ein anderes Zeichen (Standard: erkannt)
  --k K                     Zahl der Segmente (erforderlich außer bei dbscan, hdbscan)
  --algorithm A             kmeans (Standard); gmm, ein Gauß-Mischmodell (EM); ward,
                            hierarchisch; dbscan oder hdbscan, die die Zahl der Segmente
                            selbst bestimmen (kein --k angeben); minibatch, mini-batch
                            k-means, das eine Datei in Blöcken liest, für Dateien größer
                            als der Arbeitsspeicher; consensus, die Segmente, auf die sich
                            viele Läufe von kmeans, gmm und ward einigen
  --seed S                  Startwert (Standard 42, wie im Explorer); gleicher Startwert,
                            gleiches Ergebnis
  --n-init N                k-means++-Neustarts, die niedrigste Inertia gewinnt (Standard 10);
                            gmm: EM-Läufe ab k-means-Starts (Standard 3)
  --max-iter N              Iterationen pro Neustart (Standard 300; gmm 200)
  --tol X                   relative Toleranz der Zentroidverschiebung (Standard 1e-4); gmm:
                            mittlerer Log-Likelihood-Zuwachs pro Kunde (Standard 1e-3)
  --covariance diagonal|full   gmm: eine Varianz pro Merkmal (Standard) oder eine volle
                            Kovarianzmatrix pro Segment
  --regularization X        gmm: wird zu jeder Varianz addiert (Standard 1e-6)
  --exact-limit N           ward: bis zu so vielen Kunden exakt clustern (Standard 50000);
  --micro-clusters N        darüber fasst Ward N k-means-Zentren zusammen (Standard 2000)
  --eps X                   dbscan: Radius der Nachbarschaft (Standard: der Knick der
                            k-Distanz-Kurve)
  --min-samples N           dbscan, hdbscan: Nachbarn eines dichten Kerns (Standard 5)
  --min-cluster-size N      hdbscan: kleinstes Segment (Standard 1% der Kunden)
  --batch-size N            minibatch: Kunden pro Mini-Batch (Standard 1024)
  --epochs N                minibatch: höchstens so viele Durchgänge durch die Datei (Standard 3)
  --start-sample N          minibatch: Stichprobe für die Transformationen und den Start
                            (Standard 100000)
  --algorithms a,b          consensus: die abstimmenden Algorithmen (Standard
                            kmeans,gmm,ward)
  --runs-per-algorithm N    consensus: Läufe je Algorithmus (Standard 10)
  --id-column C             Spalte der Kunden-ID (auf Duplikate und Lücken geprüft);
                            '' = keine Spalte ist der Schlüssel (Zeilen sind Kunden)
  --label-column C          bekannte Segmente: ergänzt ARI und NMI bei den Metriken
  --role COL=ROLE           die Rolle einer Spalte (wiederholbar): id, label, numeric,
                            categorical, value, date, personal oder ignored
  --sensitive a,b           diese Spalten sind sensible Merkmale (wie Alter oder Geschlecht
                            schon dem Namen nach): Warnung bei Verwendung als Merkmal, im
                            Bericht in der Zusammensetzung gezeigt, im Projekt markiert
  --categorical a,b         diese Spalten sind Kategorien (ein 0/1-Merkmal pro Ausprägung)
  --value-columns a,b       diese Spalten sind Geldbeträge (Käufe)
  --date-columns a,b        diese Spalten sind Datumsangaben (auch Zahlen im Format YYYYMMDD)
  --date-order O            month-first (Standard) oder day-first: für Datumsangaben mit
                            Schrägstrich, deren Spalte die Reihenfolge nicht erkennen lässt
  --date-column C           INPUT ist ein Transaktionsprotokoll (eine Zeile pro Kauf): seine
                            Kunden, identifiziert über --id-column, werden nach ihren Käufen,
                            der Zeit seit dem letzten Kauf, der Beziehungsdauer und den
                            Ausgaben geclustert (docs/value.md); dazu:
  --amount-column C         was jede Zeile gekostet hat (negativ: eine Retoure), oder
  --price-column C          der Stückpreis, mit --quantity-column C (die Stückzahl)
  --channel-column C, --category-column C   optional: Kanalanteile, Kategorien
  --calibration-end DATE    Kunden mit dem Stand dieses Tages (Standard: das letzte Datum)
  --holdout-end DATE        die Käufe bis zu diesem Tag zur Überprüfung zurückhalten
  --today DATE              spätere Daten sind Fehler (Standard: heute, UTC)
  --columns a,b,c           genau auf diesen Spalten clustern
  --exclude a,b             diese Spalten aus den vorgeschlagenen Merkmalen weglassen
  --features SPEC.json      Merkmalsgruppen, Gewichte und Transformationen (docs/feature-spec.md)
  --scale zscore|robust|minmax|none     Skalierung (Standard zscore; robust: Median
                            und IQR, damit extreme Kunden nicht die Skala bestimmen)
  --outliers T              Kunden jenseits eines robusten z-Werts von T (Median, MAD) bei
                            irgendeinem Merkmal zurückstellen: Segment -1, nicht geclustert
                            (Standard 0 = aus; 5 bis 10 ist üblich)
  --impute median|mean|mode|drop        fehlende Werte (Standard median)
  --silhouette-sample N     Zeilen für die Silhouette, 0 = alle (Standard 10000)
  --threads T               Arbeits-Threads, 0 = alle Kerne (Standard 0)
  --out ASSIGN.csv          id,segment,distance pro Kunde schreiben
  --json SUMMARY.json       die Zusammenfassung schreiben (Parameter, Metriken, Segmente, Zeiten)
  --project P.segscope      die Daten des Projekts statt INPUT clustern (kein INPUT angeben)
                            und den Lauf zum Projekt hinzufügen (docs/projects.md)
  --note TEXT               mit --project: die Notiz zum Lauf
  --quiet                   nur Warnungen und Fehler ausgeben
</translation>
        </message>
        <message>
            <source>usage: segscope sweep INPUT --json OUT.json [--k-min K] [--k-max K] [options]

Clusters INPUT for every k from --k-min to --k-max and writes, per k, the
inertia, silhouette, Davies-Bouldin and Calinski-Harabasz indices (with
--algorithm gmm also the log-likelihood, BIC and AIC), with the k they suggest
and why (docs/cli.md). INPUT, the column roles, the features and the clustering
options (--algorithm, --seed, --n-init, --max-iter, --tol, --restart-sample,
--covariance, --regularization, --outliers) are as for 'segscope cluster'.

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
            <translation>Aufruf: segscope sweep INPUT --json OUT.json [--k-min K] [--k-max K] [Optionen]

Clustert INPUT für jedes k von --k-min bis --k-max und schreibt pro k die Inertia,
die Silhouette sowie den Davies-Bouldin- und den Calinski-Harabasz-Index (mit
--algorithm gmm auch Log-Likelihood, BIC und AIC), dazu das k, das sie nahelegen,
und die Begründung (docs/cli.md). INPUT, die Spaltenrollen, die Merkmale und die
Clustering-Optionen (--algorithm, --seed, --n-init, --max-iter, --tol, --restart-sample,
--covariance, --regularization, --outliers) sind wie bei 'segscope cluster'.

  --k-min K                 kleinstes k (Standard 2)
  --k-max K                 größtes k (Standard 12), kleiner als die Zahl der Kunden
  --silhouette-sample N     Kunden, an denen die Silhouetten gemessen werden, für jedes k
                            dieselben (Standard 10000)
  --gap-references B        die Gap-Statistik für k = 1..--k-max gegen B gleichverteilte
                            Referenzdatensätze (Standard 10; 0 = aus)
  --prediction-splits N     Vorhersagestärke über N zufällige Halbierungen (Standard
                            5; 0 = aus)
  --threads T               Arbeits-Threads, 0 = alle Kerne (Standard 0)
  --json OUT.json           die Kennzahlen und die Empfehlung (erforderlich)
  --quiet                   nur Warnungen und Fehler ausgeben
</translation>
        </message>
        <message>
            <source>usage: segscope stability INPUT --k K --json OUT.json [options]

Clusters INPUT into K segments and measures how far to trust them: the mean
adjusted Rand index between the segmentation and refits with other seeds, and
each segment's bootstrap stability (Hennig 2007: the mean Jaccard similarity of
the segment to its best match when resampled customers are clustered again).
Segments below 0.6 are unstable. INPUT, the column roles, the features and the
clustering options are as for 'segscope cluster'.

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
            <translation>Aufruf: segscope stability INPUT --k K --json OUT.json [Optionen]

Clustert INPUT in K Segmente und misst, wie weit ihnen zu trauen ist: den mittleren
bereinigten Rand-Index zwischen der Segmentierung und Neuanpassungen mit anderen
Startwerten sowie die Bootstrap-Stabilität jedes Segments (Hennig 2007: die mittlere
Jaccard-Ähnlichkeit des Segments mit seiner besten Entsprechung, wenn neu gezogene
Kunden erneut geclustert werden). Segmente unter 0.6 sind instabil. INPUT, die
Spaltenrollen, die Merkmale und die Clustering-Optionen sind wie bei 'segscope cluster'.

  --k K                     Zahl der Segmente (erforderlich außer bei dbscan, hdbscan)
  --runs N                  Neuanpassungen mit anderen Startwerten (Standard 5)
  --bootstrap N             Bootstrap-Stichproben (Standard 20)
  --bootstrap-sample N      Kunden pro Stichprobe (Standard 5000; alle, wenn es weniger sind)
  --noise X                 Neuanpassung nach Addition von gaußschem Rauschen mit der
                            Standardabweichung X (skalierte Einheiten) zu jedem Wert
                            (Standard 0.05; 0 = aus)
  --noise-runs N            verrauschte Neuanpassungen, per ARI verglichen (Standard 5)
  --prediction-splits N     Vorhersagestärke bei K über N Halbierungen, jede Hälfte mit
                            der Hälfte jedes Segments (Standard 5; 0 = aus)
  --threads T               Arbeits-Threads, 0 = alle Kerne (Standard 0)
  --json OUT.json           die Kennzahlen pro Segment (erforderlich)
  --quiet                   nur Warnungen und Fehler ausgeben
</translation>
        </message>
        <message>
            <source>usage: segscope consensus INPUT --k K --json OUT.json [--out AGREEMENT.csv] [options]

Clusters resampled customers many times with several algorithms, counts how
often each pair of customers lands in the same cluster, and cuts those counts
into K segments by average linkage (consensus clustering, Monti et al. 2003).
Every customer gets the segment it agrees with most and its agreement: the
share of runs that put it with its segment's customers (1: every run agrees).
INPUT, the column roles and the features are as for 'segscope cluster'.

  --k K                     number of segments (required)
  --algorithms A,B          the algorithms that vote, each with its defaults at K
                            (default kmeans,gmm,ward)
  --runs N                  runs per algorithm (default 10)
  --subsample F             share of the customers each run is fitted on, 0..1
                            (default 0.8)
  --resampling M            subsample (default: without replacement) or
                            bootstrap (with replacement)
  --fit-rows N              at most N customers per run (default 10000; 0 = no
                            limit); every run's model then assigns all customers
  --sample M                customers the co-association matrix is computed and
                            cut on (default 2000, at most 5000)
  --seed S                  random seed (default 42); same seed, same result
  --threads T               worker threads, 0 = all cores (default 0)
  --json OUT.json           per segment its size and mean agreement; the share of
                            customers below 0.8 (required)
  --out AGREEMENT.csv       id,segment,agreement per customer
  --quiet                   print nothing but warnings and errors
</source>
            <translation>Aufruf: segscope consensus INPUT --k K --json OUT.json [--out AGREEMENT.csv] [Optionen]

Clustert neu gezogene Kunden viele Male mit mehreren Algorithmen, zählt, wie oft jedes
Kundenpaar im selben Cluster landet, und teilt diese Zählungen per Average Linkage in
K Segmente (Konsens-Clustering, Monti et al. 2003). Jeder Kunde erhält das Segment, mit
dem er am meisten übereinstimmt, und seine Übereinstimmung: den Anteil der Läufe, die
ihn mit den Kunden seines Segments zusammenlegen (1: jeder Lauf stimmt zu). INPUT, die
Spaltenrollen und die Merkmale sind wie bei 'segscope cluster'.

  --k K                     Zahl der Segmente (erforderlich)
  --algorithms A,B          die abstimmenden Algorithmen, jeweils mit ihren Standardwerten
                            bei K (Standard kmeans,gmm,ward)
  --runs N                  Läufe pro Algorithmus (Standard 10)
  --subsample F             Anteil der Kunden, auf den jeder Lauf angepasst wird, 0..1
                            (Standard 0.8)
  --resampling M            subsample (Standard: ohne Zurücklegen) oder
                            bootstrap (mit Zurücklegen)
  --fit-rows N              höchstens N Kunden pro Lauf (Standard 10000; 0 = keine
                            Grenze); das Modell jedes Laufs ordnet danach alle Kunden zu
  --sample M                Kunden, auf denen die Ko-Assoziationsmatrix berechnet und
                            geschnitten wird (Standard 2000, höchstens 5000)
  --seed S                  Startwert (Standard 42); gleicher Startwert, gleiches Ergebnis
  --threads T               Arbeits-Threads, 0 = alle Kerne (Standard 0)
  --json OUT.json           pro Segment Größe und mittlere Übereinstimmung; der Anteil
                            der Kunden unter 0.8 (erforderlich)
  --out AGREEMENT.csv       id,segment,agreement pro Kunde
  --quiet                   nur Warnungen und Fehler ausgeben
</translation>
        </message>
        <message>
            <source>usage: segscope clv TRANSACTIONS --customer-column C --date-column C --amount-column C
                    --calibration-end YYYY-MM-DD --json OUT [options]
       segscope clv CUSTOMERS --frequency-column C --recency-column C --tenure-column C
                    --monetary-column C --json OUT [options]

Fits the BG/NBD model of repeat purchases and the Gamma-Gamma model of spend per
purchase to a transaction log (CSV or SQLite, one purchase per row) and writes each
customer's expected purchases, probability of being alive, expected spend and
lifetime value (docs/value.md). A table with one row per customer and its
frequency, recency, T and monetary value can be given instead.

  --customer-column C       customer id column
  --date-column C           purchase date column (ISO, slash, dotted or YYYYMMDD)
  --amount-column C         amount column; negative amounts are returns
  --price-column C          instead of --amount-column: the unit price; a line's
                            amount is --quantity-column x price
  --quantity-column C       optional: units per line
  --channel-column C        optional: sales channel (shares per customer)
  --category-column C       optional: product category (breadth per customer)
  --calibration-end DATE    last day of the calibration period (YYYY-MM-DD)
  --holdout-end DATE        last day of a holdout period: predicted against actual
                            purchases in the JSON diagnostics
  --today DATE              dates after this are errors in the data (default:
                            today's date, UTC)
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
            <translation>Aufruf: segscope clv TRANSACTIONS --customer-column C --date-column C --amount-column C
                     --calibration-end YYYY-MM-DD --json OUT [Optionen]
        segscope clv CUSTOMERS --frequency-column C --recency-column C --tenure-column C
                     --monetary-column C --json OUT [Optionen]

Passt das BG/NBD-Modell der Wiederholungskäufe und das Gamma-Gamma-Modell der Ausgaben pro
Kauf an ein Transaktionsprotokoll an (CSV oder SQLite, ein Kauf pro Zeile) und schreibt für
jeden Kunden die erwarteten Käufe, die Wahrscheinlichkeit, noch aktiv zu sein, die erwarteten
Ausgaben und den Kundenwert (docs/value.md). Stattdessen kann auch eine Tabelle mit einer
Zeile pro Kunde und dessen Häufigkeit, Aktualität, T und Geldwert angegeben werden.

  --customer-column C       Spalte der Kunden-ID
  --date-column C           Spalte des Kaufdatums (ISO, mit Schrägstrich, Punkt oder YYYYMMDD)
  --amount-column C         Spalte des Betrags; negative Beträge sind Retouren
  --price-column C          statt --amount-column: der Stückpreis; der Betrag einer Zeile
                            ist --quantity-column x Preis
  --quantity-column C       optional: Stückzahl pro Zeile
  --channel-column C        optional: Vertriebskanal (Anteile pro Kunde)
  --category-column C       optional: Produktkategorie (Breite pro Kunde)
  --calibration-end DATE    letzter Tag des Kalibrierungszeitraums (YYYY-MM-DD)
  --holdout-end DATE        letzter Tag eines Holdout-Zeitraums: vorhergesagte gegen
                            tatsächliche Käufe in der JSON-Diagnose
  --today DATE              spätere Daten gelten als Fehler in den Daten (Standard: das
                            heutige Datum, UTC)
  --drop-duplicates         Zeilen, die in jeder Zelle gleich sind, einmal zählen (Standard:
                            beibehalten und gemeldet)
  --frequency-column C, --recency-column C, --tenure-column C, --monetary-column C
                            eine Kundenzusammenfassung statt eines Protokolls (Zeit in
                            --time-unit)
  --time-unit day|week|month   Einheit von Aktualität, T und Horizont (Standard week)
  --horizon N               Prognosehorizont in Zeiteinheiten (Standard ein Jahr:
                            365, 52 oder 12)
  --discount X              Diskontierungssatz pro Zeiteinheit (Standard 0)
  --margin X                Anteil der Ausgaben, der Gewinn ist, 0..1 (Standard 1)
  --table NAME              Tabelle oder View einer SQLite-Datenbank
  --delimiter D             CSV-Trennzeichen (Standard: erkannt)
  --date-order O            month-first (Standard) oder day-first bei Datumsangaben mit
                            Schrägstrich
  --threads T               Arbeits-Threads, 0 = alle Kerne (Standard 0)
  --json OUT.json           die Modelle, Summen, Diagnosen und Datenprobleme (erforderlich)
  --out CUSTOMERS.csv       pro Kunde: id, frequency, recency, T, monetary,
                            expected_purchases, p_alive, expected_spend, clv
  --charts CHECKS.pdf       die Modellprüfungen als Diagramme: Kunden nach Wiederholungskäufen,
                            gezählt und erwartet, und mit einem Holdout-Zeitraum dessen
                            Käufe, getätigt und vorhergesagt
  --quiet                   nur Warnungen und Fehler ausgeben
</translation>
        </message>
        <message>
            <source>usage: segscope embed INPUT --out EMB.csv [options]

Maps the customers in INPUT to two dimensions (the segment map) and writes
id,x,y per customer. INPUT, the column roles and the features are read and
prepared exactly as by 'segscope cluster' (see its help for --table, --delimiter,
--id-column, --label-column, --role, --categorical, --value-columns,
--date-columns, --date-order, --columns, --exclude, --features, --scale, --impute).

  --method umap|pca         UMAP (default: keeps each customer's neighbours) or
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
            <translation>Aufruf: segscope embed INPUT --out EMB.csv [Optionen]

Bildet die Kunden in INPUT auf zwei Dimensionen ab (die Segmentkarte) und schreibt
id,x,y pro Kunde. INPUT, die Spaltenrollen und die Merkmale werden genau wie bei
'segscope cluster' gelesen und aufbereitet (siehe dort die Hilfe zu --table, --delimiter,
--id-column, --label-column, --role, --categorical, --value-columns,
--date-columns, --date-order, --columns, --exclude, --features, --scale, --impute).

  --method umap|pca         UMAP (Standard: erhält die Nachbarn jedes Kunden) oder
                            die beiden ersten Hauptkomponenten
  --neighbors N             Nachbarschaftsgröße von UMAP, 2 bis Zeilen - 1 (Standard 15)
  --min-dist X              wie dicht UMAP die Punkte packt, 0 bis --spread (Standard 0.1)
  --spread X                Maßstab der UMAP-Karte (Standard 1)
  --metric M                euclidean (Standard), manhattan oder cosine
  --fit-sample N            UMAP auf N zufällig gezogenen Kunden anpassen und die übrigen
                            auf deren Karte platzieren (Standard 100000)
  --epochs N                UMAP-Optimierungsepochen, 0 = nach Größe (Standard: 500 bis
                            10 000 angepasste Kunden, sonst 200)
  --seed S                  Startwert (Standard 42); gleicher Startwert, gleiche Karte
  --threads T               Arbeits-Threads, 0 = alle Kerne (Standard 0); die Karte hängt
                            nicht davon ab
  --out EMB.csv             id,x,y pro Kunde schreiben (erforderlich)
  --json SUMMARY.json       die Zusammenfassung schreiben (Parameter, verwendeter Start, Zeiten)
  --quality N               die Vertrauenswürdigkeit (15 Nachbarn) auf N zufällig gezogenen
                            Kunden (N &gt; 30) zur Zusammenfassung hinzufügen
  --quiet                   nur Warnungen und Fehler ausgeben
</translation>
        </message>
        <message>
            <source>usage: segscope report INPUT --k K [cluster and value options] --pdf OUT.pdf
                [--page-size A4|Letter] [--xlsx OUT.xlsx] [--segments-csv F]
                [--personas-csv F] [--customers-csv F]
       segscope report --project P.segscope [--run N] [value options] --pdf OUT.pdf ...

With --project: run N of the project (default: the current run) as it was made, with
the segment names and the campaign recorded against it (segscope lift), without
clustering again.

Clusters INPUT as 'segscope cluster' does (same reading, role, feature and
clustering options: --table, --delimiter, --id-column, --label-column, --role,
--categorical, --value-columns, --date-columns, --date-order, --columns, --exclude,
--features, --scale, --impute, --algorithm, --seed, --n-init, --max-iter, --tol,
--restart-sample, --outliers, --silhouette-sample, --threads), values the customers
as 'segscope clv' does for a customer summary, drafts a persona per segment and
writes the persona report (docs/personas.md). Needs no display. At least one
output; all are written together or none is.

  --k K                     number of segments, 1 to 30 (required)
  --frequency-column C, --recency-column C, --tenure-column C [--monetary-column C]
                            the value model's columns (default: found by name,
                            such as frequency, recency, T, monetary_value)
  --time-unit day|week|month   unit of recency, T and the horizon (default week)
  --horizon N               forecast horizon in time units (default one year)
  --discount X              discount rate per time unit (default 0)
  --margin X                share of spend that is profit, 0..1 (default 1)
  --map pca|umap            the overview's map (default pca; umap as the explorer,
                            about 90 s per 100,000 customers)
  --sweep-max K             silhouette and inertia for k = 2..K on the methods page
                            (default 10; 0 = none)
  --stability-runs N        refits with other seeds compared by ARI (default 2)
  --pdf OUT.pdf             the persona report
  --page-size A4|Letter     the report's page size (default A4)
  --locale NAME             numbers and dates as in NAME, such as de_DE (default:
                            the system's)
  --title TEXT              the report's title
  --min-segment-size N      segments of fewer customers are suppressed: no figures,
                            persona or composition (default 10; 0 = none)
  --xlsx OUT.xlsx           workbook: Segments, Personas, Customers, About
  --segments-csv F          the segment table with 95% intervals
  --personas-csv F          the personas: label, description, channels, notes
  --customers-csv F         each customer's segment and lifetime value
  --quiet                   print nothing but warnings and errors
</source>
            <translation>Aufruf: segscope report INPUT --k K [Cluster- und Kundenwert-Optionen] --pdf OUT.pdf
                 [--page-size A4|Letter] [--xlsx OUT.xlsx] [--segments-csv F]
                 [--personas-csv F] [--customers-csv F]
        segscope report --project P.segscope [--run N] [Kundenwert-Optionen] --pdf OUT.pdf ...

Mit --project: Lauf N des Projekts (Standard: der aktuelle Lauf) so, wie er erstellt wurde,
mit den Segmentnamen und der dazu erfassten Kampagne (segscope lift), ohne erneut zu
clustern.

Clustert INPUT wie 'segscope cluster' (gleiche Lese-, Rollen-, Merkmals- und
Clustering-Optionen: --table, --delimiter, --id-column, --label-column, --role,
--categorical, --value-columns, --date-columns, --date-order, --columns, --exclude,
--features, --scale, --impute, --algorithm, --seed, --n-init, --max-iter, --tol,
--restart-sample, --outliers, --silhouette-sample, --threads), ermittelt den Kundenwert
wie 'segscope clv' bei einer Kundenzusammenfassung, entwirft eine Persona pro Segment
und schreibt den Persona-Bericht (docs/personas.md). Braucht keine Anzeige. Mindestens
eine Ausgabe; es werden alle gemeinsam geschrieben oder keine.

  --k K                     Zahl der Segmente, 1 bis 30 (erforderlich)
  --frequency-column C, --recency-column C, --tenure-column C [--monetary-column C]
                            die Spalten des Wertmodells (Standard: am Namen erkannt,
                            etwa frequency, recency, T, monetary_value)
  --time-unit day|week|month   Einheit von Aktualität, T und Horizont (Standard week)
  --horizon N               Prognosehorizont in Zeiteinheiten (Standard ein Jahr)
  --discount X              Diskontierungssatz pro Zeiteinheit (Standard 0)
  --margin X                Anteil der Ausgaben, der Gewinn ist, 0..1 (Standard 1)
  --map pca|umap            die Karte der Übersicht (Standard pca; umap wie im Explorer,
                            etwa 90 s pro 100 000 Kunden)
  --sweep-max K             Silhouette und Inertia für k = 2..K auf der Methodenseite
                            (Standard 10; 0 = keine)
  --stability-runs N        Neuanpassungen mit anderen Startwerten, per ARI verglichen
                            (Standard 2)
  --pdf OUT.pdf             der Persona-Bericht
  --page-size A4|Letter     das Seitenformat des Berichts (Standard A4)
  --locale NAME             Zahlen und Daten wie in NAME, etwa de_DE (Standard:
                            die des Systems)
  --title TEXT              der Titel des Berichts
  --min-segment-size N      Segmente mit weniger Kunden werden unterdrückt: keine Kennzahlen,
                            Persona oder Zusammensetzung (Standard 10; 0 = keine)
  --xlsx OUT.xlsx           Arbeitsmappe: Segments, Personas, Customers, About
  --segments-csv F          die Segmenttabelle mit 95%-Intervallen
  --personas-csv F          die Personas: Bezeichnung, Beschreibung, Kanäle, Notizen
  --customers-csv F         Segment und Kundenwert jedes Kunden
  --quiet                   nur Warnungen und Fehler ausgeben
</translation>
        </message>
        <message>
            <source>usage: segscope project create INPUT --out P.segscope [--hash-ids] [cluster options]
       segscope project info P.segscope [--json]
       segscope project runs P.segscope [--json]
       segscope project compare P.segscope RUN_A RUN_B [--json OUT.json]

A project (docs/projects.md) keeps the imported customers, every run with its
fitted model, segment names and the explorer's view in one file that opens
without the source data.

  create      reads INPUT as 'cluster' does (same reading and role options) and
              writes the project; with --k it also adds the first run. Columns
              with the personal role are recorded but not stored.
    --hash-ids      replace the --id-column values by salted hashes
    --note TEXT     the first run's annotation
  info        the format version, source, fingerprint, privacy, columns and counts
  runs        every run: parameters, metrics, annotation; * marks the current one;
              'same as' names an earlier run with the same data, spec, options
              and seed (! when its assignments differ)
  --json      print JSON instead of text
  compare     where the customers of run A's segments are in run B: the table of
              counts and shares, the adjusted Rand index, and which segments
              stayed, split, merged, are gone or new (a part counts from 20% of a
              segment); over the customers both runs assign to a segment
    --json OUT.json  also write the comparison as JSON

Add runs with 'segscope cluster --project P.segscope --k K'. An unreadable,
damaged or newer project exits with code 4.
</source>
            <translation>Aufruf: segscope project create INPUT --out P.segscope [--hash-ids] [cluster-Optionen]
        segscope project info P.segscope [--json]
        segscope project runs P.segscope [--json]
        segscope project compare P.segscope RUN_A RUN_B [--json OUT.json]

Ein Projekt (docs/projects.md) enthält die importierten Kunden, jeden Lauf mit seinem
angepassten Modell, die Segmentnamen und die Ansicht des Explorers in einer Datei, die
sich ohne die Quelldaten öffnen lässt.

  create      liest INPUT wie 'cluster' (gleiche Lese- und Rollenoptionen) und
              schreibt das Projekt; mit --k fügt es auch den ersten Lauf hinzu. Spalten
              mit der Rolle personal werden erfasst, aber nicht gespeichert.
    --hash-ids      die Werte von --id-column durch gesalzene Hashwerte ersetzen
    --note TEXT     die Notiz zum ersten Lauf
  info        Formatversion, Quelle, Fingerabdruck, Datenschutz, Spalten und Anzahlen
  runs        jeder Lauf: Parameter, Metriken, Notiz; * markiert den aktuellen;
              'gleich' nennt einen früheren Lauf mit denselben Daten, derselben
              Spezifikation, denselben Optionen und demselben Startwert (! wenn seine
              Zuordnungen abweichen)
  --json      JSON statt Text ausgeben
  compare     wo die Kunden der Segmente von Lauf A in Lauf B gelandet sind: die Tabelle
              der Anzahlen und Anteile, der bereinigte Rand-Index und welche Segmente
              blieben, sich aufteilten, zusammengingen, verschwanden oder neu sind (ein
              Teil zählt ab 20% eines Segments); über die Kunden, die beide Läufe einem
              Segment zuordnen
    --json OUT.json  den Vergleich zusätzlich als JSON schreiben

Fügen Sie Läufe mit 'segscope cluster --project P.segscope --k K' hinzu. Bei einem
unlesbaren, beschädigten oder neueren Projekt endet segscope mit Code 4.
</translation>
        </message>
        <message>
            <source>usage: segscope export P.segscope --out ASSIGN.csv [--run N] [--no-record]

Writes the assignments of run N (default: the current run) as 'cluster --out'
does: id,segment,distance per customer, ids as stored (hashed when the project
hashes them). See 'segscope project runs' for the run numbers. Each export is
recorded in the project for audit (--no-record leaves it untouched).
</source>
            <translation>Aufruf: segscope export P.segscope --out ASSIGN.csv [--run N] [--no-record]

Schreibt die Zuordnungen von Lauf N (Standard: der aktuelle Lauf) wie 'cluster --out':
id,segment,distance pro Kunde, IDs wie gespeichert (gehasht, wenn das Projekt sie
hasht). Die Laufnummern zeigt 'segscope project runs'. Jeder Export wird im Projekt
für Audits protokolliert (--no-record lässt es unverändert).
</translation>
        </message>
        <message>
            <source>usage: segscope score P.segscope NEW.csv|NEW.db --out SCORES.csv|SCORES.jsonl [--run N]
                      [--json SUMMARY.json] [--format csv|jsonl] [--id-column C]
                      [--table T] [--delimiter D] [--date-order O] [--psi-threshold X]
                      [--share-threshold X] [--fail-on-drift] [--no-record] [--threads T]
                      [--quiet]

Scores new customers into the segments of run N (default: the current run) with the
run's own transforms and model, reading the file in chunks. Each customer gets its id,
segment and name, distance to the segment's centre, margin to the next centre, a
confidence (0..1) and an anomaly flag with its reason: farther out than 99 in 100 of
the segment's customers, a level the run never saw, a value outside the run's range.
The summary compares each segment's share with its share in the run. The file must
have the run's columns (an error names any that is missing); the id column is the
project's unless --id-column says otherwise. Drift: each column's population
stability index and each segment's share against the run's; retraining is
recommended above --psi-threshold (0.25) or --share-threshold (0.05), and
--fail-on-drift then exits with 5. Each batch's summary is recorded in the
project (--no-record leaves it untouched). See docs/cli.md.
</source>
            <translation>Aufruf: segscope score P.segscope NEW.csv|NEW.db --out SCORES.csv|SCORES.jsonl [--run N]
                       [--json SUMMARY.json] [--format csv|jsonl] [--id-column C]
                       [--table T] [--delimiter D] [--date-order O] [--psi-threshold X]
                       [--share-threshold X] [--fail-on-drift] [--no-record] [--threads T]
                       [--quiet]

Ordnet neue Kunden den Segmenten von Lauf N zu (Standard: der aktuelle Lauf), mit den
Transformationen und dem Modell des Laufs selbst, und liest die Datei dabei in Blöcken.
Jeder Kunde erhält ID, Segment und Namen, den Abstand zum Zentrum des Segments, den
Vorsprung vor dem nächsten Zentrum, eine Konfidenz (0..1) und ein Anomalie-Kennzeichen
mit Begründung: weiter außen als 99 von 100 Kunden des Segments, eine Ausprägung, die
der Lauf nie gesehen hat, ein Wert außerhalb des Wertebereichs des Laufs. Die
Zusammenfassung vergleicht den Anteil jedes Segments mit seinem Anteil im Lauf. Die
Datei muss die Spalten des Laufs enthalten (eine Fehlermeldung nennt jede fehlende);
die ID-Spalte ist die des Projekts, sofern --id-column nichts anderes angibt. Drift: der
Populationsstabilitätsindex jeder Spalte und der Anteil jedes Segments gegenüber dem
Lauf; oberhalb von --psi-threshold (0.25) oder --share-threshold (0.05) wird empfohlen,
neu zu trainieren, und --fail-on-drift endet dann mit 5. Die Zusammenfassung jedes
Stapels wird im Projekt protokolliert (--no-record lässt es unverändert). Siehe
docs/cli.md.
</translation>
        </message>
        <message>
            <source>usage: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME
                           [--id-column C] [--run N] [--out QUERY.sql] [--no-record]

Writes one SQL query that scores the customers of table NAME into the segments of run N
(default: the current run) inside the warehouse: the run's fill values, transforms,
scaling and weights, then the nearest centre (or most probable mixture component).
It returns what 'segscope score' writes: id, segment, segment_name, distance, margin,
confidence and anomaly (0/1). NAME may be schema.table; each part is quoted, so spell
it as the warehouse does. The id column is the project's unless --id-column says
otherwise. Density runs (DBSCAN, HDBSCAN) cannot be written as one query. The query
goes to standard output unless --out names a file. Each query written is recorded in
the project for audit (--no-record leaves it untouched). See docs/scoring-sql.md.
</source>
            <translation>Aufruf: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME
                            [--id-column C] [--run N] [--out QUERY.sql] [--no-record]

Schreibt eine SQL-Abfrage, die die Kunden der Tabelle NAME im Warehouse den Segmenten von
Lauf N zuordnet (Standard: der aktuelle Lauf): die Ersatzwerte, Transformationen,
Skalierung und Gewichte des Laufs, dann das nächstgelegene Zentrum (oder die
wahrscheinlichste Mischkomponente). Sie liefert, was 'segscope score' schreibt: id,
segment, segment_name, distance, margin, confidence und anomaly (0/1). NAME darf
schema.table sein; jeder Teil wird in Anführungszeichen gesetzt, schreiben Sie ihn also
so wie das Warehouse. Die ID-Spalte ist die des Projekts, sofern --id-column nichts
anderes angibt. Dichte-Läufe (DBSCAN, HDBSCAN) lassen sich nicht als eine Abfrage
schreiben. Die Abfrage geht an die Standardausgabe, sofern --out keine Datei nennt. Jede
geschriebene Abfrage wird im Projekt für Audits protokolliert (--no-record lässt es
unverändert). Siehe docs/scoring-sql.md.
</translation>
        </message>
        <message>
            <source>usage: segscope serve P.segscope [--port N] [--bind ADDRESS] [--run N] [--threads T]
                      [--max-batch N] [--max-body-mb M] [--quiet]

Scores customers over HTTP into the segments of run N (default: the current run):
POST /score with {"customers": [{"column": value, ...}, ...]} answers with each
customer's segment, distance, confidence and anomaly flag, as segscope score does.
GET /health reports the model version; GET /model the columns and segments. Binds to
127.0.0.1 port 8750 by default (port 0: any free port; the line on standard output
says which). Malformed, oversized (more than N customers, default 10000, or M MB,
default 16) and wrong-schema requests get a 4xx with a JSON message. SIGHUP reloads
the project (a new current run is served from then on); SIGTERM and SIGINT stop.
T request threads (default: 4 per core, at least 8). See docs/scoring-service.md.
</source>
            <translation>Aufruf: segscope serve P.segscope [--port N] [--bind ADDRESS] [--run N] [--threads T]
                       [--max-batch N] [--max-body-mb M] [--quiet]

Ordnet Kunden über HTTP den Segmenten von Lauf N zu (Standard: der aktuelle Lauf):
POST /score mit {"customers": [{"column": value, ...}, ...]} antwortet mit Segment,
Abstand, Konfidenz und Anomalie-Kennzeichen jedes Kunden, wie segscope score.
GET /health meldet die Modellversion, GET /model die Spalten und Segmente. Bindet
standardmäßig an 127.0.0.1, Port 8750 (Port 0: ein beliebiger freier Port; die Zeile
auf der Standardausgabe nennt ihn). Fehlerhafte, zu große (mehr als N Kunden, Standard
10000, oder M MB, Standard 16) und Anfragen mit falschem Schema erhalten einen 4xx-Status
mit einer JSON-Meldung. SIGHUP lädt das Projekt neu (ein neuer aktueller Lauf wird ab
dann bereitgestellt); SIGTERM und SIGINT beenden. T Anfrage-Threads (Standard: 4 pro
Kern, mindestens 8). Siehe docs/scoring-service.md.
</translation>
        </message>
        <message>
            <source>usage: segscope retrain P.segscope NEW.csv --out NEXT.segscope [--run N] [--if-drift]
                        [--fallback] [--silhouette-tolerance X] [--min-stability X]
                        [--min-segment-share X] [--psi-threshold X] [--share-threshold X]
                        [--json SUMMARY.json] [--no-record] [--quiet]

Refits run N (default: the current run) on the customers of NEW with the same spec and
options, and judges the refit against the run on those same customers. The refit
replaces the run when its silhouette is at most X below the run's (default 0.02), its
segments hold across seeds (stability at least 0.8) and none holds less than 2% of the
customers. Then NEXT is written: a project of NEW's customers whose run continues the
numbering, with segment names, personas and notes carried to the segments that
continue them (matched by shared customers); which segments stayed, split, merged,
retired or appeared is printed and recorded. Otherwise the run stays and NEXT is not
written; --fallback first tries k-means with its defaults under the same rules.
--if-drift retrains only when NEW has drifted from the run (as segscope score judges
it). The project records every retraining (--no-record leaves it untouched).
Exit 0 when NEXT was written, 6 when the run stays. See docs/retraining.md.
</source>
            <translation>Aufruf: segscope retrain P.segscope NEW.csv --out NEXT.segscope [--run N] [--if-drift]
                         [--fallback] [--silhouette-tolerance X] [--min-stability X]
                         [--min-segment-share X] [--psi-threshold X] [--share-threshold X]
                         [--json SUMMARY.json] [--no-record] [--quiet]

Passt Lauf N (Standard: der aktuelle Lauf) mit derselben Spezifikation und denselben
Optionen neu an die Kunden von NEW an und bewertet die Neuanpassung gegenüber dem Lauf
auf genau diesen Kunden. Die Neuanpassung ersetzt den Lauf, wenn ihre Silhouette höchstens
X unter der des Laufs liegt (Standard 0.02), ihre Segmente über Startwerte hinweg halten
(Stabilität mindestens 0.8) und keines weniger als 2% der Kunden enthält. Dann wird NEXT
geschrieben: ein Projekt der Kunden von NEW, dessen Lauf die Nummerierung fortsetzt, mit
Segmentnamen, Personas und Notizen, übertragen auf die Segmente, die sie fortführen
(zugeordnet über gemeinsame Kunden); welche Segmente blieben, sich aufteilten,
zusammengingen, wegfielen oder hinzukamen, wird ausgegeben und protokolliert. Andernfalls
bleibt der Lauf bestehen und NEXT wird nicht geschrieben; --fallback probiert vorher noch
k-means mit dessen Standardwerten nach denselben Regeln.
--if-drift trainiert nur neu, wenn NEW gegenüber dem Lauf gedriftet ist (wie segscope
score es beurteilt). Das Projekt protokolliert jedes Neutraining (--no-record lässt es
unverändert).
Exit-Code 0, wenn NEXT geschrieben wurde, 6, wenn der Lauf bestehen bleibt. Siehe
docs/retraining.md.
</translation>
        </message>
        <message>
            <source>usage: segscope demo-data --out FILE.csv [--rows N] [--seed S] [--threads T] [--clv-inputs]

Writes the synthetic demo customer base (docs/demo-data.md): N customers (default 50000)
from seed S (default 7), with the generating segment in the column true_segment.
--clv-inputs adds the lifetime-value inputs frequency, recency, T and monetary_value
(weeks), for segscope clv; give them --role NAME=ignored when clustering the file.
</source>
            <translation>Aufruf: segscope demo-data --out FILE.csv [--rows N] [--seed S] [--threads T] [--clv-inputs]

Schreibt den synthetischen Demo-Kundenstamm (docs/demo-data.md): N Kunden (Standard 50000)
aus Startwert S (Standard 7), mit dem erzeugenden Segment in der Spalte true_segment.
--clv-inputs ergänzt die Eingaben für den Kundenwert frequency, recency, T und
monetary_value (in Wochen) für segscope clv; geben Sie ihnen beim Clustern der Datei
--role NAME=ignored.
</translation>
        </message>
        <message>
            <source>usage: segscope help [COMMAND]
</source>
            <translation>Aufruf: segscope help [COMMAND]
</translation>
        </message>
        <message>
            <source>usage: segscope COMMAND [options]

Commands:
  cluster     cluster customers into segments
  sweep       fit quality for a range of k, and the k it suggests
  stability   how far a segmentation holds across seeds and resamples
  consensus   segments many clusterings agree on; each customer's agreement
  clv         fit purchase and spend models; customer lifetime value
  embed       map customers to 2-D (UMAP or PCA)
  report      the persona report (PDF), workbook (XLSX) and CSV tables
  demo-data   write the synthetic demo customer base
  project     create a project file, show its contents and runs, compare runs
  export      write the assignments of a project's run
  score       score new customers into a project's segments, with anomaly flags
  export-sql  the SQL query that scores a warehouse table into a project's segments
  lift        a campaign's lift in conversion and revenue, per segment
  retrain     refit a run on new customers; keep it only if it is better
  serve       score customers over HTTP (JSON)
  help        show help for a command

Options:
  --version   print the version
  --help      show this help

Exit codes: 0 ok, 2 usage error, 3 invalid input data, 4 I/O error, 5 drift (score --fail-on-drift),
6 the current model stays (retrain).
See 'segscope help COMMAND' for the options of a command.
</source>
            <translation>Aufruf: segscope COMMAND [Optionen]

Befehle:
  cluster     Kunden in Segmente clustern
  sweep       Anpassungsgüte für einen Bereich von k und das k, das sie nahelegt
  stability   wie gut eine Segmentierung über Startwerte und Stichproben hinweg hält
  consensus   Segmente, auf die sich viele Clusterings einigen; Übereinstimmung je Kunde
  clv         Kauf- und Ausgabenmodelle anpassen; Kundenwert (CLV)
  embed       Kunden auf 2-D abbilden (UMAP oder PCA)
  report      der Persona-Bericht (PDF), die Arbeitsmappe (XLSX) und CSV-Tabellen
  demo-data   den synthetischen Demo-Kundenstamm schreiben
  project     eine Projektdatei anlegen, Inhalt und Läufe zeigen, Läufe vergleichen
  export      die Zuordnungen eines Laufs eines Projekts schreiben
  score       neue Kunden den Segmenten eines Projekts zuordnen, mit Anomalie-Kennzeichen
  export-sql  die SQL-Abfrage, die eine Warehouse-Tabelle den Segmenten eines Projekts zuordnet
  lift        der Uplift einer Kampagne bei Conversion und Umsatz, pro Segment
  retrain     einen Lauf auf neuen Kunden neu anpassen; nur übernehmen, wenn er besser ist
  serve       Kunden über HTTP zuordnen (JSON)
  help        Hilfe zu einem Befehl anzeigen

Optionen:
  --version   die Version ausgeben
  --help      diese Hilfe anzeigen

Exit-Codes: 0 ok, 2 Aufruffehler, 3 ungültige Eingabedaten, 4 E/A-Fehler,
5 Drift (score --fail-on-drift), 6 das aktuelle Modell bleibt (retrain).
Die Optionen eines Befehls zeigt 'segscope help COMMAND'.
</translation>
        </message>
        <message>
            <source>segscope: unknown command '%1'
</source>
            <translation>segscope: unbekannter Befehl '%1'
</translation>
        </message>
        <message>
            <source>--delimiter must be one character such as , ; | or the word tab or space (not a quote or a line break), not '%1'</source>
            <translation>--delimiter muss ein einzelnes Zeichen wie , ; | oder das Wort tab bzw. space sein (kein Anführungszeichen und kein Zeilenumbruch), nicht '%1'</translation>
        </message>
        <message>
            <source>--date-order must be month-first (3/31/2024) or day-first (31/3/2024), not '%1'</source>
            <translation>--date-order muss month-first (3/31/2024) oder day-first (31/3/2024) sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, such as 1997-09-30, not '%2'</source>
            <translation>--%1 muss ein Datum im Format YYYY-MM-DD sein, etwa 1997-09-30, nicht '%2'</translation>
        </message>
        <message>
            <source>--table %1 reads a table of an SQLite database, but %2 is not one (it does not start with the SQLite header); leave out --table to read it as CSV</source>
            <translation>--table %1 liest eine Tabelle aus einer SQLite-Datenbank, aber %2 ist keine (die Datei beginnt nicht mit dem SQLite-Header); lassen Sie --table weg, um sie als CSV zu lesen</translation>
        </message>
        <message>
            <source>%1 (with --table NAME)</source>
            <translation>%1 (mit --table NAME)</translation>
        </message>
        <message>
            <source>a transaction log needs either --amount-column (what each line cost) or --price-column with --quantity-column (the unit price and the units)</source>
            <translation>ein Transaktionsprotokoll braucht entweder --amount-column (was jede Zeile gekostet hat) oder --price-column mit --quantity-column (Stückpreis und Stückzahl)</translation>
        </message>
        <message>
            <source>--price-column needs --quantity-column: a line's amount is quantity x unit price</source>
            <translation>--price-column braucht --quantity-column: der Betrag einer Zeile ist Menge x Stückpreis</translation>
        </message>
        <message>
            <source>--%1 %2: %3 has no such column</source>
            <translation>--%1 %2: %3 hat keine solche Spalte</translation>
        </message>
        <message>
            <source>Holm's method</source>
            <translation>Holm-Verfahren</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg</source>
            <translation>Benjamini-Hochberg</translation>
        </message>
        <message>
            <source>nothing (no correction)</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>
Conversion: treated against control; difference in points with its %1% interval (Newcombe); p-values adjusted by %2
</source>
            <translation>
Conversion: Test- gegen Kontrollgruppe; Differenz in Prozentpunkten mit %1%-Intervall (Newcombe); p-Wert-Korrektur: %2
</translation>
        </message>
        <message>
            <source>segment                    treated  control  treated  control  difference [interval]        lift     p adj.
</source>
            <translation>Segment                       Test Kontrolle    Test Kontrolle Differenz [Intervall]        Uplift   p korr.
</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>nicht verglichen</translation>
        </message>
        <message>
            <source>
Revenue per customer: treated against control; difference with its %1% bootstrap interval; p-values (Welch) adjusted by %2
</source>
            <translation>
Umsatz pro Kunde: Test- gegen Kontrollgruppe; Differenz mit %1%-Bootstrap-Intervall; p-Werte nach Welch, Korrektur: %2
</translation>
        </message>
        <message>
            <source>segment                    treated  control  difference [interval]            lift     p adj.
</source>
            <translation>Segment                       Test Kontrolle Differenz [Intervall]            Uplift   p korr.
</translation>
        </message>
        <message>
            <source>lift needs the project and the campaign: segscope lift P.segscope CAMPAIGN.csv</source>
            <translation>lift braucht das Projekt und die Kampagne: segscope lift P.segscope CAMPAIGN.csv</translation>
        </message>
        <message>
            <source>--correction %1: the corrections are holm (family-wise error), bh (false discovery rate) and none</source>
            <translation>--correction %1: die Korrekturen sind holm (familienweiser Fehler), bh (Falscherkennungsrate) und none</translation>
        </message>
        <message>
            <source>the campaign</source>
            <translation>die Kampagne</translation>
        </message>
        <message>
            <source>%1 has no column '%2' (the customer id): name it with --id-column</source>
            <translation>%1 hat keine Spalte '%2' (die Kunden-ID): nennen Sie sie mit --id-column</translation>
        </message>
        <message>
            <source>%1: which column holds the arm (treatment or control)? None is called %2: name it with --arm-column</source>
            <translation>%1: Welche Spalte enthält den Arm (Test oder Kontrolle)? Keine heißt %2: nennen Sie sie mit --arm-column</translation>
        </message>
        <message>
            <source>%1 has neither a conversion column (%2) nor a revenue column (%3): name one with --conversion-column or --revenue-column</source>
            <translation>%1 hat weder eine Conversion-Spalte (%2) noch eine Umsatzspalte (%3): nennen Sie eine mit --conversion-column oder --revenue-column</translation>
        </message>
        <message>
            <source>warning: segment %1: %2
</source>
            <translation>Warnung: Segment %1: %2
</translation>
        </message>
        <message>
            <source>unknown command '%1'</source>
            <translation>unbekannter Befehl '%1'</translation>
        </message>
        <message>
            <source>segscope: %1
</source>
            <translation>segscope: %1
</translation>
        </message>
        <message>
            <source>Run 'segscope help' for usage.
</source>
            <translation>Hilfe zum Aufruf: 'segscope help'.
</translation>
        </message>
        <message>
            <source>segscope: error: %1
</source>
            <translation>segscope: Fehler: %1
</translation>
        </message>
        <message>
            <source>segscope: cancelled
</source>
            <translation>segscope: abgebrochen
</translation>
        </message>
        <message>
            <source>segscope: out of memory
</source>
            <translation>segscope: nicht genügend Arbeitsspeicher
</translation>
        </message>
        <message>
            <source>segscope: internal error: %1
</source>
            <translation>segscope: interner Fehler: %1
</translation>
        </message>
        <message>
            <source>--k-max %1 is below --k-min %2</source>
            <translation>--k-max %1 ist kleiner als --k-min %2</translation>
        </message>
        <message>
            <source>sweep varies k, and %1 finds the number of segments itself: use cluster or stability</source>
            <translation>sweep variiert k, und %1 bestimmt die Zahl der Segmente selbst: verwenden Sie cluster oder stability</translation>
        </message>
        <message>
            <source>--k-max %1 needs more customers than that; %2 has %3</source>
            <translation>--k-max %1 braucht mehr Kunden; %2 hat %3</translation>
        </message>
        <message>
            <source>prediction strength needs twice --k-max customers; not measured</source>
            <translation>die Vorhersagestärke braucht doppelt so viele Kunden wie --k-max; nicht gemessen</translation>
        </message>
        <message>
            <source>Gap statistic: k = 1, the customers are no more grouped than uniform data.</source>
            <translation>Gap-Statistik: k = 1, die Kunden sind nicht stärker gruppiert als gleichverteilte Daten.</translation>
        </message>
        <message>
            <source>Gap statistic: k = %1, the smallest k that k + 1 does not improve on.</source>
            <translation>Gap-Statistik: k = %1, das kleinste k, bei dem k + 1 keine Verbesserung bringt.</translation>
        </message>
        <message>
            <source>Gap statistic: the gap still grows at k = %1; more segments may be warranted.</source>
            <translation>Gap-Statistik: der Gap wächst bei k = %1 noch; mehr Segmente könnten gerechtfertigt sein.</translation>
        </message>
        <message>
            <source>Prediction strength: k = %1 is the largest k whose segments, found on half of the customers, predict which customers belong together in the other half (0.8 or more).</source>
            <translation>Vorhersagestärke: k = %1 ist das größte k, dessen Segmente, auf einer Hälfte der Kunden gefunden, vorhersagen, welche Kunden in der anderen Hälfte zusammengehören (0.8 oder mehr).</translation>
        </message>
        <message>
            <source>Prediction strength: no k from %1 to %2 reaches 0.8; its segments do not reproduce across halves of the customers.</source>
            <translation>Vorhersagestärke: kein k von %1 bis %2 erreicht 0.8; die Segmente lassen sich zwischen Hälften der Kunden nicht reproduzieren.</translation>
        </message>
        <message>
            <source>%1 %2 %3 %4 %5 %6 %7
</source>
            <translation>%1 %2 %3 %4 %5 %6 %7
</translation>
        </message>
        <message>
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <source>inertia</source>
            <translation>Inertia</translation>
        </message>
        <message>
            <source>silhouette</source>
            <translation>Silhouette</translation>
        </message>
        <message>
            <source>DB</source>
            <translation>DB</translation>
        </message>
        <message>
            <source>CH</source>
            <translation>CH</translation>
        </message>
        <message>
            <source>gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>PS</source>
            <translation>VS</translation>
        </message>
        <message>
            <source>stability needs --k, the number of segments</source>
            <translation>stability braucht --k, die Zahl der Segmente</translation>
        </message>
        <message>
            <source>prediction strength %1 is below 0.8: %2 segments found on half of the customers do not reliably reproduce on the other half</source>
            <translation>Vorhersagestärke %1 liegt unter 0.8: %2 Segmente, die auf einer Hälfte der Kunden gefunden wurden, reproduzieren sich auf der anderen Hälfte nicht zuverlässig</translation>
        </message>
        <message>
            <source>prediction strength (half predicts half, %1 splits): %2
</source>
            <translation>Vorhersagestärke (Hälfte sagt Hälfte vorher, %1 Teilungen): %2
</translation>
        </message>
        <message>
            <source>%1 %2 %3
</source>
            <translation>%1 %2 %3
</translation>
        </message>
        <message>
            <source>jaccard</source>
            <translation>Jaccard</translation>
        </message>
        <message>
            <source>  unstable</source>
            <translation>  instabil</translation>
        </message>
        <message>
            <source>%1 needs exactly one project file (P.segscope)</source>
            <translation>%1 braucht genau eine Projektdatei (P.segscope)</translation>
        </message>
        <message>
            <source>project      %1 (format version %2, saved by SegmentScope %3 at %4)
</source>
            <translation>Projekt      %1 (Formatversion %2, gespeichert von SegmentScope %3 am %4)
</translation>
        </message>
        <message>
            <source>source       %1 (imported %2)
</source>
            <translation>Quelle       %1 (importiert %2)
</translation>
        </message>
        <message>
            <source>customers    %1, fingerprint %2
</source>
            <translation>Kunden       %1, Fingerabdruck %2
</translation>
        </message>
        <message>
            <source>ids          no id column
</source>
            <translation>IDs          keine ID-Spalte
</translation>
        </message>
        <message>
            <source>ids          column '%1'%2
</source>
            <translation>IDs          Spalte '%1'%2
</translation>
        </message>
        <message>
            <source>, replaced by salted hashes</source>
            <translation>, ersetzt durch gesalzene Hashwerte</translation>
        </message>
        <message>
            <source>columns      %1 (%2 stored)
</source>
            <translation>Spalten      %1 (%2 gespeichert)
</translation>
        </message>
        <message>
            <source>personal data, not stored</source>
            <translation>personenbezogene Daten, nicht gespeichert</translation>
        </message>
        <message>
            <source>runs         %1, current %2
</source>
            <translation>Läufe        %1, aktuell: %2
</translation>
        </message>
        <message>
            <source>names        %1 segment names, %2 view settings, %3 documents
</source>
            <translation>Namen        %1 Segmentnamen, %2 Ansichtseinstellungen, %3 Dokumente
</translation>
        </message>
        <message>
            <source>  run  created               algorithm   k        seed  silhouette  same as  note
</source>
            <translation>  Lauf  erstellt              Verfahren   k   Startwert Silhouette   gleich  Notiz
</translation>
        </message>
        <message>
            <source>(no runs: add one with segscope cluster --project %1 --k K)
</source>
            <translation>(keine Läufe: fügen Sie einen mit segscope cluster --project %1 --k K hinzu)
</translation>
        </message>
        <message>
            <source>same as: an earlier run with the same data, spec, options and seed (! when its assignments differ)
</source>
            <translation>gleich: ein früherer Lauf mit denselben Daten, derselben Spezifikation, denselben Optionen und demselben Startwert (! wenn seine Zuordnungen abweichen)
</translation>
        </message>
        <message>
            <source>--run %1: the project has no such run; its runs are %2</source>
            <translation>--run %1: diesen Lauf gibt es im Projekt nicht; vorhandene Läufe: %2</translation>
        </message>
        <message>
            <source>project needs a subcommand: create, info, runs or compare</source>
            <translation>project braucht einen Unterbefehl: create, info, runs oder compare</translation>
        </message>
        <message>
            <source>unknown project subcommand '%1'; the subcommands are create, info, runs and compare</source>
            <translation>unbekannter project-Unterbefehl '%1'; die Unterbefehle sind create, info, runs und compare</translation>
        </message>
        <message>
            <source>export needs --out, the assignments file to write (ASSIGN.csv)</source>
            <translation>export braucht --out, die zu schreibende Zuordnungsdatei (ASSIGN.csv)</translation>
        </message>
        <message>
            <source>report is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)</source>
            <translation>report ist nicht verfügbar: dieses segscope wurde ohne die GUI-Bibliotheken gebaut (SEG_BUILD_GUI=OFF)</translation>
        </message>
        <message>
            <source>report --project takes no INPUT: the project holds the customers</source>
            <translation>report --project nimmt kein INPUT an: das Projekt enthält die Kunden</translation>
        </message>
        <message>
            <source>--%1: report --project reports a run as it was made; reading and feature options belong to the run</source>
            <translation>--%1: report --project berichtet über einen Lauf so, wie er erstellt wurde; Lese- und Merkmalsoptionen gehören zum Lauf</translation>
        </message>
        <message>
            <source>--%1: report --project reports a run as it was made; its clustering options are the run's</source>
            <translation>--%1: report --project berichtet über einen Lauf so, wie er erstellt wurde; seine Clustering-Optionen sind die des Laufs</translation>
        </message>
        <message>
            <source>--k: report --project reports a run as it was made, with its number of segments</source>
            <translation>--k: report --project berichtet über einen Lauf so, wie er erstellt wurde, mit dessen Zahl an Segmenten</translation>
        </message>
        <message>
            <source>--run needs --project</source>
            <translation>--run braucht --project</translation>
        </message>
        <message>
            <source>report needs exactly one INPUT file (CSV or SQLite) of customers, or --project P.segscope</source>
            <translation>report braucht genau eine INPUT-Datei (CSV oder SQLite) mit Kunden oder --project P.segscope</translation>
        </message>
        <message>
            <source>report needs --k, the number of segments</source>
            <translation>report braucht --k, die Zahl der Segmente</translation>
        </message>
        <message>
            <source>report needs an output: --pdf OUT.pdf, --xlsx OUT.xlsx, --segments-csv, --personas-csv or --customers-csv</source>
            <translation>report braucht eine Ausgabe: --pdf OUT.pdf, --xlsx OUT.xlsx, --segments-csv, --personas-csv oder --customers-csv</translation>
        </message>
        <message>
            <source>--page-size applies to --pdf</source>
            <translation>--page-size gilt für --pdf</translation>
        </message>
        <message>
            <source>--algorithm %1: the report is made for a chosen number of segments; use kmeans, gmm or ward</source>
            <translation>--algorithm %1: der Bericht wird für eine gewählte Zahl von Segmenten erstellt; verwenden Sie kmeans, gmm oder ward</translation>
        </message>
        <message>
            <source>--k %1: a report has at most 30 segments (one page each)</source>
            <translation>--k %1: ein Bericht hat höchstens 30 Segmente (je eine Seite)</translation>
        </message>
        <message>
            <source>--map must be pca or umap, not '%1'</source>
            <translation>--map muss pca oder umap sein, nicht '%1'</translation>
        </message>
        <message>
            <source>the value model's columns need --frequency-column, --recency-column and --tenure-column together (--%1 is missing)</source>
            <translation>die Spalten des Wertmodells brauchen --frequency-column, --recency-column und --tenure-column zusammen (--%1 fehlt)</translation>
        </message>
        <message>
            <source>--page-size must be A4 or Letter, not '%1'</source>
            <translation>--page-size muss A4 oder Letter sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--locale: '%1' is not a locale Qt knows (such as en_US, de_DE or fr_FR)</source>
            <translation>--locale: '%1' ist kein Gebietsschema, das Qt kennt (etwa en_US, de_DE oder fr_FR)</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>Standardeingabe</translation>
        </message>
        <message>
            <source>%1 customers, k = %2: analysis %3 s, writing %4 s
</source>
            <translation>%1 Kunden, k = %2: Analyse %3 s, Schreiben %4 s
</translation>
        </message>
        <message>
            <source>%1: %2 pages
</source>
            <translation>%1: %2 Seiten
</translation>
        </message>
        <message>
            <source>%1
</source>
            <translation>%1
</translation>
        </message>
        <message>
            <source>retrain needs the project and the new customers: segscope retrain P.segscope NEW.csv --out NEXT.segscope</source>
            <translation>retrain braucht das Projekt und die neuen Kunden: segscope retrain P.segscope NEW.csv --out NEXT.segscope</translation>
        </message>
        <message>
            <source>retrain needs --out, the project to write with the retrained run (the current project stays as it is)</source>
            <translation>retrain braucht --out, das Projekt, in das der neu trainierte Lauf geschrieben wird (das aktuelle Projekt bleibt unverändert)</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>The refit replaces run %1: %2 holds it as run %3.
</source>
            <translation>Die Neuanpassung ersetzt Lauf %1: %2 enthält sie als Lauf %3.
</translation>
        </message>
        <message>
            <source>The refit failed the rules; the default segmentation replaces run %1: %2 holds it as run %3.
</source>
            <translation>Die Neuanpassung hat die Regeln nicht erfüllt; die Standardsegmentierung ersetzt Lauf %1: %2 enthält sie als Lauf %3.
</translation>
        </message>
        <message>
            <source>Run %1 stays: no candidate passed the rules. Nothing was written to %2.
</source>
            <translation>Lauf %1 bleibt: kein Kandidat hat die Regeln erfüllt. In %2 wurde nichts geschrieben.
</translation>
        </message>
        <message>
            <source>--format %1: the formats are csv and jsonl (JSON lines)</source>
            <translation>--format %1: die Formate sind csv und jsonl (JSON Lines)</translation>
        </message>
        <message>
            <source>score needs the project and the customers to score: segscope score P.segscope NEW.csv --out SCORES.csv</source>
            <translation>score braucht das Projekt und die zuzuordnenden Kunden: segscope score P.segscope NEW.csv --out SCORES.csv</translation>
        </message>
        <message>
            <source>score needs --out, the file of scores to write (SCORES.csv, or .jsonl for JSON lines)</source>
            <translation>score braucht --out, die zu schreibende Datei mit den Zuordnungen (SCORES.csv oder .jsonl für JSON Lines)</translation>
        </message>
        <message>
            <source>--id-column %1: %2 has no such column</source>
            <translation>--id-column %1: %2 hat keine solche Spalte</translation>
        </message>
        <message>
            <source>drift: %1
</source>
            <translation>Drift: %1
</translation>
        </message>
        <message>
            <source>segment   customers   share   in the run  name
</source>
            <translation>Segment      Kunden  Anteil      im Lauf  Name
</translation>
        </message>
        <message>
            <source>in no segment: %1
</source>
            <translation>in keinem Segment: %1
</translation>
        </message>
        <message>
            <source>retraining recommended: the drift lines on standard error say why
</source>
            <translation>Neutraining empfohlen: die Drift-Zeilen auf der Standardfehlerausgabe nennen die Gründe
</translation>
        </message>
        <message>
            <source>%1 customers, fewer than %2% of all %3: probably outliers rather than a segment to market to</source>
            <translation>%1 Kunden, weniger als %2% aller %3: eher Ausreißer als ein Segment für das Marketing</translation>
        </message>
        <message>
            <source>serve needs one project: segscope serve P.segscope [--port N] [--bind 127.0.0.1]</source>
            <translation>serve braucht ein Projekt: segscope serve P.segscope [--port N] [--bind 127.0.0.1]</translation>
        </message>
        <message>
            <source>warning: serving on %1 without authentication: anyone who reaches this address can score customers and read the model's columns
</source>
            <translation>Warnung: Bereitstellung auf %1 ohne Authentifizierung: Jeder, der diese Adresse erreicht, kann Kunden zuordnen und die Spalten des Modells lesen
</translation>
        </message>
        <message>
            <source>serving run %1 of %2 (model version %3) on http://%4:%5
</source>
            <translation>Lauf %1 von %2 (Modellversion %3) wird bereitgestellt auf http://%4:%5
</translation>
        </message>
        <message>
            <source>reloaded %1: model version %2
</source>
            <translation>%1 neu geladen: Modellversion %2
</translation>
        </message>
        <message>
            <source>reload failed, still serving model version %1: %2
</source>
            <translation>Neuladen fehlgeschlagen, Modellversion %1 wird weiter bereitgestellt: %2
</translation>
        </message>
        <message>
            <source>--outliers needs every customer in memory; --algorithm minibatch reads the file in chunks: leave out --outliers, or use --algorithm kmeans</source>
            <translation>--outliers braucht alle Kunden im Speicher; --algorithm minibatch liest die Datei in Blöcken: lassen Sie --outliers weg oder verwenden Sie --algorithm kmeans</translation>
        </message>
        <message>
            <source>--impute drop leaves customers out, which a file read in chunks cannot do before clustering; use --impute median or mean with --algorithm minibatch</source>
            <translation>--impute drop lässt Kunden aus, was bei einer in Blöcken gelesenen Datei vor dem Clustern nicht möglich ist; verwenden Sie --impute median oder mean mit --algorithm minibatch</translation>
        </message>
        <message>
            <source>on the sample: silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</source>
            <translation>auf der Stichprobe: Silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</translation>
        </message>
        <message>
            <source>%1 needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>%1 braucht genau eine INPUT-Datei (CSV oder SQLite)</translation>
        </message>
        <message>
            <source>%1 needs --json, the summary to write</source>
            <translation>%1 braucht --json, die zu schreibende Zusammenfassung</translation>
        </message>
        <message>
            <source>the runs differ in the feature spec</source>
            <translation>die Läufe unterscheiden sich in der Merkmalsspezifikation</translation>
        </message>
        <message>
            <source>the runs differ in the clustering options</source>
            <translation>die Läufe unterscheiden sich in den Clustering-Optionen</translation>
        </message>
        <message>
            <source>the runs differ in the outlier rule</source>
            <translation>die Läufe unterscheiden sich in der Ausreißerregel</translation>
        </message>
        <message>
            <source>the column '%1' (--%2) does not exist; the columns are: %3</source>
            <translation>die Spalte '%1' (--%2) existiert nicht; die Spalten sind: %3</translation>
        </message>
        <message>
            <source>over %1 day(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>über %1 Tag(e): %2 Käufe erwartet, Ausgaben %3, CLV %4 (im Mittel %5 pro Kunde)
</translation>
        </message>
        <message>
            <source>over %1 week(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>über %1 Woche(n): %2 Käufe erwartet, Ausgaben %3, CLV %4 (im Mittel %5 pro Kunde)
</translation>
        </message>
        <message>
            <source>over %1 month(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>über %1 Monat(e): %2 Käufe erwartet, Ausgaben %3, CLV %4 (im Mittel %5 pro Kunde)
</translation>
        </message>
        <message>
            <source>feature spec key 'groups[%1].columns[%2]': the column '%3' is not in standard input; the columns are: %4</source>
            <translation>Merkmalsspezifikation, Schlüssel 'groups[%1].columns[%2]': die Spalte '%3' ist nicht in der Standardeingabe; die Spalten sind: %4</translation>
        </message>
        <message>
            <source>feature spec key 'groups[%1].columns[%2]': the column '%3' is not in %4; the columns are: %5</source>
            <translation>Merkmalsspezifikation, Schlüssel 'groups[%1].columns[%2]': die Spalte '%3' ist nicht in %4; die Spalten sind: %5</translation>
        </message>
        <message>
            <source>the label column '%1' (--label-column) does not exist; the columns are: %2</source>
            <translation>die Label-Spalte '%1' (--label-column) existiert nicht; die Spalten sind: %2</translation>
        </message>
        <message>
            <source>no column named '%1'; the header was read as the single column '%2': if the file uses a delimiter other than ',', ';', tab or '|', give it with --delimiter</source>
            <translation>keine Spalte namens '%1'; die Kopfzeile wurde als einzige Spalte '%2' gelesen: wenn die Datei ein anderes Trennzeichen als ',', ';', Tabulator oder '|' verwendet, geben Sie es mit --delimiter an</translation>
        </message>
        <message>
            <source>%1; to read it as customers, give --id-column %2 with the log's --date-column and --amount-column (or --price-column and --quantity-column) (docs/data-import.md, "Transaction logs"); if each row really is one customer, say that no column is the key with --id-column ''</source>
            <translation>%1; um die Daten als Kunden einzulesen, geben Sie --id-column %2 zusammen mit --date-column und --amount-column (oder --price-column und --quantity-column) des Protokolls an (docs/data-import.md, "Transaction logs"); wenn jede Zeile wirklich ein Kunde ist, geben Sie mit --id-column '' an, dass keine Spalte der Schlüssel ist</translation>
        </message>
        <message>
            <source>the project has no customer id column, so the campaign's customers cannot be found in it: create the project with --id-column</source>
            <translation>das Projekt hat keine Kunden-ID-Spalte, daher lassen sich die Kunden der Kampagne darin nicht finden: legen Sie das Projekt mit --id-column an</translation>
        </message>
        <message>
            <source>'%1' is neither a treatment value (%2) nor a control value (%3): name them with --treatment and --control</source>
            <translation>'%1' ist weder ein Wert der Testgruppe (%2) noch ein Wert der Kontrollgruppe (%3): nennen Sie die Werte mit --treatment und --control</translation>
        </message>
        <message>
            <source>'%1' is not a conversion: 1 or 0 (yes/no, true/false) was expected</source>
            <translation>'%1' ist keine Conversion: erwartet wurde 1 oder 0 (yes/no, true/false)</translation>
        </message>
        <message>
            <source>%1 of the campaign's customers are not in the project (%2) and are left out</source>
            <translation>%1 Kunden der Kampagne sind nicht im Projekt (%2) und werden ausgelassen</translation>
        </message>
        <message>
            <source>the project has no run yet; add one with segscope cluster --project</source>
            <translation>das Projekt hat noch keinen Lauf; fügen Sie einen mit segscope cluster --project hinzu</translation>
        </message>
        <message>
            <source>the value column '%1' does not exist</source>
            <translation>die Spalte '%1' des Wertmodells existiert nicht</translation>
        </message>
        <message>
            <source>segment %1 continues as new segment %2</source>
            <translation>Segment %1 besteht als neues Segment %2 fort</translation>
        </message>
        <message>
            <source>segment %1 split into new segments %2</source>
            <translation>Segment %1 wurde in die neuen Segmente %2 aufgeteilt</translation>
        </message>
        <message>
            <source>segment %1 merged with segment %2 into new segment %3</source>
            <translation>Segment %1 wurde mit Segment %2 zum neuen Segment %3 zusammengeführt</translation>
        </message>
        <message>
            <source>segment %1 merged with segments %2 into new segment %3</source>
            <translation>Segment %1 wurde mit den Segmenten %2 zum neuen Segment %3 zusammengeführt</translation>
        </message>
        <message>
            <source>segment %1 retired: its customers spread over other segments</source>
            <translation>Segment %1 wurde aufgelöst: seine Kunden verteilen sich auf andere Segmente</translation>
        </message>
        <message>
            <source>new segment %1 appeared</source>
            <translation>neues Segment %1 ist entstanden</translation>
        </message>
        <message>
            <source>new segment %1 appeared, mostly from segment %2</source>
            <translation>neues Segment %1 ist entstanden, größtenteils aus Segment %2</translation>
        </message>
        <message>
            <source>new segment %1 appeared, mostly from segments %2</source>
            <translation>neues Segment %1 ist entstanden, größtenteils aus den Segmenten %2</translation>
        </message>
        <message>
            <source>the file has no column '%1', the project's customer id: the retrained project keeps the same key</source>
            <translation>die Datei hat keine Spalte '%1', die Kunden-ID des Projekts: das neu trainierte Projekt behält denselben Schlüssel</translation>
        </message>
        <message>
            <source>Retrained on %1 from run %2 of %3 (the default segmentation: the refit failed the rules)</source>
            <translation>Neu trainiert mit %1, ausgehend von Lauf %2 aus %3 (die Standardsegmentierung: die Neuanpassung hat die Regeln nicht erfüllt)</translation>
        </message>
        <message>
            <source>Retrained on %1 from run %2 of %3</source>
            <translation>Neu trainiert mit %1, ausgehend von Lauf %2 aus %3</translation>
        </message>
        <message>
            <source>cannot listen on %1:%2 (is another program using the port, or is the address not this machine's?)</source>
            <translation>an %1:%2 kann nicht gebunden werden (verwendet ein anderes Programm den Port, oder gehört die Adresse nicht zu diesem Rechner?)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s), %3 columns stored; no run yet (add one with segscope cluster --project)
</source>
            <translation>
                <numerusform>%1: %2 Kunde, %3 Spalten gespeichert; noch kein Lauf (fügen Sie einen mit segscope cluster --project hinzu)
</numerusform>
                <numerusform>%1: %2 Kunden, %3 Spalten gespeichert; noch kein Lauf (fügen Sie einen mit segscope cluster --project hinzu)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 features: %3 segment(s) found, %4 customers in none (noise); inertia %5
</source>
            <translation>
                <numerusform>%1 Zeilen, %2 Merkmale: %3 Segment gefunden, %4 Kunden in keinem Segment (Rauschen); Inertia %5
</numerusform>
                <numerusform>%1 Zeilen, %2 Merkmale: %3 Segmente gefunden, %4 Kunden in keinem Segment (Rauschen); Inertia %5
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4; the segments %5 runs agree on
</source>
            <translation>
                <numerusform>%1 Zeilen, %2 Merkmal, k = %3: Inertia %4; die Segmente, auf die sich %5 Läufe einigen
</numerusform>
                <numerusform>%1 Zeilen, %2 Merkmale, k = %3: Inertia %4; die Segmente, auf die sich %5 Läufe einigen
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4 after %5 iterations
</source>
            <translation>
                <numerusform>%1 Zeilen, %2 Merkmal, k = %3: Inertia %4 nach %5 Iterationen
</numerusform>
                <numerusform>%1 Zeilen, %2 Merkmale, k = %3: Inertia %4 nach %5 Iterationen
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4
</source>
            <translation>
                <numerusform>%1 Zeilen, %2 Merkmal, k = %3: Inertia %4
</numerusform>
                <numerusform>%1 Zeilen, %2 Merkmale, k = %3: Inertia %4
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>--min-samples %1 is more than the %2 customer(s)</source>
            <translation>
                <numerusform>--min-samples %1 ist größer als die Zahl der Kunden (%2)</numerusform>
                <numerusform>--min-samples %1 ist größer als die Zahl der Kunden (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>frequency and spend per purchase are correlated (%1 over %2 repeat customer(s)): the Gamma-Gamma model assumes they are not, so its values are biased</source>
            <translation>
                <numerusform>Häufigkeit und Ausgaben pro Kauf sind korreliert (%1 über %2 Wiederholungskäufer): das Gamma-Gamma-Modell setzt voraus, dass sie es nicht sind, daher sind seine Werte verzerrt</numerusform>
                <numerusform>Häufigkeit und Ausgaben pro Kauf sind korreliert (%1 über %2 Wiederholungskäufer): das Gamma-Gamma-Modell setzt voraus, dass sie es nicht sind, daher sind seine Werte verzerrt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2 with repeat purchases), time unit %3
</source>
            <translation>
                <numerusform>%1 Kunde (%2 mit Wiederholungskäufen), Zeiteinheit %3
</numerusform>
                <numerusform>%1 Kunden (%2 mit Wiederholungskäufen), Zeiteinheit %3
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 day(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>Holdout-Zeitraum (%1 Tag): %2 Käufe vorhergesagt, %3 getätigt
</numerusform>
                <numerusform>Holdout-Zeitraum (%1 Tage): %2 Käufe vorhergesagt, %3 getätigt
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 week(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>Holdout-Zeitraum (%1 Woche): %2 Käufe vorhergesagt, %3 getätigt
</numerusform>
                <numerusform>Holdout-Zeitraum (%1 Wochen): %2 Käufe vorhergesagt, %3 getätigt
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 month(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>Holdout-Zeitraum (%1 Monat): %2 Käufe vorhergesagt, %3 getätigt
</numerusform>
                <numerusform>Holdout-Zeitraum (%1 Monate): %2 Käufe vorhergesagt, %3 getätigt
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %1 demo customer(s) (seed %2) to %3
</source>
            <translation>
                <numerusform>%1 Demo-Kunde (Startwert %2) nach %3 geschrieben
</numerusform>
                <numerusform>%1 Demo-Kunden (Startwert %2) nach %3 geschrieben
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s): UMAP map (%3 start, %4 epochs) in %5 s</source>
            <translation>
                <numerusform>%1 Zeilen, %2 Merkmal: UMAP-Karte (Start: %3, %4 Epochen) in %5 s</numerusform>
                <numerusform>%1 Zeilen, %2 Merkmale: UMAP-Karte (Start: %3, %4 Epochen) in %5 s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s): PCA map in %3 s</source>
            <translation>
                <numerusform>%1 Zeilen, %2 Merkmal: PCA-Karte in %3 s</numerusform>
                <numerusform>%1 Zeilen, %2 Merkmale: PCA-Karte in %3 s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none of the campaign's %1 customer(s) is in the project (ids like '%2' in column '%3'): is it the same customer base, and the same id column?</source>
            <translation>
                <numerusform>der %1 Kunde der Kampagne ist nicht im Projekt (IDs wie '%2' in Spalte '%3'): Ist es derselbe Kundenstamm und dieselbe ID-Spalte?</numerusform>
                <numerusform>keiner der %1 Kunden der Kampagne ist im Projekt (IDs wie '%2' in Spalte '%3'): Ist es derselbe Kundenstamm und dieselbe ID-Spalte?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 id(s) written with decimals (such as '%2') were matched to the project's whole-number ids</source>
            <translation>
                <numerusform>%1 mit Dezimalstellen geschriebene ID (etwa '%2') wurde den ganzzahligen IDs des Projekts zugeordnet</numerusform>
                <numerusform>%1 mit Dezimalstellen geschriebene IDs (etwa '%2') wurden den ganzzahligen IDs des Projekts zugeordnet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) are in no segment of the run (set aside as outliers, or left out for missing values): they count in the overall lift only</source>
            <translation>
                <numerusform>%1 Kunde ist in keinem Segment des Laufs (als Ausreißer zurückgestellt oder wegen fehlender Werte ausgelassen): er zählt nur im Gesamt-Uplift</numerusform>
                <numerusform>%1 Kunden sind in keinem Segment des Laufs (als Ausreißer zurückgestellt oder wegen fehlender Werte ausgelassen): sie zählen nur im Gesamt-Uplift</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) have no revenue and are left out of the revenue comparison</source>
            <translation>
                <numerusform>%1 Kunde hat keinen Umsatz und wird beim Umsatzvergleich ausgelassen</numerusform>
                <numerusform>%1 Kunden haben keinen Umsatz und werden beim Umsatzvergleich ausgelassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %2 customers (%3 treated, %4 control) in run %5, %6 segment(s)
</source>
            <translation>
                <numerusform>Kampagne %1: %2 Kunden (%3 in der Testgruppe, %4 in der Kontrollgruppe) in Lauf %5, %6 Segment
</numerusform>
                <numerusform>Kampagne %1: %2 Kunden (%3 in der Testgruppe, %4 in der Kontrollgruppe) in Lauf %5, %6 Segmente
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>
* significant at the %1% level, not corrected for testing %2 segment(s)
</source>
            <translation>
                <numerusform>
* signifikant auf dem %1%-Niveau, ohne Korrektur für den Test von %2 Segment
</numerusform>
                <numerusform>
* signifikant auf dem %1%-Niveau, ohne Korrektur für den Test von %2 Segmenten
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>
* significant at the %1% level after the correction for testing %2 segment(s)
</source>
            <translation>
                <numerusform>
* signifikant auf dem %1%-Niveau nach der Korrektur für den Test von %2 Segment
</numerusform>
                <numerusform>
* signifikant auf dem %1%-Niveau nach der Korrektur für den Test von %2 Segmenten
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 segment(s) are unstable (bootstrap Jaccard below 0.6): they may be artefacts of the seed or the sample; try another --k</source>
            <translation>
                <numerusform>%1 von %2 Segment ist instabil (Bootstrap-Jaccard unter 0.6): es könnte ein Artefakt des Startwerts oder der Stichprobe sein; versuchen Sie ein anderes --k</numerusform>
                <numerusform>%1 von %2 Segmenten sind instabil (Bootstrap-Jaccard unter 0.6): sie könnten Artefakte des Startwerts oder der Stichprobe sein; versuchen Sie ein anderes --k</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>same segments with %1 other seed(s): mean ARI %2
</source>
            <translation>
                <numerusform>dieselben Segmente mit %1 anderen Startwert: mittlerer ARI %2
</numerusform>
                <numerusform>dieselben Segmente mit %1 anderen Startwerten: mittlerer ARI %2
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>same segments with noise of %1 added (%2 run(s)): mean ARI %3
</source>
            <translation>
                <numerusform>dieselben Segmente mit zugefügtem Rauschen von %1 (%2 Lauf): mittlerer ARI %3
</numerusform>
                <numerusform>dieselben Segmente mit zugefügtem Rauschen von %1 (%2 Läufe): mittlerer ARI %3
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drift is not judged on %1 customer(s) (at least %2 are needed): run %3 stays; nothing was retrained.
</source>
            <translation>
                <numerusform>Drift wird bei %1 Kunden nicht beurteilt (mindestens %2 sind nötig): Lauf %3 bleibt; es wurde nichts neu trainiert.
</numerusform>
                <numerusform>Drift wird bei %1 Kunden nicht beurteilt (mindestens %2 sind nötig): Lauf %3 bleibt; es wurde nichts neu trainiert.
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No drift beyond the thresholds on %1 customer(s): run %2 stays; nothing was retrained.
</source>
            <translation>
                <numerusform>Keine Drift über den Schwellenwerten bei %1 Kunden: Lauf %2 bleibt; es wurde nichts neu trainiert.
</numerusform>
                <numerusform>Keine Drift über den Schwellenwerten bei %1 Kunden: Lauf %2 bleibt; es wurde nichts neu trainiert.
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %1 new customer(s):
model     segments silhouette stability smallest
</source>
            <translation>
                <numerusform>Bei %1 neuen Kunden:
Modell    Segmente Silhouette Stabilität Minimum
</numerusform>
                <numerusform>Bei %1 neuen Kunden:
Modell    Segmente Silhouette Stabilität Minimum
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) scored with run %2 (%3, %4 segments) in %5 s; %6 flagged as unlike the run's customers
</source>
            <translation>
                <numerusform>%1 Kunde mit Lauf %2 (%3, %4 Segmente) in %5 s zugeordnet; %6 als untypisch für die Kunden des Laufs gekennzeichnet
</numerusform>
                <numerusform>%1 Kunden mit Lauf %2 (%3, %4 Segmente) in %5 s zugeordnet; %6 als untypisch für die Kunden des Laufs gekennzeichnet
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>drift not judged: %1 customer(s) are too few (at least %2)
</source>
            <translation>
                <numerusform>Drift nicht beurteilt: %1 Kunde ist zu wenig (mindestens %2)
</numerusform>
                <numerusform>Drift nicht beurteilt: %1 Kunden sind zu wenige (mindestens %2)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no drift beyond the thresholds (population stability index %1, share change %2 point(s))
</source>
            <translation>
                <numerusform>keine Drift über den Schwellenwerten (Populationsstabilitätsindex %1, Anteilsänderung %2 Prozentpunkt)
</numerusform>
                <numerusform>keine Drift über den Schwellenwerten (Populationsstabilitätsindex %1, Anteilsänderung %2 Prozentpunkte)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>stopped after %1 request(s), %2 customers scored
</source>
            <translation>
                <numerusform>beendet nach %1 Anfrage, %2 Kunden zugeordnet
</numerusform>
                <numerusform>beendet nach %1 Anfragen, %2 Kunden zugeordnet
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>read in chunks of %1 rows: %2 passes over the file; transforms fitted and k-means started on a uniform sample of %3 row(s)
</source>
            <translation>
                <numerusform>in Blöcken zu %1 Zeilen gelesen: %2 Durchgänge durch die Datei; Transformationen angepasst und k-means gestartet auf einer einfachen Zufallsstichprobe von %3 Zeile
</numerusform>
                <numerusform>in Blöcken zu %1 Zeilen gelesen: %2 Durchgänge durch die Datei; Transformationen angepasst und k-means gestartet auf einer einfachen Zufallsstichprobe von %3 Zeilen
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4 after %5 passes of mini-batches
</source>
            <translation>
                <numerusform>%1 Zeilen, %2 Merkmal, k = %3: Inertia %4 nach %5 Durchgängen mit Mini-Batches
</numerusform>
                <numerusform>%1 Zeilen, %2 Merkmale, k = %3: Inertia %4 nach %5 Durchgängen mit Mini-Batches
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
id (the project's id column unless --id-column says otherwise), the arm (a column
called arm, group, variant, treatment ...; values such as treatment/test/1 and
control/holdout/0, or --treatment and --control), and a conversion (0/1, yes/no) and/or
a revenue column. Per group it reports the rates or means of both arms, the difference
with its interval (Newcombe's for rates, a bootstrap of B resamples, default 2000, for
revenue), the relative lift, p-values corrected across segments (Holm by default), and
the smallest difference the test could detect at 80% power. It checks that the arms
were alike before the campaign (standardised mean differences of the run's features
and of the segment mix) and names what may confound the lift. The analysis is recorded
in the project (--no-record leaves it untouched), where the explorer and the persona
report show it. See docs/campaign-lift.md.
</source>
            <translation>Aufruf: segscope lift P.segscope CAMPAIGN.csv [--run N] [--id-column C] [--arm-column C]
                      [--treatment VALUE] [--control VALUE] [--conversion-column C]
                      [--revenue-column C] [--correction holm|bh|none] [--level L]
                      [--resamples B] [--seed S] [--out LIFT.csv] [--json SUMMARY.json]
                      [--no-record] [--threads T] [--quiet]

Wie stark eine Kampagne Conversion und Umsatz pro Kunde verändert hat, insgesamt und in
jedem Segment von Lauf N (Standard: der aktuelle Lauf). CAMPAIGN enthält eine Zeile pro
Kunde: die ID (die ID-Spalte des Projekts, sofern --id-column nichts anderes angibt), den
Arm (eine Spalte namens arm, group, variant, treatment ...; Werte wie treatment/test/1
und control/holdout/0 oder --treatment und --control) und eine Conversion-Spalte (0/1,
yes/no) und/oder eine Umsatzspalte. Pro Gruppe werden die Raten bzw. Mittelwerte beider
Arme ausgegeben, die Differenz mit ihrem Intervall (nach Newcombe für Raten, für den
Umsatz ein Bootstrap mit B Stichproben, Standard 2000), der relative Uplift, über die
Segmente korrigierte p-Werte (standardmäßig nach Holm) und die kleinste Differenz, die
der Test bei 80% Teststärke erkennen könnte. Außerdem wird geprüft, ob die Arme vor der
Kampagne vergleichbar waren (standardisierte Mittelwertdifferenzen der Merkmale des
Laufs und der Segmentverteilung), und genannt, was den Uplift verzerren könnte. Die
Analyse wird im Projekt protokolliert (--no-record lässt es unverändert), wo der
Explorer und der Persona-Bericht sie zeigen. Siehe docs/campaign-lift.md.
</translation>
        </message>
        <message numerus="yes">
            <source>%1 id(s) differ from the project's only in leading zeros (such as '%2' for '%3') and were matched to them</source>
            <translation>
                <numerusform>%1 ID unterscheidet sich von der des Projekts nur durch führende Nullen (etwa '%2' für '%3') und wurde ihr zugeordnet</numerusform>
                <numerusform>%1 IDs unterscheiden sich von denen des Projekts nur durch führende Nullen (etwa '%2' für '%3') und wurden ihnen zugeordnet</numerusform>
            </translation>
        </message>
    </context>
</TS>
