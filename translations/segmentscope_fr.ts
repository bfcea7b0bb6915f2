<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Text</name>
        <message>
            <source>the rows to assign hold missing values or values beyond 1e+120, which cannot be clustered</source>
            <translation>les lignes à affecter contiennent des valeurs manquantes ou des valeurs au-delà de 1e+120, qui ne peuvent pas être segmentées</translation>
        </message>
        <message>
            <source>the rows have %1 features but the model was fitted on %2</source>
            <translation>les lignes ont %1 variables, mais le modèle a été ajusté sur %2</translation>
        </message>
        <message>
            <source>unknown clustering algorithm '%1'; available: %2</source>
            <translation>algorithme de clustering inconnu '%1' ; disponibles : %2</translation>
        </message>
        <message>
            <source>DBSCAN found no segment: no customer has %1 customers (itself included) within eps = %2, so every one is noise; raise eps or lower the minimum samples</source>
            <translation>DBSCAN n'a trouvé aucun segment : aucun client n'a %1 clients (lui-même compris) dans un rayon eps = %2, tous sont donc du bruit ; augmentez eps ou diminuez le nombre minimal d'échantillons</translation>
        </message>
        <message>
            <source>HDBSCAN found no segment: no group of at least %1 customers stands out from the rest; lower the minimum cluster size</source>
            <translation>HDBSCAN n'a trouvé aucun segment : aucun groupe d'au moins %1 clients ne se distingue du reste ; diminuez la taille minimale de segment</translation>
        </message>
        <message>
            <source>the co-association matrix needs at least one run</source>
            <translation>la matrice de co-association requiert au moins une exécution</translation>
        </message>
        <message>
            <source>the runs of a co-association matrix label different numbers of rows</source>
            <translation>les exécutions d'une matrice de co-association étiquettent des nombres de lignes différents</translation>
        </message>
        <message>
            <source>consensus clustering needs k &gt;= 1</source>
            <translation>le clustering par consensus requiert k &gt;= 1</translation>
        </message>
        <message>
            <source>consensus clustering needs at least one clustering to run</source>
            <translation>le clustering par consensus requiert au moins un algorithme de clustering à exécuter</translation>
        </message>
        <message>
            <source>consensus clustering needs at least one run per clustering</source>
            <translation>le clustering par consensus requiert au moins une exécution par algorithme</translation>
        </message>
        <message>
            <source>the share of customers each run draws must be above 0 and at most 1</source>
            <translation>la part de clients tirée par chaque exécution doit être supérieure à 0 et au plus égale à 1</translation>
        </message>
        <message>
            <source>the reference sample must hold from k = %1 to %2 customers</source>
            <translation>l'échantillon de référence doit contenir de k = %1 à %2 clients</translation>
        </message>
        <message>
            <source>k = %1 consensus segments need as many customers; there are %2</source>
            <translation>k = %1 segments de consensus requièrent autant de clients ; il y en a %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 with k = %2 cannot run on %n customer(s) per run</source>
            <translation>
                <numerusform>%1 avec k = %2 ne peut pas s'exécuter sur %n client par exécution</numerusform>
                <numerusform>%1 avec k = %2 ne peut pas s'exécuter sur %n clients par exécution</numerusform>
            </translation>
        </message>
        <message>
            <source>consensus clustering cannot run %1: its members must cut the customers into k segments</source>
            <translation>le clustering par consensus ne peut pas exécuter %1 : ses membres doivent découper les clients en k segments</translation>
        </message>
        <message>
            <source>DBSCAN needs at least one row</source>
            <translation>DBSCAN requiert au moins une ligne</translation>
        </message>
        <message>
            <source>the DBSCAN radius eps must be a finite number &gt; 0</source>
            <translation>le rayon eps de DBSCAN doit être un nombre fini &gt; 0</translation>
        </message>
        <message>
            <source>the DBSCAN minimum samples must be at least 1</source>
            <translation>le nombre minimal d'échantillons de DBSCAN doit valoir au moins 1</translation>
        </message>
        <message>
            <source>HDBSCAN needs at least one row</source>
            <translation>HDBSCAN requiert au moins une ligne</translation>
        </message>
        <message>
            <source>the HDBSCAN minimum cluster size must be at least 2</source>
            <translation>la taille minimale de segment de HDBSCAN doit valoir au moins 2</translation>
        </message>
        <message>
            <source>the HDBSCAN minimum samples must be at least 1 (or 0 for the minimum cluster size)</source>
            <translation>le nombre minimal d'échantillons de HDBSCAN doit valoir au moins 1 (ou 0 pour reprendre la taille minimale de segment)</translation>
        </message>
        <message>
            <source>the k-distance curve needs at least one row</source>
            <translation>la courbe des k-distances requiert au moins une ligne</translation>
        </message>
        <message>
            <source>the k-distance curve's minimum samples must be between 1 and the number of rows (%1)</source>
            <translation>le nombre minimal d'échantillons de la courbe des k-distances doit être compris entre 1 et le nombre de lignes (%1)</translation>
        </message>
        <message>
            <source>the core points, their labels and their radii must be as many (%1, %2 and %3)</source>
            <translation>les points centraux, leurs étiquettes et leurs rayons doivent être en même nombre (%1, %2 et %3)</translation>
        </message>
        <message>
            <source>the rows to assign have %1 features but the core points have %2</source>
            <translation>les lignes à affecter ont %1 variables, mais les points centraux en ont %2</translation>
        </message>
        <message>
            <source>the Gaussian mixture's component %1 has a covariance matrix that is not positive definite (it holds too few rows, or rows that lie on a line or plane); use a larger covariance regularization or the diagonal covariance</source>
            <translation>la composante %1 du mélange gaussien a une matrice de covariance qui n'est pas définie positive (elle contient trop peu de lignes, ou des lignes situées sur une droite ou un plan) ; utilisez une régularisation de covariance plus forte ou la covariance diagonale</translation>
        </message>
        <message>
            <source>the Gaussian mixture's component %1 has a zero variance (its rows share a value); use a larger covariance regularization</source>
            <translation>la composante %1 du mélange gaussien a une variance nulle (ses lignes ont toutes la même valeur) ; utilisez une régularisation de covariance plus forte</translation>
        </message>
        <message>
            <source>the Gaussian mixture's density of some rows is not a finite number (a component's covariance is nearly singular); use a larger covariance regularization</source>
            <translation>la densité du mélange gaussien n'est pas un nombre fini pour certaines lignes (la covariance d'une composante est presque singulière) ; utilisez une régularisation de covariance plus forte</translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the number of rows (%2)</source>
            <translation>k = %1 doit être compris entre 1 et le nombre de lignes (%2)</translation>
        </message>
        <message>
            <source>the number of Gaussian mixture initialisations must be at least 1</source>
            <translation>le nombre d'initialisations du mélange gaussien doit valoir au moins 1</translation>
        </message>
        <message>
            <source>the Gaussian mixture iteration limit must be at least 1</source>
            <translation>la limite d'itérations du mélange gaussien doit valoir au moins 1</translation>
        </message>
        <message>
            <source>the Gaussian mixture tolerance must be a finite number &gt;= 0</source>
            <translation>la tolérance du mélange gaussien doit être un nombre fini &gt;= 0</translation>
        </message>
        <message>
            <source>the covariance regularization must be a finite number &gt;= 0</source>
            <translation>la régularisation de covariance doit être un nombre fini &gt;= 0</translation>
        </message>
        <message>
            <source>the Gaussian mixture was fitted to %1 features, but the data has %2</source>
            <translation>le mélange gaussien a été ajusté sur %1 variables, mais les données en ont %2</translation>
        </message>
        <message>
            <source>the Gaussian mixture model's weights, means and covariances do not fit together</source>
            <translation>les poids, moyennes et covariances du modèle de mélange gaussien ne concordent pas</translation>
        </message>
        <message>
            <source>the number of k-means restarts must be at least 1</source>
            <translation>le nombre de redémarrages de k-means doit valoir au moins 1</translation>
        </message>
        <message>
            <source>the k-means iteration limit must be at least 1</source>
            <translation>la limite d'itérations de k-means doit valoir au moins 1</translation>
        </message>
        <message>
            <source>the k-means tolerance must be a finite number &gt;= 0</source>
            <translation>la tolérance de k-means doit être un nombre fini &gt;= 0</translation>
        </message>
        <message>
            <source>the initial centroids must be a %1 × %2 matrix, not %3 × %4</source>
            <translation>les centroïdes initiaux doivent former une matrice %1 × %2, et non %3 × %4</translation>
        </message>
        <message>
            <source>the initial centroids must be finite numbers</source>
            <translation>les centroïdes initiaux doivent être des nombres finis</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 but the data has only %n distinct row(s)</source>
            <translation>
                <numerusform>k = %1, mais les données n'ont que %n ligne distincte</numerusform>
                <numerusform>k = %1, mais les données n'ont que %n lignes distinctes</numerusform>
            </translation>
        </message>
        <message>
            <source>mini-batch k-means needs k &gt;= 1, got %1</source>
            <translation>mini-batch k-means requiert k &gt;= 1, reçu %1</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a batch size of at least 1 row</source>
            <translation>mini-batch k-means requiert une taille de lot d'au moins 1 ligne</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a number of passes &gt;= 0</source>
            <translation>mini-batch k-means requiert un nombre de passes &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a tolerance &gt;= 0</source>
            <translation>mini-batch k-means requiert une tolérance &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a reassignment ratio &gt;= 0</source>
            <translation>mini-batch k-means requiert un taux de réaffectation &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a start sample of at least k = %1 rows, got %2</source>
            <translation>mini-batch k-means requiert un échantillon de départ d'au moins k = %1 lignes, reçu %2</translation>
        </message>
        <message>
            <source>row %1 of a block of %2 rows holds a missing value or a value beyond 1e+120, which cannot be clustered</source>
            <translation>la ligne %1 d'un bloc de %2 lignes contient une valeur manquante ou une valeur au-delà de 1e+120, qui ne peut pas être segmentée</translation>
        </message>
        <message>
            <source>the rows have %1 features but the start sample has %2</source>
            <translation>les lignes ont %1 variables, mais l'échantillon de départ en a %2</translation>
        </message>
        <message>
            <source>%1 needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %2, feature %3 of the feature matrix holds %4</source>
            <translation>%1 requiert des valeurs finies, d'au plus 1e+120 en valeur absolue (pour que les distances au carré restent finies), mais la ligne %2, variable %3 de la matrice des variables contient %4</translation>
        </message>
        <message>
            <source>the Gaussian mixture needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>le mélange gaussien requiert des valeurs finies, d'au plus 1e+120 en valeur absolue (pour que les distances au carré restent finies), mais la ligne %1, variable %2 de la matrice des variables contient %3</translation>
        </message>
        <message>
            <source>Ward clustering needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>le clustering de Ward requiert des valeurs finies, d'au plus 1e+120 en valeur absolue (pour que les distances au carré restent finies), mais la ligne %1, variable %2 de la matrice des variables contient %3</translation>
        </message>
        <message>
            <source>the k-distance curve needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>la courbe des k-distances requiert des valeurs finies, d'au plus 1e+120 en valeur absolue (pour que les distances au carré restent finies), mais la ligne %1, variable %2 de la matrice des variables contient %3</translation>
        </message>
        <message>
            <source>the exact Ward limit must be at least 2 rows</source>
            <translation>la limite exacte de Ward doit être d'au moins 2 lignes</translation>
        </message>
        <message>
            <source>the number of micro-clusters (%1) must be at least k (%2)</source>
            <translation>le nombre de micro-clusters (%1) doit être au moins égal à k (%2)</translation>
        </message>
        <message>
            <source>the number of micro-clusters (%1) must not exceed the exact Ward limit (%2)</source>
            <translation>le nombre de micro-clusters (%1) ne doit pas dépasser la limite exacte de Ward (%2)</translation>
        </message>
        <message>
            <source>Ward clustering takes at most %1 leaves; lower the exact limit or the number of micro-clusters</source>
            <translation>le clustering de Ward accepte au plus %1 feuilles ; réduisez la limite exacte ou le nombre de micro-clusters</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 but the data has only %n distinct row(s) in a sample of its rows</source>
            <translation>
                <numerusform>k = %1, mais les données n'ont que %n ligne distincte dans un échantillon de leurs lignes</numerusform>
                <numerusform>k = %1, mais les données n'ont que %n lignes distinctes dans un échantillon de leurs lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the 1 leaf of the tree</source>
            <translation>k = %1 doit être compris entre 1 et le nombre de feuilles de l'arbre (1)</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 must be between 1 and the %n leaves of the tree</source>
            <translation>
                <numerusform>k = %1 doit être compris entre 1 et le nombre de feuilles de l'arbre (%n)</numerusform>
                <numerusform>k = %1 doit être compris entre 1 et le nombre de feuilles de l'arbre (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the tree has %n row(s), the data %1</source>
            <translation>
                <numerusform>l'arbre a %n ligne, les données %1</numerusform>
                <numerusform>l'arbre a %n lignes, les données %1</numerusform>
            </translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the number of leaves (%2)</source>
            <translation>k = %1 doit être compris entre 1 et le nombre de feuilles (%2)</translation>
        </message>
        <message>
            <source>a dendrogram of 1 leaf has %1 merges, not %2</source>
            <translation>un dendrogramme d'une feuille a %1 fusions, et non %2</translation>
        </message>
        <message numerus="yes">
            <source>a dendrogram of %n leaves has %1 merges, not %2</source>
            <translation>
                <numerusform>un dendrogramme de %n feuille a %1 fusions, et non %2</numerusform>
                <numerusform>un dendrogramme de %n feuilles a %1 fusions, et non %2</numerusform>
            </translation>
        </message>
        <message>
            <source>merge %1 of the dendrogram joins cluster %2, which does not exist yet</source>
            <translation>la fusion %1 du dendrogramme réunit le cluster %2, qui n'existe pas encore</translation>
        </message>
        <message>
            <source>merge %1 of the dendrogram joins cluster %2, which was merged before</source>
            <translation>la fusion %1 du dendrogramme réunit le cluster %2, qui a déjà été fusionné</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file: a row in it</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>column '%1'</source>
            <translation>colonne '%1'</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a file or a row, then a column</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a place: what is wrong there</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>column %1 (%2)</source>
            <translation>colonne %1 (%2)</translation>
        </message>
        <message>
            <source>%1 key '%2' is given twice (%3); a key may appear only once in an object</source>
            <translation>%1 : la clé '%2' figure deux fois (%3) ; une clé ne peut apparaître qu'une fois dans un objet</translation>
        </message>
        <message>
            <source>%1 key '%2': the number %3 is out of range (%4)</source>
            <translation>%1, clé '%2' : le nombre %3 est hors limites (%4)</translation>
        </message>
        <message>
            <source>the %1 is not valid JSON: %2</source>
            <translation>la %1 n'est pas du JSON valide : %2</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>ligne %1, colonne %2</translation>
        </message>
        <message>
            <source>age</source>
            <translation>âge</translation>
        </message>
        <message>
            <source>sexual orientation</source>
            <translation>orientation sexuelle</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>sexe</translation>
        </message>
        <message>
            <source>ethnic origin</source>
            <translation>origine ethnique</translation>
        </message>
        <message>
            <source>nationality</source>
            <translation>nationalité</translation>
        </message>
        <message>
            <source>religion or belief</source>
            <translation>religion ou convictions</translation>
        </message>
        <message>
            <source>health</source>
            <translation>santé</translation>
        </message>
        <message>
            <source>political opinion</source>
            <translation>opinions politiques</translation>
        </message>
        <message>
            <source>trade union membership</source>
            <translation>appartenance syndicale</translation>
        </message>
        <message>
            <source>genetic or biometric data</source>
            <translation>données génétiques ou biométriques</translation>
        </message>
        <message>
            <source>whole numbers %1–%2 in %3 values and a name like a code: a category, not a quantity</source>
            <translation>des nombres entiers de %1 à %2 (%3 valeurs distinctes) et un nom évoquant un code : une catégorie, pas une quantité</translation>
        </message>
        <message>
            <source>unknown column role '%1'; the roles are: %2</source>
            <translation>rôle de colonne inconnu '%1' ; les rôles sont : %2</translation>
        </message>
        <message>
            <source>the column has no name</source>
            <translation>la colonne n'a pas de nom</translation>
        </message>
        <message>
            <source>its name marks a key</source>
            <translation>son nom désigne une clé</translation>
        </message>
        <message>
            <source>its name marks known segments</source>
            <translation>son nom désigne des segments connus</translation>
        </message>
        <message>
            <source>its name marks personal data</source>
            <translation>son nom désigne des données personnelles</translation>
        </message>
        <message>
            <source>its name marks a number that names something (a key), not a quantity</source>
            <translation>son nom désigne un numéro qui identifie quelque chose (une clé), pas une quantité</translation>
        </message>
        <message>
            <source>every cell is missing</source>
            <translation>toutes les cellules sont manquantes</translation>
        </message>
        <message>
            <source>its cells are dates</source>
            <translation>ses cellules sont des dates</translation>
        </message>
        <message>
            <source>most of its cells are numbers, but some are not</source>
            <translation>la plupart de ses cellules sont des nombres, mais pas toutes</translation>
        </message>
        <message>
            <source>its cells are a few text values</source>
            <translation>ses cellules prennent quelques valeurs textuelles</translation>
        </message>
        <message>
            <source>its cells are codes with too many distinct values to be categories</source>
            <translation>ses cellules sont des codes aux valeurs distinctes trop nombreuses pour être des catégories</translation>
        </message>
        <message>
            <source>its cells are free text or keys</source>
            <translation>ses cellules sont du texte libre ou des clés</translation>
        </message>
        <message>
            <source>its cells are yes/no values</source>
            <translation>ses cellules sont des valeurs oui/non</translation>
        </message>
        <message>
            <source>its name marks an amount of money</source>
            <translation>son nom désigne un montant</translation>
        </message>
        <message>
            <source>its cells are numbers</source>
            <translation>ses cellules sont des nombres</translation>
        </message>
        <message>
            <source>a role (%1) was set for the column '%2', but there is no such column; the columns are: %3</source>
            <translation>un rôle (%1) a été défini pour la colonne '%2', mais cette colonne n'existe pas ; les colonnes sont : %3</translation>
        </message>
        <message>
            <source>column '%1' cannot be %2: %3</source>
            <translation>la colonne '%1' ne peut pas avoir le rôle %2 : %3</translation>
        </message>
        <message>
            <source>its cells are %1 values; a category is a code or a few text values</source>
            <translation>ses cellules sont de type %1 ; une catégorie est un code ou un petit nombre de valeurs textuelles</translation>
        </message>
        <message>
            <source>its cells are %1 values, not numbers</source>
            <translation>ses cellules sont de type %1, pas des nombres</translation>
        </message>
        <message>
            <source>its cells are %1 values, not dates</source>
            <translation>ses cellules sont de type %1, pas des dates</translation>
        </message>
        <message>
            <source>row %1 holds '%2', which is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)</source>
            <translation>la ligne %1 contient '%2', qui n'est pas une date (comme 2024-03-31, 3/31/2024, 31.03.2024 ou 20240331)</translation>
        </message>
        <message>
            <source>column '%1' repeats: %2 rows for %3 ids (id '%4' has %5 rows). The data looks like a transaction log (a row per purchase or invoice line), not one row per customer, and clustering it would make segments of purchases. Read it as one row per customer instead: from its dates and amounts, each customer's purchases, time since the last one and spend</source>
            <translation>la colonne '%1' se répète : %2 lignes pour %3 identifiants (l'identifiant '%4' a %5 lignes). Les données ressemblent à un journal des transactions (une ligne par achat ou par ligne de facture), et non à une ligne par client ; les segmenter produirait des segments d'achats. Agrégez-les plutôt en une ligne par client : à partir de leurs dates et de leurs montants, les achats de chaque client, le temps écoulé depuis le dernier et ses dépenses</translation>
        </message>
        <message>
            <source>cannot read back columns kept in a temporary file in %1: %2</source>
            <translation>impossible de relire les colonnes conservées dans un fichier temporaire dans %1 : %2</translation>
        </message>
        <message>
            <source>the file is shorter than written</source>
            <translation>le fichier est plus court que ce qui a été écrit</translation>
        </message>
        <message>
            <source>cannot keep columns in a temporary file in %1: %2</source>
            <translation>impossible de conserver des colonnes dans un fichier temporaire dans %1 : %2</translation>
        </message>
        <message>
            <source>the column is not kept in the temporary file</source>
            <translation>la colonne n'est pas conservée dans le fichier temporaire</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>spaces</source>
            <translation>espaces</translation>
        </message>
        <message>
            <source>%1 (for example "CSV UTF-8" in a spreadsheet program)</source>
            <translation>%1 (par exemple "CSV UTF-8" dans un tableur)</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>the delimiter cannot be a quote or a line break</source>
            <translation>le séparateur ne peut être ni un guillemet ni un saut de ligne</translation>
        </message>
        <message>
            <source>the value holds a NUL byte (byte offset %1), which text never does: the file is not UTF-8 text (it may be a binary file or damaged)</source>
            <translation>la valeur contient un octet NUL (position d'octet %1), ce qui n'arrive jamais dans du texte : le fichier n'est pas du texte UTF-8 (c'est peut-être un fichier binaire, ou il est endommagé)</translation>
        </message>
        <message>
            <source>the quoted value that starts on line %1 is longer than %2, the most a row may hold; a closing double quote may be missing</source>
            <translation>la valeur entre guillemets qui commence à la ligne %1 dépasse %2, le maximum pour une ligne ; il manque peut-être un guillemet double fermant</translation>
        </message>
        <message>
            <source>no line break in the first %1 of the row; a row (the header too) may hold at most %1</source>
            <translation>aucun saut de ligne dans les premiers %1 de la ligne ; une ligne (en-tête compris) ne peut pas dépasser %1</translation>
        </message>
        <message>
            <source>no ',', ';', tab or '|' splits the header and the first rows evenly, but runs of spaces do: the columns were taken to be separated by spaces (%1 columns)</source>
            <translation>ni ',', ni ';', ni la tabulation, ni '|' ne découpent l'en-tête et les premières lignes en un même nombre de champs, mais les suites d'espaces le font : les colonnes ont été considérées comme séparées par des espaces (%1 colonnes)</translation>
        </message>
        <message>
            <source>no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of spaces split the header into %1 fields but the line of row %2 into %3; the file was read as one column</source>
            <translation>aucun séparateur trouvé : ',', ';', la tabulation et '|' n'apparaissent pas dans l'en-tête, et les suites d'espaces découpent l'en-tête en %1 champs, mais la ligne %2 en %3 ; le fichier a été lu comme une seule colonne</translation>
        </message>
        <message>
            <source>no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of spaces split the header into %1 fields but there are no rows to compare; the file was read as one column</source>
            <translation>aucun séparateur trouvé : ',', ';', la tabulation et '|' n'apparaissent pas dans l'en-tête, et les suites d'espaces découpent l'en-tête en %1 champs, mais il n'y a aucune ligne à comparer ; le fichier a été lu comme une seule colonne</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 would split the header and the first rows as evenly; if the columns are wrong, choose the delimiter</source>
            <translation>le séparateur %1 a été retenu, mais le séparateur %2 découperait l'en-tête et les premières lignes tout aussi régulièrement ; si les colonnes sont incorrectes, choisissez le séparateur</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 also occurs in the header; if the columns are wrong, choose the delimiter</source>
            <translation>le séparateur %1 a été retenu, mais le caractère %2 apparaît aussi dans l'en-tête ; si les colonnes sont incorrectes, choisissez le séparateur</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 also occur in the header; if the columns are wrong, choose the delimiter</source>
            <translation>le séparateur %1 a été retenu, mais les caractères %2 apparaissent aussi dans l'en-tête ; si les colonnes sont incorrectes, choisissez le séparateur</translation>
        </message>
        <message>
            <source>the quoted value that starts on line %1 is never closed; a closing double quote is missing</source>
            <translation>la valeur entre guillemets qui commence à la ligne %1 n'est jamais fermée ; il manque un guillemet double fermant</translation>
        </message>
        <message>
            <source>unexpected text after a closing quote (byte offset %1); a double quote inside a quoted value must be doubled ("")</source>
            <translation>texte inattendu après un guillemet fermant (position d'octet %1) ; un guillemet double à l'intérieur d'une valeur entre guillemets doit être doublé ("")</translation>
        </message>
        <message>
            <source>the row has more than %1 fields, but the header has %2; a value that contains the delimiter %3 must be enclosed in double quotes</source>
            <translation>la ligne a plus de %1 champs, mais l'en-tête en a %2 ; une valeur qui contient le séparateur %3 doit être entre guillemets doubles</translation>
        </message>
        <message>
            <source>the header has more than %1 fields; a table may have at most %1 columns</source>
            <translation>l'en-tête a plus de %1 champs ; une table peut avoir au plus %1 colonnes</translation>
        </message>
        <message>
            <source>invalid UTF-8 at byte offset %1 (byte %2); save the file as UTF-8 (it may be Latin-1 or Windows-1252)</source>
            <translation>UTF-8 invalide à la position d'octet %1 (octet %2) ; enregistrez le fichier en UTF-8 (il est peut-être en Latin-1 ou en Windows-1252)</translation>
        </message>
        <message>
            <source>every name in the header row is a number (%1): the file may have no header row, and its first row was taken as the column names</source>
            <translation>tous les noms de la ligne d'en-tête sont des nombres (%1) : le fichier n'a peut-être pas de ligne d'en-tête, et sa première ligne a été prise pour les noms de colonnes</translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 et %2 autres</translation>
        </message>
        <message>
            <source>row %1 starts with a byte order mark (U+FEFF), as where two files were joined into one; it was removed from the first value</source>
            <translation>la ligne %1 commence par une marque d'ordre des octets (U+FEFF), comme lorsque deux fichiers ont été réunis en un seul ; elle a été retirée de la première valeur</translation>
        </message>
        <message>
            <source>rows %1 start with a byte order mark (U+FEFF), as where two files were joined into one; it was removed from the first value</source>
            <translation>les lignes %1 commencent par une marque d'ordre des octets (U+FEFF), comme lorsque deux fichiers ont été réunis en un seul ; elle a été retirée de la première valeur</translation>
        </message>
        <message>
            <source>row %1 repeats the header row, as where two files were joined into one; skipped as data</source>
            <translation>la ligne %1 répète la ligne d'en-tête, comme lorsque deux fichiers ont été réunis en un seul ; ignorée en tant que données</translation>
        </message>
        <message>
            <source>rows %1 repeat the header row, as where two files were joined into one; skipped as data</source>
            <translation>les lignes %1 répètent la ligne d'en-tête, comme lorsque deux fichiers ont été réunis en un seul ; ignorées en tant que données</translation>
        </message>
        <message>
            <source>row %1 holds only spaces or tabs and was skipped; the header is row %2</source>
            <translation>la ligne %1 ne contient que des espaces ou des tabulations et a été ignorée ; l'en-tête est la ligne %2</translation>
        </message>
        <message>
            <source>rows %1 to %2 hold only spaces or tabs and were skipped; the header is row %3</source>
            <translation>les lignes %1 à %2 ne contiennent que des espaces ou des tabulations et ont été ignorées ; l'en-tête est la ligne %3</translation>
        </message>
        <message>
            <source>reading the file in chunks needs the type of every column, and '%1' has none</source>
            <translation>la lecture du fichier par blocs requiert le type de chaque colonne, et '%1' n'en a pas</translation>
        </message>
        <message>
            <source>%1; the header was read as one column: if the file uses a delimiter other than ',', ';', tab or '|', choose it</source>
            <translation>%1 ; l'en-tête a été lu comme une seule colonne : si le fichier utilise un séparateur autre que ',', ';', la tabulation ou '|', choisissez-le</translation>
        </message>
        <message numerus="yes">
            <source>the row has %n field(s), but the header has %1</source>
            <translation>
                <numerusform>la ligne a %n champ, mais l'en-tête en a %1</numerusform>
                <numerusform>la ligne a %n champs, mais l'en-tête en a %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; the columns are separated by spaces, so a value with a space in it must be enclosed in double quotes, and a missing value must be written (NA), not left blank</source>
            <translation>%1 ; les colonnes sont séparées par des espaces : une valeur contenant un espace doit donc être entre guillemets doubles, et une valeur manquante doit être écrite (NA), et non laissée vide</translation>
        </message>
        <message>
            <source>%1; a value that contains the delimiter %2 must be enclosed in double quotes</source>
            <translation>%1 ; une valeur qui contient le séparateur %2 doit être entre guillemets doubles</translation>
        </message>
        <message>
            <source>%1; check for a missing delimiter or a line break inside an unquoted value</source>
            <translation>%1 ; vérifiez s'il manque un séparateur ou si une valeur sans guillemets contient un saut de ligne</translation>
        </message>
        <message>
            <source>the file is empty; expected a header row and data rows</source>
            <translation>le fichier est vide ; une ligne d'en-tête et des lignes de données étaient attendues</translation>
        </message>
        <message>
            <source>the file has a header row but no data rows</source>
            <translation>le fichier a une ligne d'en-tête, mais aucune ligne de données</translation>
        </message>
        <message>
            <source>the column '%1' starts with an invisible byte order mark (U+FEFF), as when a file is saved with two of them: remove it</source>
            <translation>la colonne '%1' commence par une marque d'ordre des octets invisible (U+FEFF), comme lorsqu'un fichier est enregistré avec deux de ces marques : supprimez-la</translation>
        </message>
        <message>
            <source>column '%1' holds whole numbers that are all dates written YYYYMMDD (row %2: %3); read as dates, not as numbers</source>
            <translation>la colonne '%1' contient des nombres entiers qui sont tous des dates au format YYYYMMDD (ligne %2 : %3) ; ils sont lus comme des dates, et non comme des nombres</translation>
        </message>
        <message>
            <source>column '%1' holds dates such as %2 whose day and month could be either way round (no day above 12); read as day/month/year (the default order when a column does not show it)</source>
            <translation>la colonne '%1' contient des dates comme %2 dont le jour et le mois pourraient être inversés (aucun jour supérieur à 12) ; lues comme jour/mois/année (l'ordre par défaut quand une colonne ne l'indique pas)</translation>
        </message>
        <message>
            <source>column '%1' holds dates such as %2 whose day and month could be either way round (no day above 12); read as month/day/year (the default order when a column does not show it)</source>
            <translation>la colonne '%1' contient des dates comme %2 dont le jour et le mois pourraient être inversés (aucun jour supérieur à 12) ; lues comme mois/jour/année (l'ordre par défaut quand une colonne ne l'indique pas)</translation>
        </message>
        <message>
            <source>read as categorical text, nothing was converted</source>
            <translation>lue comme texte catégoriel, aucune valeur n'a été convertie</translation>
        </message>
        <message>
            <source>read as identifier text, nothing was converted</source>
            <translation>lue comme texte d'identifiant, aucune valeur n'a été convertie</translation>
        </message>
        <message>
            <source>column '%1' holds whole numbers written with leading zeros (row %2: %3), as codes and customer numbers are; read as text, so the zeros are kept</source>
            <translation>la colonne '%1' contient des nombres entiers écrits avec des zéros en tête (ligne %2 : %3), comme les codes et les numéros de client ; elle est lue comme du texte, les zéros sont donc conservés</translation>
        </message>
        <message>
            <source>column '%1' mixes numbers and text: %2 of %3 values are numbers, but row %4 holds %5; %6</source>
            <translation>la colonne '%1' mélange nombres et texte : %2 valeurs sur %3 sont des nombres, mais la ligne %4 contient %5 ; %6</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a decimal comma or a thousands separator (row %2: %3); %4; %5</source>
            <translation>la colonne '%1' semble contenir des nombres avec une virgule décimale ou un séparateur de milliers (ligne %2 : %3) ; %4 ; %5</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a decimal comma (row %2: %3); %4; %5</source>
            <translation>la colonne '%1' semble contenir des nombres avec une virgule décimale (ligne %2 : %3) ; %4 ; %5</translation>
        </message>
        <message>
            <source>a decimal comma is read only from files delimited by ';' or tabs: write the numbers with '.' as the decimal mark</source>
            <translation>la virgule décimale n'est lue que dans les fichiers séparés par ';' ou par des tabulations : écrivez les nombres avec '.' comme séparateur décimal</translation>
        </message>
        <message>
            <source>a decimal comma is read only when every value of the column is an integer or uses it: write every number with the same decimal mark</source>
            <translation>la virgule décimale n'est lue que si chaque valeur de la colonne est un entier ou l'utilise : écrivez tous les nombres avec le même séparateur décimal</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with thousands separators (row %2: %3); %4; %5</source>
            <translation>la colonne '%1' semble contenir des nombres avec des séparateurs de milliers (ligne %2 : %3) ; %4 ; %5</translation>
        </message>
        <message>
            <source>remove the thousands separators to use it as numbers</source>
            <translation>supprimez les séparateurs de milliers pour que ses valeurs soient lues comme des nombres</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a currency or percent sign (row %2: %3); %4; %5</source>
            <translation>la colonne '%1' semble contenir des nombres avec un symbole monétaire ou de pourcentage (ligne %2 : %3) ; %4 ; %5</translation>
        </message>
        <message>
            <source>remove the signs to use it as numbers</source>
            <translation>supprimez ces symboles pour que ses valeurs soient lues comme des nombres</translation>
        </message>
        <message>
            <source>column '%1' looks like dates, but row %2 holds %3, which is not a date in the same format; %4</source>
            <translation>la colonne '%1' semble contenir des dates, mais la ligne %2 contient %3, qui n'est pas une date au même format ; %4</translation>
        </message>
        <message>
            <source>%1 GiB</source>
            <translation>%1 Gio</translation>
        </message>
        <message>
            <source>%1 MiB</source>
            <translation>%1 Mio</translation>
        </message>
        <message>
            <source>%1 KiB</source>
            <translation>%1 Kio</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>entrée standard</translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>impossible de lire l'entrée standard : %1</translation>
        </message>
        <message>
            <source>cannot open the %1: %2</source>
            <translation>impossible d'ouvrir le %1 : %2</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>impossible de lire le %1 : %2</translation>
        </message>
        <message>
            <source>cannot read the %1: it is a folder</source>
            <translation>impossible de lire le %1 : c'est un dossier</translation>
        </message>
        <message>
            <source>standard input is a terminal; redirect a file or a pipe into it</source>
            <translation>l'entrée standard est un terminal ; redirigez-y un fichier ou un tube</translation>
        </message>
        <message>
            <source>cannot read the %1: it is a terminal</source>
            <translation>impossible de lire le %1 : c'est un terminal</translation>
        </message>
        <message>
            <source>the %1 is a named pipe that no program opened for writing within %2 s; start the program that writes to it, or give a regular file</source>
            <translation>le %1 est un tube nommé qu'aucun programme n'a ouvert en écriture dans les %2 s ; lancez le programme qui y écrit, ou indiquez un fichier ordinaire</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1 to keep a copy of the input: %2; set TMPDIR to a writable folder</source>
            <translation>impossible de créer un fichier temporaire dans %1 pour conserver une copie de l'entrée : %2 ; faites pointer TMPDIR vers un dossier accessible en écriture</translation>
        </message>
        <message>
            <source>cannot read the temporary copy of the input in %1: %2</source>
            <translation>impossible de lire la copie temporaire de l'entrée dans %1 : %2</translation>
        </message>
        <message>
            <source>it is shorter than written</source>
            <translation>elle est plus courte que ce qui a été écrit</translation>
        </message>
        <message>
            <source>the input is longer than %1, the most read from standard input, a pipe or a device; save it to a file and give the file name</source>
            <translation>l'entrée dépasse %1, le maximum lu depuis l'entrée standard, un tube ou un périphérique ; enregistrez-la dans un fichier et indiquez le nom de ce fichier</translation>
        </message>
        <message>
            <source>cannot keep a copy of the input in the temporary folder %1: %2; set TMPDIR to a folder with more room, or save the input to a file</source>
            <translation>impossible de conserver une copie de l'entrée dans le dossier temporaire %1 : %2 ; faites pointer TMPDIR vers un dossier disposant de plus d'espace, ou enregistrez l'entrée dans un fichier</translation>
        </message>
        <message>
            <source>cannot read the %1 again: %2</source>
            <translation>impossible de relire le %1 : %2</translation>
        </message>
        <message>
            <source>the %1 holds a NUL byte at byte offset %2; it is not a text file</source>
            <translation>le %1 contient un octet NUL à la position d'octet %2 ; ce n'est pas un fichier texte</translation>
        </message>
        <message>
            <source>the %1 is larger than %2, the most it may be</source>
            <translation>le %1 dépasse %2, la taille maximale autorisée</translation>
        </message>
        <message>
            <source>an SQLite database can only be read from a file, not from standard input, a pipe or a device; give the database's file name</source>
            <translation>une base SQLite ne peut être lue que depuis un fichier, et non depuis l'entrée standard, un tube ou un périphérique ; indiquez le nom du fichier de la base</translation>
        </message>
        <message>
            <source>the database has no tables</source>
            <translation>la base de données ne contient aucune table</translation>
        </message>
        <message>
            <source>the database has several tables; choose one of: %1</source>
            <translation>la base de données contient plusieurs tables ; choisissez-en une parmi : %1</translation>
        </message>
        <message>
            <source>cannot mark '%1' sensitive: %2 has no such column</source>
            <translation>impossible de marquer '%1' comme sensible : %2 n'a pas cette colonne</translation>
        </message>
        <message>
            <source>the file is not a valid SQLite database (SQLite: %1); it may be damaged or cut short</source>
            <translation>le fichier n'est pas une base SQLite valide (SQLite : %1) ; il est peut-être endommagé ou tronqué</translation>
        </message>
        <message>
            <source>cannot read the database: %1</source>
            <translation>impossible de lire la base de données : %1</translation>
        </message>
        <message>
            <source>the database is cut short: the file holds %1 bytes, less than the 100-byte header of an SQLite database</source>
            <translation>la base de données est tronquée : le fichier contient %1 octets, moins que l'en-tête de 100 octets d'une base SQLite</translation>
        </message>
        <message>
            <source>the database is cut short: its header gives %1 pages of %2 bytes (%3 bytes), but the file holds %4; copy the whole file again</source>
            <translation>la base de données est tronquée : son en-tête indique %1 pages de %2 octets (%3 octets), mais le fichier en contient %4 ; copiez à nouveau le fichier entier</translation>
        </message>
        <message>
            <source>cannot open the file: no such file</source>
            <translation>impossible d'ouvrir le fichier : fichier introuvable</translation>
        </message>
        <message>
            <source>the file is not an SQLite database</source>
            <translation>le fichier n'est pas une base SQLite</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>mémoire insuffisante</translation>
        </message>
        <message>
            <source>cannot open the database: %1</source>
            <translation>impossible d'ouvrir la base de données : %1</translation>
        </message>
        <message>
            <source>%1, table '%2'</source>
            <translation>%1, table '%2'</translation>
        </message>
        <message>
            <source>there is no table or view named '%1'; the database has no tables</source>
            <translation>il n'existe aucune table ni vue nommée '%1' ; la base de données ne contient aucune table</translation>
        </message>
        <message>
            <source>there is no table or view named '%1'; the tables are: %2</source>
            <translation>il n'existe aucune table ni vue nommée '%1' ; les tables sont : %2</translation>
        </message>
        <message>
            <source>reading the table in chunks needs the type of every column, and '%1' has none</source>
            <translation>la lecture de la table par blocs requiert le type de chaque colonne, et '%1' n'en a pas</translation>
        </message>
        <message>
            <source>the text is not valid UTF-8 (byte %1 of the value)</source>
            <translation>le texte n'est pas de l'UTF-8 valide (octet %1 de la valeur)</translation>
        </message>
        <message>
            <source>the text holds a NUL byte (byte %1 of the value); text cannot contain NUL bytes</source>
            <translation>le texte contient un octet NUL (octet %1 de la valeur) ; un texte ne peut pas contenir d'octets NUL</translation>
        </message>
        <message>
            <source>the cell holds binary data (a BLOB); only numbers, text and NULL can be imported</source>
            <translation>la cellule contient des données binaires (un BLOB) ; seuls les nombres, le texte et NULL peuvent être importés</translation>
        </message>
        <message>
            <source>the table has no rows</source>
            <translation>la table ne contient aucune ligne</translation>
        </message>
        <message>
            <source>no column named '%1'; the columns are: %2</source>
            <translation>aucune colonne nommée '%1' ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>column %1 (%2) has no name in the header row; it is called '%3'</source>
            <translation>la colonne %1 (%2) n'a pas de nom dans la ligne d'en-tête ; elle est appelée '%3'</translation>
        </message>
        <message>
            <source>the column name '%1' appears twice in the header row (columns %2 (%3) and %4 (%5)); column names must be unique</source>
            <translation>le nom de colonne '%1' apparaît deux fois dans la ligne d'en-tête (colonnes %2 (%3) et %4 (%5)) ; les noms de colonnes doivent être uniques</translation>
        </message>
        <message>
            <source>a type (%1) was set for the column '%2', but there is no such column; the columns are: %3</source>
            <translation>un type (%1) a été défini pour la colonne '%2', mais cette colonne n'existe pas ; les colonnes sont : %3</translation>
        </message>
        <message>
            <source>the customer id column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne d'identifiant client '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1 ; %2</translation>
        </message>
        <message>
            <source>row %1 %2</source>
            <translation>ligne %1 %2</translation>
        </message>
        <message numerus="yes">
            <source>the column is set to integer, but %n cell(s) cannot be read as whole numbers: %1</source>
            <translation>
                <numerusform>la colonne est déclarée de type integer, mais %n cellule ne peut pas être lue comme nombre entier : %1</numerusform>
                <numerusform>la colonne est déclarée de type integer, mais %n cellules ne peuvent pas être lues comme nombres entiers : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to boolean, but %n cell(s) cannot be read as true/false values (true/false, yes/no, t/f, y/n or 1/0): %1</source>
            <translation>
                <numerusform>la colonne est déclarée de type boolean, mais %n cellule ne peut pas être lue comme valeur vrai/faux (true/false, yes/no, t/f, y/n ou 1/0) : %1</numerusform>
                <numerusform>la colonne est déclarée de type boolean, mais %n cellules ne peuvent pas être lues comme valeurs vrai/faux (true/false, yes/no, t/f, y/n ou 1/0) : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to date, but %n cell(s) cannot be read as dates (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331): %1</source>
            <translation>
                <numerusform>la colonne est déclarée de type date, mais %n cellule ne peut pas être lue comme date (par exemple 2024-03-31, 3/31/2024, 31.03.2024 ou 20240331) : %1</numerusform>
                <numerusform>la colonne est déclarée de type date, mais %n cellules ne peuvent pas être lues comme dates (par exemple 2024-03-31, 3/31/2024, 31.03.2024 ou 20240331) : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to real, but %n cell(s) cannot be read as numbers: %1</source>
            <translation>
                <numerusform>la colonne est déclarée de type real, mais %n cellule ne peut pas être lue comme nombre : %1</numerusform>
                <numerusform>la colonne est déclarée de type real, mais %n cellules ne peuvent pas être lues comme nombres : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' is entirely missing (all %2 values are empty or missing markers)</source>
            <translation>la colonne '%1' est entièrement manquante (ses %2 valeurs sont toutes vides ou des marqueurs de valeur manquante)</translation>
        </message>
        <message>
            <source>column '%1' holds an integer too large to be stored exactly: row %2 %3 is read as %4 (numbers beyond 2^53 = 9007199254740992 keep about 16 significant digits)</source>
            <translation>la colonne '%1' contient un entier trop grand pour être stocké exactement : la valeur %3 de la ligne %2 est lue comme %4 (les nombres au-delà de 2^53 = 9007199254740992 conservent environ 16 chiffres significatifs)</translation>
        </message>
        <message numerus="yes">
            <source>%1; %n more value(s) like it</source>
            <translation>
                <numerusform>%1 ; et %n autre valeur semblable</numerusform>
                <numerusform>%1 ; et %n autres valeurs semblables</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' holds only integers of %2 or more digits, some too large to be stored exactly (row %3 %4); they look like codes, so the column is read as identifier text</source>
            <translation>la colonne '%1' ne contient que des entiers de %2 chiffres ou plus, dont certains trop grands pour être stockés exactement (ligne %3 %4) ; ils ressemblent à des codes, la colonne est donc lue comme texte d'identifiant</translation>
        </message>
        <message numerus="yes">
            <source>the customer id is missing in %n row(s): %1; every row needs an id</source>
            <translation>
                <numerusform>l'identifiant client manque dans %n ligne : %1 ; chaque ligne doit avoir un identifiant</numerusform>
                <numerusform>l'identifiant client manque dans %n lignes : %1 ; chaque ligne doit avoir un identifiant</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1 appears in rows %2 and %3</source>
            <translation>l'identifiant %1 apparaît aux lignes %2 et %3</translation>
        </message>
        <message>
            <source>%1; and %2 more repeated ids</source>
            <translation>%1 ; et %2 autres identifiants répétés</translation>
        </message>
        <message>
            <source>%1; customer ids must be unique</source>
            <translation>%1 ; les identifiants clients doivent être uniques</translation>
        </message>
        <message>
            <source>%1; %2 rows for %3 ids look like a transaction log (a row per purchase): turn it into one row per customer first</source>
            <translation>%1 ; %2 lignes pour %3 identifiants évoquent un journal des transactions (une ligne par achat) : agrégez-le d'abord en une ligne par client</translation>
        </message>
        <message>
            <source>column '%1' holds numbers with a decimal comma (row %2: %3), read with ',' as the decimal mark (%3 is %4)</source>
            <translation>la colonne '%1' contient des nombres à virgule décimale (ligne %2 : %3), lus avec ',' comme séparateur décimal (%3 vaut %4)</translation>
        </message>
        <message>
            <source>cannot append rows with %1 columns to a table of %2</source>
            <translation>impossible d'ajouter des lignes de %1 colonnes à une table qui en compte %2</translation>
        </message>
        <message>
            <source>cannot append rows: column %1 is '%2' (%3), not '%4' (%5)</source>
            <translation>impossible d'ajouter des lignes : la colonne %1 est '%2' (%3), et non '%4' (%5)</translation>
        </message>
        <message>
            <source>the %1 is %2 (it starts with a byte order mark); save it as UTF-8</source>
            <translation>le %1 est en %2 (il commence par une marque d'ordre des octets) ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <source>the %1 is %2 (every second byte is NUL); save it as UTF-8</source>
            <translation>le %1 est en %2 (un octet sur deux est NUL) ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <source>the %1 is %2 (three bytes of every four are NUL); save it as UTF-8</source>
            <translation>le %1 est en %2 (trois octets sur quatre sont NUL) ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <source>a decimal comma or a thousands separator</source>
            <translation>une virgule décimale ou un séparateur de milliers</translation>
        </message>
        <message>
            <source>a decimal comma</source>
            <translation>une virgule décimale</translation>
        </message>
        <message>
            <source>thousands separators</source>
            <translation>des séparateurs de milliers</translation>
        </message>
        <message>
            <source>a currency or percent sign</source>
            <translation>un symbole monétaire ou de pourcentage</translation>
        </message>
        <message>
            <source>no special style</source>
            <translation>aucun format particulier</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>données de démonstration</translation>
        </message>
        <message>
            <source>a lifetime-value model input (frequency, recency, T, monetary value in weeks): the purchase history of orders, days_since_last_order and tenure_days in the models' terms, so not clustered on</source>
            <translation>une entrée des modèles de valeur vie client (fréquence, récence, T, valeur monétaire en semaines) : l'historique d'achats donné par orders, days_since_last_order et tenure_days, exprimé dans les termes des modèles, donc exclue de la segmentation</translation>
        </message>
        <message>
            <source>PCA failed: the covariance of the data is not finite (does the data contain NaN or infinite values?)</source>
            <translation>échec de la PCA : la covariance des données n'est pas finie (les données contiennent-elles des valeurs NaN ou infinies ?)</translation>
        </message>
        <message>
            <source>PCA failed: the covariance eigen-decomposition did not converge (does the data contain NaN or infinite values?)</source>
            <translation>échec de la PCA : la décomposition en valeurs propres de la covariance n'a pas convergé (les données contiennent-elles des valeurs NaN ou infinies ?)</translation>
        </message>
        <message>
            <source>PCA failed: the leading principal axes did not converge after %1 Lanczos steps</source>
            <translation>échec de la PCA : les premiers axes principaux n'ont pas convergé après %1 itérations de Lanczos</translation>
        </message>
        <message>
            <source>PCA was fitted on %1 features but the new rows have %2</source>
            <translation>la PCA a été ajustée sur %1 variables, mais les nouvelles lignes en ont %2</translation>
        </message>
        <message>
            <source>PCA needs between 1 and %1 components (the number of features), not %2</source>
            <translation>la PCA requiert entre 1 et %1 composantes (le nombre de variables), et non %2</translation>
        </message>
        <message>
            <source>PCA needs at least one row of data</source>
            <translation>la PCA requiert au moins une ligne de données</translation>
        </message>
        <message>
            <source>the Lanczos PCA solver finds fewer components than half the features, but %1 of %2 were asked for</source>
            <translation>le solveur PCA de Lanczos trouve moins de composantes que la moitié du nombre de variables, mais %1 sur %2 ont été demandées</translation>
        </message>
        <message>
            <source>UMAP needs finite values; prepared row %1, feature %2 is %3</source>
            <translation>UMAP requiert des valeurs finies ; la ligne préparée %1, variable %2, vaut %3</translation>
        </message>
        <message>
            <source>unknown metric '%1'; accepted values: euclidean, manhattan, cosine</source>
            <translation>métrique inconnue '%1' ; valeurs acceptées : euclidean, manhattan, cosine</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be at least 2 and less than the number of rows (%2)</source>
            <translation>%1 est hors limites : la valeur doit être au moins égale à 2 et inférieure au nombre de lignes (%2)</translation>
        </message>
        <message>
            <source>%1 rows are too few: the map is fitted on them, so they must be more than neighbors (%2)</source>
            <translation>%1 lignes, c'est trop peu : la carte est ajustée sur ces lignes, qui doivent donc être plus nombreuses que neighbors (%2)</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be a positive number</source>
            <translation>%1 est hors limites : la valeur doit être un nombre positif</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 or more</source>
            <translation>%1 est hors limites : la valeur doit être supérieure ou égale à 0</translation>
        </message>
        <message>
            <source>%1 is greater than spread (%2); min_dist must not exceed spread</source>
            <translation>%1 est supérieur à spread (%2) ; min_dist ne doit pas dépasser spread</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 (chosen by size) to 100000</source>
            <translation>%1 est hors limites : la valeur doit être comprise entre 0 (choix selon la taille) et 100000</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 to 1000</source>
            <translation>%1 est hors limites : la valeur doit être comprise entre 0 et 1000</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be between 0 and 1</source>
            <translation>%1 est hors limites : la valeur doit être comprise entre 0 et 1</translation>
        </message>
        <message>
            <source>UMAP supports at most 2147483647 rows, not %1</source>
            <translation>UMAP accepte au plus 2147483647 lignes, et non %1</translation>
        </message>
        <message>
            <source>the neighbour graph has %1 disconnected parts, so the map starts from the principal components</source>
            <translation>le graphe des voisins comporte %1 parties non connexes : la carte part donc des composantes principales</translation>
        </message>
        <message>
            <source>the spectral start did not converge, so the map starts from the principal components</source>
            <translation>l'initialisation spectrale n'a pas convergé : la carte part donc des composantes principales</translation>
        </message>
        <message>
            <source>UMAP transform: the rows have %1 features, the map was fitted on %2</source>
            <translation>transformation UMAP : les lignes ont %1 variables, la carte a été ajustée sur %2</translation>
        </message>
        <message>
            <source>no treated customers: the campaign cannot be judged here</source>
            <translation>aucun client dans le groupe test : la campagne ne peut pas être évaluée ici</translation>
        </message>
        <message>
            <source>no control customers: the campaign cannot be judged here</source>
            <translation>aucun client dans le groupe témoin : la campagne ne peut pas être évaluée ici</translation>
        </message>
        <message>
            <source>fewer than 5 conversions (or non-conversions) expected in an arm: the p-value's normal approximation is rough; the interval is the better guide</source>
            <translation>moins de 5 conversions (ou non-conversions) attendues dans un groupe : l'approximation normale de la valeur p est grossière ; l'intervalle est un meilleur repère</translation>
        </message>
        <message>
            <source>conversion: no significant difference, but only a difference of %1 points or more would be found with %2 power: a smaller effect may have been missed</source>
            <translation>conversion : aucune différence significative, mais seule une différence d'au moins %1 points serait détectée avec une puissance de %2 : un effet plus faible a pu passer inaperçu</translation>
        </message>
        <message>
            <source>revenue: no significant difference, but only a difference of %1 per customer or more would be found with %2 power: a smaller effect may have been missed</source>
            <translation>chiffre d'affaires : aucune différence significative, mais seule une différence d'au moins %1 par client serait détectée avec une puissance de %2 : un effet plus faible a pu passer inaperçu</translation>
        </message>
        <message>
            <source>the confidence level must lie between 0.5 and 1</source>
            <translation>le niveau de confiance doit être compris entre 0,5 et 1</translation>
        </message>
        <message>
            <source>the power must lie between 0.5 and 1</source>
            <translation>la puissance doit être comprise entre 0,5 et 1</translation>
        </message>
        <message>
            <source>at least 100 bootstrap resamples are needed</source>
            <translation>au moins 100 rééchantillonnages bootstrap sont nécessaires</translation>
        </message>
        <message>
            <source>the campaign's columns differ in length</source>
            <translation>les colonnes de la campagne n'ont pas la même longueur</translation>
        </message>
        <message>
            <source>the campaign has neither conversions nor revenue to compare</source>
            <translation>la campagne n'a ni conversions ni chiffre d'affaires à comparer</translation>
        </message>
        <message>
            <source>covariate '%1' has the wrong number of customers</source>
            <translation>la covariable '%1' n'a pas le bon nombre de clients</translation>
        </message>
        <message>
            <source>customer %1 is in segment %2, which the run lacks</source>
            <translation>le client %1 est dans le segment %2, qui n'existe pas dans l'exécution</translation>
        </message>
        <message>
            <source>customer %1: a conversion is 0 or 1 (no or yes)</source>
            <translation>client %1 : une conversion vaut 0 ou 1 (non ou oui)</translation>
        </message>
        <message>
            <source>the campaign has no treated customers: lift compares the two arms</source>
            <translation>la campagne n'a aucun client dans le groupe test : l'uplift compare les deux groupes</translation>
        </message>
        <message>
            <source>the campaign has no control customers: lift compares the two arms</source>
            <translation>la campagne n'a aucun client dans le groupe témoin : l'uplift compare les deux groupes</translation>
        </message>
        <message>
            <source>revenue: fewer than two customers with a known revenue in an arm</source>
            <translation>chiffre d'affaires : moins de deux clients au chiffre d'affaires connu dans un groupe</translation>
        </message>
        <message>
            <source>segment %1 '%2'</source>
            <translation>segment %1 '%2'</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>segment %1</translation>
        </message>
        <message>
            <source>%1 (SMD %2)</source>
            <translation>%1 (SMD %2)</translation>
        </message>
        <message>
            <source>the arms differed before the campaign in %1: these may confound the lift, as if the campaign had caused the difference</source>
            <translation>les groupes différaient avant la campagne sur %1 : ces écarts peuvent fausser l'uplift, comme si la campagne avait causé la différence</translation>
        </message>
        <message>
            <source>the arms hold the segments in different shares: the overall lift mixes them unequally; the per-segment lifts compare like with like</source>
            <translation>les groupes contiennent les segments dans des proportions différentes : l'uplift global les mélange inégalement ; les uplifts par segment comparent des groupes comparables</translation>
        </message>
        <message>
            <source>the gap statistic needs kMax &gt;= 1, at least one reference set and one restart</source>
            <translation>la statistique gap requiert kMax &gt;= 1, au moins un jeu de référence et un redémarrage</translation>
        </message>
        <message>
            <source>prediction strength needs 2 &lt;= kMin &lt;= kMax and at least one split</source>
            <translation>la force de prédiction requiert 2 &lt;= kMin &lt;= kMax et au moins un partage</translation>
        </message>
        <message>
            <source>prediction strength's strata must have one label per row</source>
            <translation>les strates de la force de prédiction doivent avoir une étiquette par ligne</translation>
        </message>
        <message>
            <source>prediction strength for k up to %1 needs at least %2 customers, twice as many; there are %3</source>
            <translation>la force de prédiction pour k jusqu'à %1 requiert au moins %2 clients, soit deux fois plus ; il y en a %3</translation>
        </message>
        <message>
            <source>label %1 at row index %2 is invalid: cluster ids are &gt;= 0, and -1 marks noise</source>
            <translation>l'étiquette %1 à l'indice de ligne %2 est invalide : les identifiants de cluster sont &gt;= 0, et -1 désigne le bruit</translation>
        </message>
        <message>
            <source>the data has %1 rows but there are %2 labels</source>
            <translation>les données ont %1 lignes, mais il y a %2 étiquettes</translation>
        </message>
        <message>
            <source>the two labelings have different lengths (%1 and %2)</source>
            <translation>les deux étiquetages ont des longueurs différentes (%1 et %2)</translation>
        </message>
        <message>
            <source>run %1 has no labels</source>
            <translation>l'exécution %1 n'a pas d'étiquettes</translation>
        </message>
        <message>
            <source>run %1 has not one label per row</source>
            <translation>l'exécution %1 n'a pas une étiquette par ligne</translation>
        </message>
        <message>
            <source>the rows of run %1 are not ascending</source>
            <translation>les lignes de l'exécution %1 ne sont pas en ordre croissant</translation>
        </message>
        <message>
            <source>run %1 has the label %2 outside its %3 segments</source>
            <translation>l'exécution %1 a l'étiquette %2, hors de ses %3 segments</translation>
        </message>
        <message>
            <source>trustworthiness: the map has %1 rows, the data %2</source>
            <translation>fiabilité : la carte a %1 lignes, les données %2</translation>
        </message>
        <message>
            <source>trustworthiness: k = %1 needs at least 2k + 1 rows, there are %2</source>
            <translation>fiabilité : k = %1 requiert au moins 2k + 1 lignes, il y en a %2</translation>
        </message>
        <message>
            <source>trustworthiness: the map has %1 points, the data %2 rows</source>
            <translation>fiabilité : la carte a %1 points, les données %2 lignes</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>what failed: the system's reason</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>no file name given</source>
            <translation>aucun nom de fichier indiqué</translation>
        </message>
        <message>
            <source>is a directory, not a file</source>
            <translation>est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>permission denied: the file is read-only (its owner has no write permission), so it is not replaced</source>
            <translation>permission refusée : le fichier est en lecture seule (son propriétaire n'a pas le droit d'écriture), il n'est donc pas remplacé</translation>
        </message>
        <message>
            <source>permission denied: this user may not write the file, so it is not replaced</source>
            <translation>permission refusée : cet utilisateur n'a pas le droit d'écrire le fichier, il n'est donc pas remplacé</translation>
        </message>
        <message>
            <source>cannot write</source>
            <translation>écriture impossible</translation>
        </message>
        <message>
            <source>cannot write: the folder %1 does not exist</source>
            <translation>écriture impossible : le dossier %1 n'existe pas</translation>
        </message>
        <message>
            <source>cannot write: %1 is not a folder</source>
            <translation>écriture impossible : %1 n'est pas un dossier</translation>
        </message>
        <message>
            <source>cannot write into the folder %1</source>
            <translation>impossible d'écrire dans le dossier %1</translation>
        </message>
        <message>
            <source>is a folder, not a file: name a file to write in it</source>
            <translation>est un dossier, pas un fichier : indiquez un fichier à y écrire</translation>
        </message>
        <message>
            <source>is neither a regular file nor a character device or FIFO; refusing to write to it</source>
            <translation>n'est ni un fichier ordinaire, ni un périphérique caractère, ni une FIFO ; refus d'y écrire</translation>
        </message>
        <message>
            <source>cannot open</source>
            <translation>ouverture impossible</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1</source>
            <translation>impossible de créer un fichier temporaire dans %1</translation>
        </message>
        <message>
            <source>cannot set the permissions of the temporary file</source>
            <translation>impossible de définir les permissions du fichier temporaire</translation>
        </message>
        <message>
            <source>the file could not be written</source>
            <translation>le fichier n'a pas pu être écrit</translation>
        </message>
        <message>
            <source>the file was already committed</source>
            <translation>le fichier a déjà été validé</translation>
        </message>
        <message>
            <source>cannot name the temporary file</source>
            <translation>impossible de nommer le fichier temporaire</translation>
        </message>
        <message>
            <source>cannot keep the old file while replacing it</source>
            <translation>impossible de conserver l'ancien fichier pendant son remplacement</translation>
        </message>
        <message>
            <source>cannot replace the file</source>
            <translation>impossible de remplacer le fichier</translation>
        </message>
        <message>
            <source>is the same file as %1; each output needs a file of its own</source>
            <translation>est le même fichier que %1 ; chaque sortie requiert son propre fichier</translation>
        </message>
        <message>
            <source>%1 could not be put back: %2</source>
            <translation>%1 n'a pas pu être restauré : %2</translation>
        </message>
        <message>
            <source>%1 could not be put back: %2 (its old content is in %3)</source>
            <translation>%1 n'a pas pu être restauré : %2 (son ancien contenu se trouve dans %3)</translation>
        </message>
        <message>
            <source>%1; the files replaced before it were put back</source>
            <translation>%1 ; les fichiers remplacés avant lui ont été restaurés</translation>
        </message>
        <message>
            <source>cannot read the symbolic link %1</source>
            <translation>impossible de lire le lien symbolique %1</translation>
        </message>
        <message>
            <source>cannot look up %1</source>
            <translation>impossible d'accéder à %1</translation>
        </message>
        <message>
            <source>cannot follow the symbolic links</source>
            <translation>impossible de suivre les liens symboliques</translation>
        </message>
        <message>
            <source>only %1 of %2 customers are left after setting aside the outliers beyond a robust z of %3, fewer than the %4 segments asked for; raise the outlier threshold or turn it off</source>
            <translation>il ne reste que %1 clients sur %2 après la mise de côté des valeurs atypiques au-delà d'un z robuste de %3, moins que les %4 segments demandés ; relevez le seuil des valeurs atypiques ou désactivez-le</translation>
        </message>
        <message>
            <source>%1 of %2 customers were set aside as outliers (a feature beyond a robust z of %3) and are in no segment</source>
            <translation>%1 clients sur %2 ont été mis de côté comme valeurs atypiques (une variable au-delà d'un z robuste de %3) et ne sont dans aucun segment</translation>
        </message>
        <message>
            <source>the Gaussian mixture treats the 0/1 features of the categorical columns %1 as continuous: segments tend to split by category rather than by behaviour; leave those columns out, or compare with k-means</source>
            <translation>le mélange gaussien traite comme continues les variables 0/1 des colonnes catégorielles %1 : les segments tendent à se séparer par catégorie plutôt que par comportement ; écartez ces colonnes, ou comparez avec k-means</translation>
        </message>
        <message>
            <source>%1 stopped at its limit of %2 iterations before converging</source>
            <translation>%1 s'est arrêté à sa limite de %2 itérations avant d'avoir convergé</translation>
        </message>
        <message numerus="yes">
            <source>it found %n segment(s)</source>
            <translation>
                <numerusform>il a trouvé %n segment</numerusform>
                <numerusform>il a trouvé %n segments</numerusform>
            </translation>
        </message>
        <message>
            <source>its segments change with the seed (stability %1, below %2)</source>
            <translation>ses segments changent selon la graine (stabilité %1, inférieure à %2)</translation>
        </message>
        <message>
            <source>its smallest segment holds %1 of the customers, below %2</source>
            <translation>son plus petit segment contient %1 des clients, sous le seuil de %2</translation>
        </message>
        <message>
            <source>its separation (silhouette) is undefined</source>
            <translation>sa séparation (silhouette) n'est pas définie</translation>
        </message>
        <message>
            <source>it separates the customers less well than the current model (silhouette %1 against %2)</source>
            <translation>il sépare les clients moins bien que le modèle actuel (silhouette %1 contre %2)</translation>
        </message>
        <message>
            <source>segment matching needs a label for every customer</source>
            <translation>l'appariement des segments requiert une étiquette pour chaque client</translation>
        </message>
        <message>
            <source>feature spec key '%1': %2</source>
            <translation>spécification des variables, clé '%1' : %2</translation>
        </message>
        <message>
            <source>unknown key; accepted keys: %1</source>
            <translation>clé inconnue ; clés acceptées : %1</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>un nombre est attendu</translation>
        </message>
        <message>
            <source>the weight %1 is out of range; %2</source>
            <translation>le poids %1 est hors limites ; %2</translation>
        </message>
        <message>
            <source>expected a text value</source>
            <translation>une valeur texte est attendue</translation>
        </message>
        <message>
            <source>a weight is a number from %1 to %2</source>
            <translation>un poids est un nombre de %1 à %2</translation>
        </message>
        <message>
            <source>unknown transform '%1'; accepted values: %2</source>
            <translation>transformation inconnue '%1' ; valeurs acceptées : %2</translation>
        </message>
        <message>
            <source>unknown scaling '%1'; accepted values: %2</source>
            <translation>mise à l'échelle inconnue '%1' ; valeurs acceptées : %2</translation>
        </message>
        <message>
            <source>unknown imputation '%1'; accepted values: %2</source>
            <translation>imputation inconnue '%1' ; valeurs acceptées : %2</translation>
        </message>
        <message>
            <source>the feature spec has no groups; list at least one group with its columns</source>
            <translation>la spécification des variables ne contient aucun groupe ; indiquez au moins un groupe avec ses colonnes</translation>
        </message>
        <message>
            <source>every group of the feature spec is disabled ("enabled": false): %1; enable a group to cluster its columns</source>
            <translation>tous les groupes de la spécification des variables sont désactivés ("enabled": false) : %1 ; activez un groupe pour segmenter sur ses colonnes</translation>
        </message>
        <message>
            <source>no enabled group of the feature spec lists a column</source>
            <translation>aucun groupe activé de la spécification des variables ne contient de colonne</translation>
        </message>
        <message>
            <source>no enabled group of the feature spec lists a column; the disabled groups are %1</source>
            <translation>aucun groupe activé de la spécification des variables ne contient de colonne ; les groupes désactivés sont %1</translation>
        </message>
        <message>
            <source>no column was named; name the columns to cluster</source>
            <translation>aucune colonne n'a été indiquée ; indiquez les colonnes sur lesquelles segmenter</translation>
        </message>
        <message>
            <source>column '%1' holds identifiers (free text or keys) and cannot be a feature</source>
            <translation>la colonne '%1' contient des identifiants (texte libre ou clés) et ne peut pas être une variable</translation>
        </message>
        <message>
            <source>no column named %1; the columns are: %2</source>
            <translation>aucune colonne nommée %1 ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>feature spec</source>
            <translation>spécification des variables</translation>
        </message>
        <message>
            <source>the feature spec must be a JSON object</source>
            <translation>la spécification des variables doit être un objet JSON</translation>
        </message>
        <message>
            <source>expected a whole number from 1 to 10000</source>
            <translation>un nombre entier de 1 à 10000 est attendu</translation>
        </message>
        <message>
            <source>expected two quantiles, e.g. [0.01, 0.99]</source>
            <translation>deux quantiles sont attendus, p. ex. [0.01, 0.99]</translation>
        </message>
        <message>
            <source>expected 0 &lt;= lower &lt; upper &lt;= 1</source>
            <translation>0 &lt;= borne inférieure &lt; borne supérieure &lt;= 1 est attendu</translation>
        </message>
        <message>
            <source>missing; a feature spec lists its feature groups</source>
            <translation>absente ; une spécification des variables liste ses groupes de variables</translation>
        </message>
        <message>
            <source>expected an array of groups</source>
            <translation>un tableau de groupes est attendu</translation>
        </message>
        <message>
            <source>expected an object with "name" and "columns"</source>
            <translation>un objet avec "name" et "columns" est attendu</translation>
        </message>
        <message>
            <source>every group needs a non-empty name</source>
            <translation>chaque groupe doit avoir un nom non vide</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true ou false est attendu</translation>
        </message>
        <message>
            <source>expected an array of column names</source>
            <translation>un tableau de noms de colonnes est attendu</translation>
        </message>
        <message>
            <source>expected the column name</source>
            <translation>le nom de la colonne est attendu</translation>
        </message>
        <message>
            <source>expected a column name or an object with "column"</source>
            <translation>un nom de colonne ou un objet avec "column" est attendu</translation>
        </message>
        <message>
            <source>empty column name</source>
            <translation>nom de colonne vide</translation>
        </message>
        <message>
            <source>column '%1' is listed more than once</source>
            <translation>la colonne '%1' figure plusieurs fois</translation>
        </message>
        <message>
            <source>feature spec file</source>
            <translation>fichier de spécification des variables</translation>
        </message>
        <message>
            <source>a decimal comma is read only from files delimited by ';' or tabs, in columns whose every value is an integer or uses it: write the numbers with '.' as the decimal mark</source>
            <translation>la virgule décimale n'est lue que dans les fichiers séparés par ';' ou par des tabulations, dans les colonnes dont chaque valeur est un entier ou l'utilise : écrivez les nombres avec '.' comme séparateur décimal</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma or a thousands separator ('%1'), which are not read as numbers; %2, or leave the column out</source>
            <translation>la colonne semble contenir des nombres avec une virgule décimale ou un séparateur de milliers ('%1'), qui ne sont pas lus comme des nombres ; %2, ou écartez la colonne</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma ('%1'), which are not read as numbers; %2, or leave the column out</source>
            <translation>la colonne semble contenir des nombres avec une virgule décimale ('%1'), qui ne sont pas lus comme des nombres ; %2, ou écartez la colonne</translation>
        </message>
        <message>
            <source>the column looks like numbers with thousands separators ('%1'), which are not read as numbers; remove the thousands separators, or leave the column out</source>
            <translation>la colonne semble contenir des nombres avec des séparateurs de milliers ('%1'), qui ne sont pas lus comme des nombres ; supprimez les séparateurs de milliers, ou écartez la colonne</translation>
        </message>
        <message>
            <source>the column looks like numbers with a currency or percent sign ('%1'), which are not read as numbers; remove the currency or percent signs, or leave the column out</source>
            <translation>la colonne semble contenir des nombres avec un symbole monétaire ou de pourcentage ('%1'), qui ne sont pas lus comme des nombres ; supprimez les symboles monétaires ou de pourcentage, ou écartez la colonne</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma (row %1: '%2'), but '%3' has a thousands separator too, and thousands separators are never read as part of a number; remove them (a decimal comma alone is read in files delimited by ';' or tabs), or leave the column out</source>
            <translation>la colonne semble contenir des nombres avec une virgule décimale (ligne %1 : '%2'), mais '%3' comporte aussi un séparateur de milliers, et les séparateurs de milliers ne sont jamais lus comme faisant partie d'un nombre ; supprimez-les (une virgule décimale seule est lue dans les fichiers séparés par ';' ou par des tabulations), ou écartez la colonne</translation>
        </message>
        <message>
            <source>row %1 '%2'</source>
            <translation>ligne %1 '%2'</translation>
        </message>
        <message>
            <source>expected numbers, but 1 of %1 cells is not: %2; correct them, leave them empty if they are missing, or leave the column out</source>
            <translation>des nombres sont attendus, mais 1 cellule sur %1 n'en contient pas : %2 ; corrigez-la, laissez-la vide si la valeur manque, ou écartez la colonne</translation>
        </message>
        <message numerus="yes">
            <source>expected numbers, but %n of %1 cells are not: %2; correct them, leave them empty if they are missing, or leave the column out</source>
            <translation>
                <numerusform>des nombres sont attendus, mais %n cellule sur %1 n'en contient pas : %2 ; corrigez-la, laissez-la vide si la valeur manque, ou écartez la colonne</numerusform>
                <numerusform>des nombres sont attendus, mais %n cellules sur %1 n'en contiennent pas : %2 ; corrigez-les, laissez-les vides si les valeurs manquent, ou écartez la colonne</numerusform>
            </translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a categorical column</source>
            <translation>la colonne est de type %1, mais les variables ajustées attendent une colonne catégorielle</translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a date column</source>
            <translation>la colonne est de type %1, mais les variables ajustées attendent une colonne de dates</translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a numeric column</source>
            <translation>la colonne est de type %1, mais les variables ajustées attendent une colonne numérique</translation>
        </message>
        <message>
            <source>the value %1 is too large to cluster: feature values must lie within ±%2 so that squared distances stay finite; correct the value, or give the column in larger units (thousands, millions)</source>
            <translation>la valeur %1 est trop grande pour être segmentée : les valeurs des variables doivent rester dans l'intervalle ±%2 pour que les distances au carré restent finies ; corrigez la valeur, ou exprimez la colonne dans une unité plus grande (milliers, millions)</translation>
        </message>
        <message>
            <source>the value %1 becomes %2 after scaling (centre %3, scale %4, weight %5), beyond the ±%6 that can be clustered; the column's spread is too small for its scaling: use zscore or minmax scaling, or leave the column out</source>
            <translation>la valeur %1 devient %2 après mise à l'échelle (centre %3, échelle %4, poids %5), au-delà des ±%6 segmentables ; la dispersion de la colonne est trop faible pour sa mise à l'échelle : utilisez la mise à l'échelle zscore ou minmax, ou écartez la colonne</translation>
        </message>
        <message>
            <source>the log1p transform needs values of 0 or more, but this cell holds %1 (a date after the newest date seen when fitting); use the transform "none" or "winsorize" for this column</source>
            <translation>la transformation log1p requiert des valeurs supérieures ou égales à 0, mais cette cellule contient %1 (une date postérieure à la plus récente vue lors de l'ajustement) ; utilisez la transformation "none" ou "winsorize" pour cette colonne</translation>
        </message>
        <message>
            <source>the log1p transform needs values of 0 or more, but this cell holds %1; use the transform "none" or "winsorize" for this column</source>
            <translation>la transformation log1p requiert des valeurs supérieures ou égales à 0, mais cette cellule contient %1 ; utilisez la transformation "none" ou "winsorize" pour cette colonne</translation>
        </message>
        <message>
            <source>the feature spec lists this column more than once</source>
            <translation>la spécification des variables cite cette colonne plusieurs fois</translation>
        </message>
        <message>
            <source>the column holds identifiers (free text or keys) and cannot be a feature; remove it from the feature spec</source>
            <translation>la colonne contient des identifiants (texte libre ou clés) et ne peut pas être une variable ; retirez-la de la spécification des variables</translation>
        </message>
        <message>
            <source>the transform "%1" applies to numeric columns, but this column is categorical</source>
            <translation>la transformation "%1" s'applique aux colonnes numériques, mais cette colonne est catégorielle</translation>
        </message>
        <message>
            <source>the weight of the group '%1' is %2, out of range; %3</source>
            <translation>le poids du groupe '%1' vaut %2, hors limites ; %3</translation>
        </message>
        <message>
            <source>the column's weight is %1, out of range; %2</source>
            <translation>le poids de la colonne vaut %1, hors limites ; %2</translation>
        </message>
        <message>
            <source>the feature spec names %1, but the table has no such column; the columns are: %2</source>
            <translation>la spécification des variables cite %1, mais la table n'a pas cette colonne ; les colonnes sont : %2</translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the mean (%2)</source>
            <translation>
                <numerusform>colonne '%1' : %n cellule manquante complétée par la moyenne (%2)</numerusform>
                <numerusform>colonne '%1' : %n cellules manquantes complétées par la moyenne (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the most frequent value (%2)</source>
            <translation>
                <numerusform>colonne '%1' : %n cellule manquante complétée par la valeur la plus fréquente (%2)</numerusform>
                <numerusform>colonne '%1' : %n cellules manquantes complétées par la valeur la plus fréquente (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the median (%2)</source>
            <translation>
                <numerusform>colonne '%1' : %n cellule manquante complétée par la médiane (%2)</numerusform>
                <numerusform>colonne '%1' : %n cellules manquantes complétées par la médiane (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the most frequent level '%2'</source>
            <translation>
                <numerusform>colonne '%1' : %n cellule manquante complétée par la modalité la plus fréquente '%2'</numerusform>
                <numerusform>colonne '%1' : %n cellules manquantes complétées par la modalité la plus fréquente '%2'</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' is constant (every value is %2) and was left out</source>
            <translation>la colonne '%1' est constante (toutes les valeurs valent %2) et a été écartée</translation>
        </message>
        <message>
            <source>column '%1' is constant after winsorizing (every value becomes %2) and was left out</source>
            <translation>la colonne '%1' est constante après winsorisation (toutes les valeurs deviennent %2) et a été écartée</translation>
        </message>
        <message>
            <source>column '%1': the interquartile range is 0, so it is scaled by its standard deviation</source>
            <translation>colonne '%1' : l'écart interquartile est nul, elle est donc mise à l'échelle par son écart-type</translation>
        </message>
        <message>
            <source>column '%1' is constant (every value is '%2') and was left out</source>
            <translation>la colonne '%1' est constante (toutes les valeurs valent '%2') et a été écartée</translation>
        </message>
        <message>
            <source>column '%1': %2 less frequent levels were pooled into '%3'</source>
            <translation>colonne '%1' : %2 modalités moins fréquentes ont été regroupées dans '%3'</translation>
        </message>
        <message>
            <source>the column has no values (every cell is empty, NULL or a missing marker), so it cannot be a feature</source>
            <translation>la colonne n'a aucune valeur (chaque cellule est vide, NULL ou un marqueur de valeur manquante) : elle ne peut donc pas être une variable</translation>
        </message>
        <message>
            <source>every row misses at least one feature value, so imputation "drop" leaves no rows; choose median, mean or mode imputation</source>
            <translation>chaque ligne a au moins une valeur de variable manquante : l'imputation "drop" ne laisse donc aucune ligne ; choisissez l'imputation median, mean ou mode</translation>
        </message>
        <message>
            <source>dropped %1 of %2 rows with a missing feature value (imputation "drop")</source>
            <translation>%1 lignes sur %2 écartées car une valeur de variable manque (imputation "drop")</translation>
        </message>
        <message>
            <source>column '%1' is marked sensitive: segments that use it treat customers differently by it, which may be unlawful or unfair in marketing; leave it out of the features unless that is intended</source>
            <translation>la colonne '%1' est marquée comme sensible : des segments qui l'utilisent traitent les clients différemment selon cet attribut, ce qui peut être illégal ou inéquitable en marketing ; excluez-la des variables, sauf si c'est voulu</translation>
        </message>
        <message>
            <source>column '%1' looks like a sensitive attribute (%2): segments that use it treat customers differently by it, which may be unlawful or unfair in marketing; leave it out of the features unless that is intended</source>
            <translation>la colonne '%1' ressemble à un attribut sensible (%2) : des segments qui l'utilisent traitent les clients différemment selon cet attribut, ce qui peut être illégal ou inéquitable en marketing ; excluez-la des variables, sauf si c'est voulu</translation>
        </message>
        <message>
            <source>no usable feature remains: every selected column is constant (%1); a feature needs at least two different values</source>
            <translation>il ne reste aucune variable utilisable : chaque colonne sélectionnée est constante (%1) ; une variable doit avoir au moins deux valeurs différentes</translation>
        </message>
        <message>
            <source>the table part has fewer rows than the prepared data</source>
            <translation>la partie de la table a moins de lignes que les données préparées</translation>
        </message>
        <message>
            <source>the rows of a stored transform are not rows of the table</source>
            <translation>les lignes d'une transformation enregistrée ne sont pas des lignes de la table</translation>
        </message>
        <message>
            <source>unknown time unit '%1'; accepted values: day, week, month</source>
            <translation>unité de temps inconnue '%1' ; valeurs acceptées : day, week, month</translation>
        </message>
        <message>
            <source>the customer column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne client '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the date column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne de date '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>give the amount column, or the unit price and quantity columns</source>
            <translation>indiquez la colonne de montant, ou les colonnes de prix unitaire et de quantité</translation>
        </message>
        <message>
            <source>give the amount column or the unit price column, not both</source>
            <translation>indiquez la colonne de montant ou celle de prix unitaire, pas les deux</translation>
        </message>
        <message>
            <source>a unit price needs the quantity column: a line's amount is quantity x price</source>
            <translation>un prix unitaire requiert la colonne de quantité : le montant d'une ligne vaut quantité x prix</translation>
        </message>
        <message>
            <source>the unit price column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne de prix unitaire '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the amount column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne de montant '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the quantity column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne de quantité '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the channel column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne de canal '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the category column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne de catégorie '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the holdout end %1 must be after the calibration end %2</source>
            <translation>la fin de la période de validation (%1) doit être postérieure à la fin de la période de calibration (%2)</translation>
        </message>
        <message>
            <source>the customer id is missing</source>
            <translation>l'identifiant client manque</translation>
        </message>
        <message>
            <source>the date is missing</source>
            <translation>la date manque</translation>
        </message>
        <message>
            <source>'%1' is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)</source>
            <translation>'%1' n'est pas une date (comme 2024-03-31, 3/31/2024, 31.03.2024 ou 20240331)</translation>
        </message>
        <message>
            <source>the date %1 is in the future (after %2)</source>
            <translation>la date %1 est dans le futur (après le %2)</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>'%1' n'est pas un nombre</translation>
        </message>
        <message>
            <source>the unit price is missing</source>
            <translation>le prix unitaire manque</translation>
        </message>
        <message>
            <source>the amount is missing</source>
            <translation>le montant manque</translation>
        </message>
        <message>
            <source>the quantity is missing: without it the line has no amount</source>
            <translation>la quantité manque : sans elle, la ligne n'a pas de montant</translation>
        </message>
        <message>
            <source>'%1' is not a number: without it the line has no amount</source>
            <translation>'%1' n'est pas un nombre : sans quantité, la ligne n'a pas de montant</translation>
        </message>
        <message>
            <source>every cell equals row %1: counted once</source>
            <translation>toutes les cellules sont identiques à celles de la ligne %1 : ligne comptée une seule fois</translation>
        </message>
        <message>
            <source>every cell equals row %1: kept</source>
            <translation>toutes les cellules sont identiques à celles de la ligne %1 : ligne conservée</translation>
        </message>
        <message>
            <source>a negative amount (%1 x %2) is a return, not a purchase</source>
            <translation>un montant négatif (%1 x %2) est un retour, pas un achat</translation>
        </message>
        <message>
            <source>a negative amount (%1) is a return, not a purchase</source>
            <translation>un montant négatif (%1) est un retour, pas un achat</translation>
        </message>
        <message>
            <source>'%1' is not a number: the purchase counts, its quantity does not</source>
            <translation>'%1' n'est pas un nombre : l'achat est compté, mais pas sa quantité</translation>
        </message>
        <message>
            <source>%1 row(s) missing id (left out)</source>
            <translation>%1 ligne(s) sans identifiant (écartée(s))</translation>
        </message>
        <message>
            <source>%1 row(s) bad date (left out)</source>
            <translation>%1 ligne(s) à date invalide (écartée(s))</translation>
        </message>
        <message>
            <source>%1 row(s) future date (left out)</source>
            <translation>%1 ligne(s) à date future (écartée(s))</translation>
        </message>
        <message>
            <source>%1 row(s) bad amount (left out)</source>
            <translation>%1 ligne(s) à montant invalide (écartée(s))</translation>
        </message>
        <message>
            <source>%1 row(s) return</source>
            <translation>%1 ligne(s) de retour</translation>
        </message>
        <message>
            <source>%1 customer(s) first bought after %2</source>
            <translation>%1 client(s) ayant fait leur premier achat après le %2</translation>
        </message>
        <message>
            <source>no customer made a purchase on or before the calibration end %1 (%2 rows)</source>
            <translation>aucun client n'a effectué d'achat jusqu'à la fin de la période de calibration, le %1 inclus (%2 lignes)</translation>
        </message>
        <message>
            <source>no customer made a purchase on or before the calibration end %1 (%2 rows; %3)</source>
            <translation>aucun client n'a effectué d'achat jusqu'à la fin de la période de calibration, le %1 inclus (%2 lignes ; %3)</translation>
        </message>
        <message>
            <source>the frequency column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne de fréquence '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the recency column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne de récence '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the T column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne T '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the monetary column '%1' does not exist; the columns are: %2</source>
            <translation>la colonne monétaire '%1' n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>the value is missing</source>
            <translation>la valeur manque</translation>
        </message>
        <message>
            <source>the frequency %1 is not a whole number of repeat purchases (0, 1, 2, ...)</source>
            <translation>la fréquence %1 n'est pas un nombre entier d'achats répétés (0, 1, 2, ...)</translation>
        </message>
        <message>
            <source>T %1 is negative (the time from the first purchase to the end of calibration)</source>
            <translation>T %1 est négatif (le temps écoulé entre le premier achat et la fin de la calibration)</translation>
        </message>
        <message>
            <source>T is 0 but the frequency is %1: repeat purchases need time after the first purchase</source>
            <translation>T vaut 0, mais la fréquence vaut %1 : des achats répétés supposent du temps après le premier achat</translation>
        </message>
        <message>
            <source>the recency %1 is not between 0 and T (%2)</source>
            <translation>la récence %1 n'est pas comprise entre 0 et T (%2)</translation>
        </message>
        <message>
            <source>the recency %1 must be 0 when the frequency is 0 (no repeat purchase)</source>
            <translation>la récence %1 doit valoir 0 quand la fréquence vaut 0 (aucun achat répété)</translation>
        </message>
        <message>
            <source>the monetary value %1 is negative</source>
            <translation>la valeur monétaire %1 est négative</translation>
        </message>
        <message>
            <source>the table has no customers</source>
            <translation>la table ne contient aucun client</translation>
        </message>
        <message>
            <source>the customer each purchase belongs to</source>
            <translation>le client auquel appartient chaque achat</translation>
        </message>
        <message>
            <source>purchase days in calibration (lines on one day are one purchase)</source>
            <translation>jours d'achat sur la période de calibration (les lignes d'un même jour forment un seul achat)</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in days</source>
            <translation>temps écoulé entre le dernier achat et la fin de la calibration, en jours</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in weeks</source>
            <translation>temps écoulé entre le dernier achat et la fin de la calibration, en semaines</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in months</source>
            <translation>temps écoulé entre le dernier achat et la fin de la calibration, en mois</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in days</source>
            <translation>temps écoulé entre le premier achat et la fin de la calibration, en jours</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in weeks</source>
            <translation>temps écoulé entre le premier achat et la fin de la calibration, en semaines</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in months</source>
            <translation>temps écoulé entre le premier achat et la fin de la calibration, en mois</translation>
        </message>
        <message>
            <source>the calibration purchases' summed amounts</source>
            <translation>la somme des montants des achats de la période de calibration</translation>
        </message>
        <message>
            <source>total spend per purchase day (an average: its segment totals would mean nothing)</source>
            <translation>dépenses totales par jour d'achat (une moyenne : ses totaux par segment n'auraient pas de sens)</translation>
        </message>
        <message>
            <source>the summed value of returns (negative amounts)</source>
            <translation>la valeur cumulée des retours (montants négatifs)</translation>
        </message>
        <message>
            <source>the summed quantity of the purchase lines</source>
            <translation>la quantité cumulée des lignes d'achat</translation>
        </message>
        <message>
            <source>distinct categories bought</source>
            <translation>catégories distinctes achetées</translation>
        </message>
        <message>
            <source>the share of the customer's purchase lines in channel '%1'</source>
            <translation>la part des lignes d'achat du client sur le canal '%1'</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: repeat purchases x</source>
            <translation>une entrée des modèles de valeur vie client, conservée pour eux : les achats répétés x</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in days (not the time since the last purchase)</source>
            <translation>une entrée des modèles de valeur vie client, conservée pour eux : t_x, du premier au dernier achat, en jours (et non le temps écoulé depuis le dernier achat)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in weeks (not the time since the last purchase)</source>
            <translation>une entrée des modèles de valeur vie client, conservée pour eux : t_x, du premier au dernier achat, en semaines (et non le temps écoulé depuis le dernier achat)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in months (not the time since the last purchase)</source>
            <translation>une entrée des modèles de valeur vie client, conservée pour eux : t_x, du premier au dernier achat, en mois (et non le temps écoulé depuis le dernier achat)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in days</source>
            <translation>une entrée des modèles de valeur vie client, conservée pour eux : du premier achat à la fin de la calibration, en jours</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in weeks</source>
            <translation>une entrée des modèles de valeur vie client, conservée pour eux : du premier achat à la fin de la calibration, en semaines</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in months</source>
            <translation>une entrée des modèles de valeur vie client, conservée pour eux : du premier achat à la fin de la calibration, en mois</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: the mean repeat purchase (0 without a repeat purchase)</source>
            <translation>une entrée des modèles de valeur vie client, conservée pour eux : le montant moyen des achats répétés (0 sans achat répété)</translation>
        </message>
        <message>
            <source>missing for one-time buyers, so not segmented on unless chosen</source>
            <translation>manquante pour les clients n'ayant acheté qu'une fois, donc exclue de la segmentation sauf si vous la choisissez</translation>
        </message>
        <message>
            <source>when the customer first bought</source>
            <translation>date du premier achat du client</translation>
        </message>
        <message>
            <source>purchase days in the holdout period, against which forecasts are checked: never a feature</source>
            <translation>jours d'achat sur la période de validation, auxquels les prévisions sont comparées : jamais une variable</translation>
        </message>
        <message>
            <source>spend in the holdout period, against which forecasts are checked: never a feature</source>
            <translation>dépenses sur la période de validation, auxquelles les prévisions sont comparées : jamais une variable</translation>
        </message>
        <message>
            <source>%1 row(s) without a customer id left out</source>
            <translation>%1 ligne(s) sans identifiant client écartée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid date left out</source>
            <translation>%1 ligne(s) sans date valide écartée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) dated in the future left out</source>
            <translation>%1 ligne(s) datée(s) dans le futur écartée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid amount left out</source>
            <translation>%1 ligne(s) sans montant valide écartée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) with a negative amount counted as returns, not purchases</source>
            <translation>%1 ligne(s) à montant négatif comptée(s) comme retours, pas comme achats</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) counted once</source>
            <translation>%1 ligne(s) en double comptée(s) une seule fois</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) kept</source>
            <translation>%1 ligne(s) en double conservée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) with a quantity that is not a number: their quantity left out</source>
            <translation>%1 ligne(s) dont la quantité n'est pas un nombre : quantité ignorée</translation>
        </message>
        <message>
            <source>%1; the first: %2</source>
            <translation>%1 ; la première : %2</translation>
        </message>
        <message>
            <source>no cell of the date column is a date</source>
            <translation>aucune cellule de la colonne de date ne contient de date</translation>
        </message>
        <message>
            <source>calibration to %1, holdout to %2</source>
            <translation>calibration jusqu'au %1, validation jusqu'au %2</translation>
        </message>
        <message>
            <source>calibration to %1</source>
            <translation>calibration jusqu'au %1</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in days)</source>
            <translation>%1 lignes de transactions agrégées en %2 clients (%3, en jours)</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in weeks)</source>
            <translation>%1 lignes de transactions agrégées en %2 clients (%3, en semaines)</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in months)</source>
            <translation>%1 lignes de transactions agrégées en %2 clients (%3, en mois)</translation>
        </message>
        <message>
            <source>%1 customer(s) first bought after the calibration end: not in the table</source>
            <translation>%1 client(s) ayant fait leur premier achat après la fin de la calibration : absent(s) de la table</translation>
        </message>
        <message>
            <source>%1 purchase line(s) after %2 left out</source>
            <translation>%1 ligne(s) d'achat postérieure(s) au %2 écartée(s)</translation>
        </message>
        <message>
            <source>segment %1 holds '%2' at %3 times its share among all customers (%4% against %5%)</source>
            <translation>le segment %1 contient '%2' à hauteur de %3 fois sa part dans l'ensemble des clients (%4 % contre %5 %)</translation>
        </message>
        <message>
            <source>the number of segments must not be negative</source>
            <translation>le nombre de segments ne doit pas être négatif</translation>
        </message>
        <message>
            <source>there are %1 segment labels for %2 prepared rows</source>
            <translation>il y a %1 étiquettes de segment pour %2 lignes préparées</translation>
        </message>
        <message>
            <source>segment label %1 is outside 0..%2 (and -1 for noise)</source>
            <translation>l'étiquette de segment %1 est hors de 0..%2 (et -1 pour le bruit)</translation>
        </message>
        <message>
            <source>the money column must hold amounts, but it is %1</source>
            <translation>la colonne monétaire doit contenir des montants, mais elle est de type %1</translation>
        </message>
        <message>
            <source>%1 of %2 is more than the archive can hold</source>
            <translation>%1 de %2 dépasse ce que l'archive peut contenir</translation>
        </message>
        <message>
            <source>a text length</source>
            <translation>une longueur de texte</translation>
        </message>
        <message>
            <source>a text is not valid UTF-8</source>
            <translation>un texte n'est pas de l'UTF-8 valide</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <source>a %1 x %2 matrix is more than the archive can hold</source>
            <translation>une matrice %1 x %2 dépasse ce que l'archive peut contenir</translation>
        </message>
        <message>
            <source>%1 %2 is unknown</source>
            <translation>%1 : valeur %2 inconnue</translation>
        </message>
        <message>
            <source>%1 is %2, not 0 or 1</source>
            <translation>%1 vaut %2, et non 0 ou 1</translation>
        </message>
        <message>
            <source>%1 is of version %2, written by a newer SegmentScope; this one reads up to version %3</source>
            <translation>%1 : version %2, écrite par une version plus récente de SegmentScope ; celle-ci lit jusqu'à la version %3</translation>
        </message>
        <message>
            <source>a lifetime-value fit</source>
            <translation>un ajustement de valeur vie client</translation>
        </message>
        <message>
            <source>time unit</source>
            <translation>unité de temps</translation>
        </message>
        <message>
            <source>fit status</source>
            <translation>statut d'ajustement</translation>
        </message>
        <message>
            <source>a lifetime-value model has a parameter that is not a positive number</source>
            <translation>un modèle de valeur vie client a un paramètre qui n'est pas un nombre positif</translation>
        </message>
        <message>
            <source>a feature column</source>
            <translation>une colonne de variable</translation>
        </message>
        <message>
            <source>transform</source>
            <translation>transformation</translation>
        </message>
        <message>
            <source>a feature group</source>
            <translation>un groupe de variables</translation>
        </message>
        <message>
            <source>a group's enabled flag</source>
            <translation>l'indicateur d'activation d'un groupe</translation>
        </message>
        <message>
            <source>a group's column count</source>
            <translation>un nombre de colonnes de groupe</translation>
        </message>
        <message>
            <source>a feature spec</source>
            <translation>une spécification des variables</translation>
        </message>
        <message>
            <source>a group count</source>
            <translation>un nombre de groupes</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>mise à l'échelle</translation>
        </message>
        <message>
            <source>imputation</source>
            <translation>imputation</translation>
        </message>
        <message>
            <source>a fitted feature</source>
            <translation>une variable ajustée</translation>
        </message>
        <message>
            <source>a feature's one-hot flag</source>
            <translation>l'indicateur one-hot d'une variable</translation>
        </message>
        <message>
            <source>a feature's pooled flag</source>
            <translation>l'indicateur de regroupement d'une variable</translation>
        </message>
        <message>
            <source>a feature's date flag</source>
            <translation>l'indicateur de date d'une variable</translation>
        </message>
        <message>
            <source>a fitted transform</source>
            <translation>une transformation ajustée</translation>
        </message>
        <message>
            <source>a feature count</source>
            <translation>un nombre de variables</translation>
        </message>
        <message>
            <source>k-means options</source>
            <translation>options k-means</translation>
        </message>
        <message>
            <source>k-means method</source>
            <translation>méthode k-means</translation>
        </message>
        <message>
            <source>the history flag</source>
            <translation>l'indicateur d'historique</translation>
        </message>
        <message>
            <source>a nearest-centroid model</source>
            <translation>un modèle du centroïde le plus proche</translation>
        </message>
        <message>
            <source>Gaussian mixture options</source>
            <translation>options du mélange gaussien</translation>
        </message>
        <message>
            <source>covariance type</source>
            <translation>type de covariance</translation>
        </message>
        <message>
            <source>a Gaussian mixture model</source>
            <translation>un modèle de mélange gaussien</translation>
        </message>
        <message>
            <source>a mixture's weight count</source>
            <translation>un nombre de poids de mélange</translation>
        </message>
        <message>
            <source>a Gaussian mixture's weights, means and covariances do not fit together</source>
            <translation>les poids, moyennes et covariances d'un mélange gaussien ne concordent pas</translation>
        </message>
        <message>
            <source>Ward options</source>
            <translation>options Ward</translation>
        </message>
        <message>
            <source>DBSCAN options</source>
            <translation>options DBSCAN</translation>
        </message>
        <message>
            <source>HDBSCAN options</source>
            <translation>options HDBSCAN</translation>
        </message>
        <message>
            <source>mini-batch k-means options</source>
            <translation>options mini-batch k-means</translation>
        </message>
        <message>
            <source>consensus options</source>
            <translation>options du consensus</translation>
        </message>
        <message>
            <source>a consensus member count</source>
            <translation>un nombre de membres du consensus</translation>
        </message>
        <message>
            <source>consensus member</source>
            <translation>membre du consensus</translation>
        </message>
        <message>
            <source>resampling</source>
            <translation>rééchantillonnage</translation>
        </message>
        <message>
            <source>a core-point model</source>
            <translation>un modèle de points centraux</translation>
        </message>
        <message>
            <source>a core point count</source>
            <translation>un nombre de points centraux</translation>
        </message>
        <message>
            <source>a core radius count</source>
            <translation>un nombre de rayons des points centraux</translation>
        </message>
        <message>
            <source>a core-point model's points, labels, radii and centres do not fit together</source>
            <translation>les points, étiquettes, rayons et centres d'un modèle de points centraux ne concordent pas</translation>
        </message>
        <message>
            <source>outlier options</source>
            <translation>options des valeurs atypiques</translation>
        </message>
        <message>
            <source>%1 alternative %2 is unknown</source>
            <translation>%1 : variante %2 inconnue</translation>
        </message>
        <message>
            <source>a segmentation</source>
            <translation>une segmentation</translation>
        </message>
        <message>
            <source>clustering options</source>
            <translation>options de segmentation</translation>
        </message>
        <message>
            <source>algorithm</source>
            <translation>algorithme</translation>
        </message>
        <message>
            <source>score kind</source>
            <translation>type de score</translation>
        </message>
        <message>
            <source>cluster model</source>
            <translation>modèle de clustering</translation>
        </message>
        <message>
            <source>clustering status</source>
            <translation>statut du clustering</translation>
        </message>
        <message>
            <source>a membership count</source>
            <translation>un nombre d'appartenances</translation>
        </message>
        <message>
            <source>a merge count</source>
            <translation>un nombre de fusions</translation>
        </message>
        <message>
            <source>the dendrogram's summarised flag</source>
            <translation>l'indicateur de résumé du dendrogramme</translation>
        </message>
        <message>
            <source>a dendrogram of %1 leaves has %2 merges</source>
            <translation>un dendrogramme de %1 feuilles a %2 fusions</translation>
        </message>
        <message>
            <source>a dendrogram merge has no finite height</source>
            <translation>une fusion du dendrogramme n'a pas de hauteur finie</translation>
        </message>
        <message>
            <source>a dendrogram is not a tree of its leaves: %1</source>
            <translation>un dendrogramme n'est pas un arbre de ses feuilles : %1</translation>
        </message>
        <message>
            <source>a k sweep</source>
            <translation>un balayage de k</translation>
        </message>
        <message>
            <source>a k count</source>
            <translation>un nombre de k</translation>
        </message>
        <message>
            <source>the k of a sweep are not ascending from 1</source>
            <translation>les k d'un balayage ne sont pas croissants à partir de 1</translation>
        </message>
        <message>
            <source>it is not a Boost.Serialization binary archive</source>
            <translation>ce n'est pas une archive binaire Boost.Serialization</translation>
        </message>
        <message>
            <source>the archive cannot be read (%1)</source>
            <translation>l'archive ne peut pas être lue (%1)</translation>
        </message>
        <message>
            <source>the archive ends early</source>
            <translation>l'archive se termine prématurément</translation>
        </message>
        <message>
            <source>a length is out of range</source>
            <translation>une longueur est hors limites</translation>
        </message>
        <message>
            <source>bytes follow the end of the archive</source>
            <translation>des octets suivent la fin de l'archive</translation>
        </message>
        <message>
            <source>the project file is damaged: %1: %2</source>
            <translation>le fichier projet est endommagé : %1 : %2</translation>
        </message>
        <message>
            <source>it ends early</source>
            <translation>les données se terminent prématurément</translation>
        </message>
        <message>
            <source>a number is too large</source>
            <translation>un nombre est trop grand</translation>
        </message>
        <message>
            <source>a number is too long</source>
            <translation>un nombre est trop long</translation>
        </message>
        <message>
            <source>%1 is %2, more than the %3 possible</source>
            <translation>%1 vaut %2, plus que les %3 possibles</translation>
        </message>
        <message>
            <source>it ends early (%1 bytes wanted, %2 left)</source>
            <translation>les données se terminent prématurément (%1 octets demandés, %2 restants)</translation>
        </message>
        <message>
            <source>%1 bytes follow the end</source>
            <translation>%1 octets suivent la fin</translation>
        </message>
        <message>
            <source>it claims %1 bytes from %2 compressed bytes</source>
            <translation>les données annoncent %1 octets décompressés pour %2 octets compressés</translation>
        </message>
        <message>
            <source>the compressed data is longer than recorded</source>
            <translation>les données compressées sont plus longues qu'indiqué</translation>
        </message>
        <message>
            <source>the compressed data is shorter than recorded</source>
            <translation>les données compressées sont plus courtes qu'indiqué</translation>
        </message>
        <message>
            <source>the compressed data is invalid</source>
            <translation>les données compressées sont invalides</translation>
        </message>
        <message>
            <source>decimal places %1 beyond %2</source>
            <translation>%1 décimales, plus que le maximum de %2</translation>
        </message>
        <message>
            <source>fewer bytes than cells</source>
            <translation>moins d'octets que de cellules</translation>
        </message>
        <message>
            <source>a value beyond 2^53</source>
            <translation>une valeur au-delà de 2^53</translation>
        </message>
        <message>
            <source>unknown number encoding %1</source>
            <translation>encodage numérique inconnu %1</translation>
        </message>
        <message>
            <source>its content hash does not match</source>
            <translation>le hachage de son contenu ne correspond pas</translation>
        </message>
        <message>
            <source>%1 bytes cannot hold %2 cells</source>
            <translation>%1 octets ne peuvent pas contenir %2 cellules</translation>
        </message>
        <message>
            <source>the level count</source>
            <translation>le nombre de modalités</translation>
        </message>
        <message>
            <source>a level's length</source>
            <translation>la longueur d'une modalité</translation>
        </message>
        <message>
            <source>a level code</source>
            <translation>un code de modalité</translation>
        </message>
        <message>
            <source>a text's length</source>
            <translation>la longueur d'un texte</translation>
        </message>
        <message>
            <source>the row count</source>
            <translation>le nombre de lignes</translation>
        </message>
        <message>
            <source>a row gap</source>
            <translation>un écart de lignes</translation>
        </message>
        <message>
            <source>row %1 is beyond the table's %2 rows</source>
            <translation>la ligne %1 est au-delà des %2 lignes de la table</translation>
        </message>
        <message>
            <source>a segment number</source>
            <translation>un numéro de segment</translation>
        </message>
        <message>
            <source>unknown score flag</source>
            <translation>indicateur de score inconnu</translation>
        </message>
        <message>
            <source>the salt '%1' is not hexadecimal digits</source>
            <translation>le sel '%1' n'est pas composé de chiffres hexadécimaux</translation>
        </message>
        <message>
            <source>the salt '%1' is not an even number of hexadecimal digits</source>
            <translation>le sel '%1' ne compte pas un nombre pair de chiffres hexadécimaux</translation>
        </message>
        <message>
            <source>two different ids got the same hash with this salt; import again (a new salt is drawn)</source>
            <translation>deux identifiants différents ont obtenu le même hachage avec ce sel ; importez à nouveau (un nouveau sel est tiré)</translation>
        </message>
        <message>
            <source>hashing ids needs the id column</source>
            <translation>le hachage des identifiants requiert la colonne d'identifiant</translation>
        </message>
        <message>
            <source>the id column '%1' is marked as personal data; hash the ids instead, or name no id column</source>
            <translation>la colonne d'identifiant '%1' est marquée comme données personnelles ; hachez plutôt les identifiants, ou n'indiquez aucune colonne d'identifiant</translation>
        </message>
        <message>
            <source>the id column '%1' is not in the table</source>
            <translation>la colonne d'identifiant '%1' n'est pas dans la table</translation>
        </message>
        <message>
            <source>the ids of '%1' are salted hashes already</source>
            <translation>les identifiants de '%1' sont déjà des hachages salés</translation>
        </message>
        <message>
            <source>the table's ids are salted hashes: name their id column</source>
            <translation>les identifiants de la table sont des hachages salés : indiquez leur colonne d'identifiant</translation>
        </message>
        <message>
            <source>every column is personal data: nothing is left to store in a project</source>
            <translation>toutes les colonnes sont des données personnelles : il ne reste rien à enregistrer dans un projet</translation>
        </message>
        <message>
            <source>the run's rows are not ascending rows of the project's table</source>
            <translation>les lignes de l'exécution ne sont pas des lignes de la table du projet en ordre croissant</translation>
        </message>
        <message>
            <source>the run has not one label per row</source>
            <translation>l'exécution n'a pas une étiquette par ligne</translation>
        </message>
        <message>
            <source>the project holds no column '%1'</source>
            <translation>le projet ne contient aucune colonne '%1'</translation>
        </message>
        <message>
            <source>'%1' is the customer id column; hash the ids instead</source>
            <translation>'%1' est la colonne d'identifiant client ; hachez plutôt les identifiants</translation>
        </message>
        <message>
            <source>run %1 uses the column '%2' as a feature; delete the run first</source>
            <translation>l'exécution %1 utilise la colonne '%2' comme variable ; supprimez d'abord l'exécution</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>what failed: SQLite's reason</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: reading it takes too long (a damaged or hostile file)</source>
            <translation>%1 : sa lecture prend trop de temps (fichier endommagé ou malveillant)</translation>
        </message>
        <message>
            <source>the project file is damaged: table '%1' cannot be read</source>
            <translation>le fichier projet est endommagé : la table '%1' ne peut pas être lue</translation>
        </message>
        <message>
            <source>cannot write table '%1'</source>
            <translation>impossible d'écrire la table '%1'</translation>
        </message>
        <message>
            <source>the text is not valid UTF-8</source>
            <translation>le texte n'est pas de l'UTF-8 valide</translation>
        </message>
        <message>
            <source>the project file is damaged: table '%1', row %2, column '%3': %4</source>
            <translation>le fichier projet est endommagé : table '%1', ligne %2, colonne '%3' : %4</translation>
        </message>
        <message>
            <source>a whole number</source>
            <comment>an SQLite value type</comment>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>a number</source>
            <comment>an SQLite value type</comment>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>text</source>
            <comment>an SQLite value type</comment>
            <translation>du texte</translation>
        </message>
        <message>
            <source>a blob</source>
            <comment>an SQLite value type</comment>
            <translation>un blob</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <translation>attendu : %1, trouvé : %2</translation>
        </message>
        <message>
            <source>unknown column type '%1'</source>
            <translation>type de colonne inconnu '%1'</translation>
        </message>
        <message>
            <source>unknown column role '%1'</source>
            <translation>rôle de colonne inconnu '%1'</translation>
        </message>
        <message>
            <source>not a SegmentScope project: the file is not an SQLite database (it is empty)</source>
            <translation>ce n'est pas un projet SegmentScope : le fichier n'est pas une base SQLite (il est vide)</translation>
        </message>
        <message>
            <source>not a SegmentScope project: the file is not an SQLite database</source>
            <translation>ce n'est pas un projet SegmentScope : le fichier n'est pas une base SQLite</translation>
        </message>
        <message>
            <source>the project file is damaged: it is truncated (%1 bytes, shorter than one database page)</source>
            <translation>le fichier projet est endommagé : il est tronqué (%1 octets, moins qu'une page de base de données)</translation>
        </message>
        <message>
            <source>not a SegmentScope project: an SQLite database of another program (application_id %1, a project has 0x53675363)</source>
            <translation>ce n'est pas un projet SegmentScope : c'est une base SQLite d'un autre programme (application_id %1, un projet a 0x53675363)</translation>
        </message>
        <message>
            <source>the project was written by a newer SegmentScope: its format version is %1, this version reads format versions up to %2; open it with a newer SegmentScope</source>
            <translation>le projet a été écrit par une version plus récente de SegmentScope : sa version de format est %1, cette version lit les versions de format jusqu'à %2 ; ouvrez-le avec une version plus récente de SegmentScope</translation>
        </message>
        <message>
            <source>not a SegmentScope project: format version 0 was never written</source>
            <translation>ce n'est pas un projet SegmentScope : la version de format 0 n'a jamais été écrite</translation>
        </message>
        <message>
            <source>the project file is damaged: it is truncated (%1 bytes of %2)</source>
            <translation>le fichier projet est endommagé : il est tronqué (%1 octets sur %2)</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta' has no '%1'</source>
            <translation>le fichier projet est endommagé : la table 'meta' n'a pas de '%1'</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta', '%1' is '%2', expected a whole number from %3 to %4</source>
            <translation>le fichier projet est endommagé : table 'meta', '%1' vaut '%2' alors qu'un nombre entier de %3 à %4 est attendu</translation>
        </message>
        <message>
            <source>invalid JSON (%1)</source>
            <translation>JSON invalide (%1)</translation>
        </message>
        <message>
            <source>the project file is damaged: run %1: %2</source>
            <translation>le fichier projet est endommagé : exécution %1 : %2</translation>
        </message>
        <message>
            <source>its centres are not one per segment in the features' dimension</source>
            <translation>elle n'a pas exactement un centre par segment dans la dimension des variables</translation>
        </message>
        <message>
            <source>its model's centres differ from its centres</source>
            <translation>les centres de son modèle diffèrent de ses centres</translation>
        </message>
        <message>
            <source>its mixture's means differ from its centres</source>
            <translation>les moyennes de son mélange diffèrent de ses centres</translation>
        </message>
        <message>
            <source>its core-point model's centres differ from its centres</source>
            <translation>les centres de son modèle de points centraux diffèrent de ses centres</translation>
        </message>
        <message>
            <source>its memberships are not one per customer</source>
            <translation>elle n'a pas une appartenance par client</translation>
        </message>
        <message>
            <source>its scores are not one per customer</source>
            <translation>elle n'a pas un score par client</translation>
        </message>
        <message>
            <source>it sets aside more customers than it segments</source>
            <translation>elle met de côté plus de clients qu'elle n'en segmente</translation>
        </message>
        <message>
            <source>its options are for another algorithm</source>
            <translation>ses options concernent un autre algorithme</translation>
        </message>
        <message>
            <source>its feature '%1' needs the column '%2', which the project does not hold</source>
            <translation>sa variable '%1' requiert la colonne '%2', que le projet ne contient pas</translation>
        </message>
        <message>
            <source>(new project)</source>
            <translation>(nouveau projet)</translation>
        </message>
        <message>
            <source>cannot make the project</source>
            <translation>impossible de créer le projet</translation>
        </message>
        <message>
            <source>the project's column list does not match its table</source>
            <translation>la liste des colonnes du projet ne correspond pas à sa table</translation>
        </message>
        <message>
            <source>cannot open the project: %1</source>
            <translation>impossible d'ouvrir le projet : %1</translation>
        </message>
        <message>
            <source>cannot open the project: it is a folder</source>
            <translation>impossible d'ouvrir le projet : c'est un dossier</translation>
        </message>
        <message>
            <source>cannot open the project: it is not a regular file</source>
            <translation>impossible d'ouvrir le projet : ce n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>cannot read the project: it shrank while reading</source>
            <translation>impossible de lire le projet : sa taille a diminué pendant la lecture</translation>
        </message>
        <message>
            <source>cannot read the project: %1</source>
            <translation>impossible de lire le projet : %1</translation>
        </message>
        <message>
            <source>cannot open the project</source>
            <translation>impossible d'ouvrir le projet</translation>
        </message>
        <message>
            <source>the project file is damaged: it has no table '%1'</source>
            <translation>le fichier projet est endommagé : il n'a pas de table '%1'</translation>
        </message>
        <message>
            <source>cannot migrate the project</source>
            <translation>impossible de migrer le projet</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta': %1</source>
            <translation>le fichier projet est endommagé : table 'meta' : %1</translation>
        </message>
        <message>
            <source>a personal column is stored</source>
            <translation>une colonne personnelle est enregistrée</translation>
        </message>
        <message>
            <source>a negative size</source>
            <translation>une taille négative</translation>
        </message>
        <message>
            <source>expected 16 hexadecimal digits</source>
            <translation>16 chiffres hexadécimaux sont attendus</translation>
        </message>
        <message>
            <source>the project file is damaged: it has %1 rows but no stored column</source>
            <translation>le fichier projet est endommagé : il a %1 lignes, mais aucune colonne enregistrée</translation>
        </message>
        <message>
            <source>the project file is damaged: its data does not match its fingerprint</source>
            <translation>le fichier projet est endommagé : ses données ne correspondent pas à son empreinte</translation>
        </message>
        <message>
            <source>the project file is damaged: its id column '%1' is not stored</source>
            <translation>le fichier projet est endommagé : sa colonne d'identifiant '%1' n'est pas enregistrée</translation>
        </message>
        <message>
            <source>run id %1 is not below the next id %2</source>
            <translation>l'identifiant d'exécution %1 n'est pas inférieur à l'identifiant suivant %2</translation>
        </message>
        <message>
            <source>run %1 model</source>
            <translation>modèle de l'exécution %1</translation>
        </message>
        <message>
            <source>a segment count of %1</source>
            <translation>un nombre de segments de %1</translation>
        </message>
        <message>
            <source>run %1 assignments</source>
            <translation>affectations de l'exécution %1</translation>
        </message>
        <message>
            <source>the project file is damaged: its current run %1 does not exist</source>
            <translation>le fichier projet est endommagé : son exécution courante %1 n'existe pas</translation>
        </message>
        <message>
            <source>a segment key out of range</source>
            <translation>une clé de segment hors limites</translation>
        </message>
        <message>
            <source>a version out of range</source>
            <translation>une version hors limites</translation>
        </message>
        <message>
            <source>the run segments row %1 of a table of %2 rows</source>
            <translation>l'exécution segmente la ligne %1 d'une table de %2 lignes</translation>
        </message>
        <message>
            <source>the segments were made with %1 values in this column, but it holds %2 values here</source>
            <translation>les segments ont été créés avec des valeurs de type %1 dans cette colonne, mais elle contient ici des valeurs de type %2</translation>
        </message>
        <message numerus="yes">
            <source>the segments need the column(s) %1, which the file lacks</source>
            <translation>
                <numerusform>les segments requièrent la colonne %1, absente du fichier</numerusform>
                <numerusform>les segments requièrent les colonnes %1, absentes du fichier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the segments need the column(s) %1, which the file lacks; if it was renamed, its new name may be one of %2</source>
            <translation>
                <numerusform>les segments requièrent la colonne %1, absente du fichier ; si elle a été renommée, son nouveau nom figure peut-être parmi %2</numerusform>
                <numerusform>les segments requièrent les colonnes %1, absentes du fichier ; si l'une d'elles a été renommée, son nouveau nom figure peut-être parmi %2</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1': population stability index %2 above %3</source>
            <translation>colonne '%1' : indice de stabilité de population %2, supérieur à %3</translation>
        </message>
        <message>
            <source>segment %1 '%2': %3% of the customers against %4% in the run, a change above %5 points</source>
            <translation>segment %1 '%2' : %3 % des clients contre %4 % dans l'exécution, une variation de plus de %5 points</translation>
        </message>
        <message>
            <source>segment %1: %2% of the customers against %3% in the run, a change above %4 points</source>
            <translation>segment %1 : %2 % des clients contre %3 % dans l'exécution, une variation de plus de %4 points</translation>
        </message>
        <message>
            <source>customer %1, column '%2': %3</source>
            <translation>client %1, colonne '%2' : %3</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>un tableau</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 n'est pas un nombre</translation>
        </message>
        <message>
            <source>%1 is not yes or no (true/false, 1/0, "yes"/"no")</source>
            <translation>%1 n'est ni oui ni non (true/false, 1/0, "yes"/"no")</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY-MM-DD, with a time if need be)</source>
            <translation>%1 n'est pas une date (YYYY-MM-DD, avec une heure si nécessaire)</translation>
        </message>
        <message>
            <source>the customers must be a JSON array of objects, one per customer</source>
            <translation>les clients doivent former un tableau JSON d'objets, un par client</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>la requête</translation>
        </message>
        <message>
            <source>customer %1 is %2, not an object of columns and values</source>
            <translation>le client %1 est %2, et non un objet de colonnes et de valeurs</translation>
        </message>
        <message>
            <source>%1 is not a finite number</source>
            <translation>%1 n'est pas un nombre fini</translation>
        </message>
        <message>
            <source>%1 is not a category (text or a number)</source>
            <translation>%1 n'est pas une catégorie (texte ou nombre)</translation>
        </message>
        <message>
            <source>customer %1 has none of the columns the segments read (%2)</source>
            <translation>le client %1 n'a aucune des colonnes lues par les segments (%2)</translation>
        </message>
        <message>
            <source>unknown SQL dialect '%1': the dialects are sqlite, postgresql, spark and bigquery</source>
            <translation>dialecte SQL inconnu '%1' : les dialectes sont sqlite, postgresql, spark et bigquery</translation>
        </message>
        <message>
            <source>the scoring model has no column '%1'</source>
            <translation>le modèle d'affectation n'a pas de colonne '%1'</translation>
        </message>
        <message>
            <source>the scoring query needs the name of the table to score</source>
            <translation>la requête d'affectation requiert le nom de la table à affecter</translation>
        </message>
        <message>
            <source>the scoring query needs the column that identifies a customer</source>
            <translation>la requête d'affectation requiert la colonne qui identifie un client</translation>
        </message>
        <message>
            <source>a density run (DBSCAN, HDBSCAN) assigns new customers by their nearest core customer, which one query cannot carry: score it with segscope score, or export a k-means, mini-batch, Ward, consensus or Gaussian mixture run</source>
            <translation>une exécution par densité (DBSCAN, HDBSCAN) affecte les nouveaux clients selon leur client central le plus proche, ce qu'une seule requête ne peut pas exprimer : affectez-les avec segscope score, ou exportez une exécution k-means, mini-batch, Ward, consensus ou mélange gaussien</translation>
        </message>
        <message>
            <source>the run has no segment with a centre to score into</source>
            <translation>l'exécution n'a aucun segment doté d'un centre auquel affecter les clients</translation>
        </message>
        <message>
            <source>the database has several tables; choose one</source>
            <translation>la base de données contient plusieurs tables ; choisissez-en une</translation>
        </message>
        <message>
            <source>a sample needs at least one row</source>
            <translation>un échantillon requiert au moins une ligne</translation>
        </message>
        <message>
            <source>no customers to fit the BG/NBD model to</source>
            <translation>aucun client sur lequel ajuster le modèle BG/NBD</translation>
        </message>
        <message>
            <source>customer %1 has x = %2, t_x = %3, T = %4; the BG/NBD model needs x &gt;= 0, 0 &lt;= t_x &lt;= T, and T &gt; 0 when x &gt; 0</source>
            <translation>le client %1 a x = %2, t_x = %3, T = %4 ; le modèle BG/NBD requiert x &gt;= 0, 0 &lt;= t_x &lt;= T, et T &gt; 0 si x &gt; 0</translation>
        </message>
        <message>
            <source>no customer has a repeat purchase with a positive value, so the Gamma-Gamma spend model cannot be fitted</source>
            <translation>aucun client n'a d'achat répété de valeur positive : le modèle de dépenses Gamma-Gamma ne peut donc pas être ajusté</translation>
        </message>
        <message>
            <source>the BG/NBD fit ended with status '%1': its forecasts may be off</source>
            <translation>l'ajustement BG/NBD s'est terminé avec le statut '%1' : ses prévisions peuvent être faussées</translation>
        </message>
        <message>
            <source>the Gamma-Gamma fit has q &lt;= 1: customers without a repeat purchase get no expected value</source>
            <translation>l'ajustement Gamma-Gamma donne q &lt;= 1 : les clients sans achat répété n'obtiennent pas de valeur attendue</translation>
        </message>
        <message>
            <source>no customer has a repeat purchase with a value: no lifetime value</source>
            <translation>aucun client n'a d'achat répété avec une valeur : pas de valeur vie client</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 1 or more</source>
            <translation>%1 est hors limites : la valeur doit être supérieure ou égale à 1</translation>
        </message>
        <message numerus="yes">
            <source>only %n treated customer(s) (fewer than %1): its estimates are fragile</source>
            <translation>
                <numerusform>seulement %n client dans le groupe test (moins de %1) : les estimations sont fragiles</numerusform>
                <numerusform>seulement %n clients dans le groupe test (moins de %1) : les estimations sont fragiles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>only %n control customer(s) (fewer than %1): its estimates are fragile</source>
            <translation>
                <numerusform>seulement %n client dans le groupe témoin (moins de %1) : les estimations sont fragiles</numerusform>
                <numerusform>seulement %n clients dans le groupe témoin (moins de %1) : les estimations sont fragiles</numerusform>
            </translation>
        </message>
        <message>
            <source>the project stores no column '%1'</source>
            <translation>le projet ne stocke aucune colonne '%1'</translation>
        </message>
        <message>
            <source>request body</source>
            <translation>requête</translation>
        </message>
        <message>
            <source>the %1 nests arrays and objects more than %2 deep (%3)</source>
            <translation>la %1 imbrique des tableaux et des objets sur plus de %2 niveaux (%3)</translation>
        </message>
        <message>
            <source>%1 purchase line(s) have no channel: channel shares count the lines that have one; %2 customer(s) with none have no shares (filled as missing cells)</source>
            <translation>%1 ligne(s) d'achat sans canal : les parts par canal comptent les lignes qui en ont un ; %2 client(s) sans aucun canal n'ont pas de parts (complétées comme des cellules manquantes)</translation>
        </message>
        <message>
            <source>%1 purchase line(s) have no channel: channel shares count the lines that have one</source>
            <translation>%1 ligne(s) d'achat sans canal : les parts par canal comptent les lignes qui en ont un</translation>
        </message>
        <message>
            <source>%1: SQLite ran out of memory reading it, as it does on some damaged files</source>
            <translation>%1 : SQLite a manqué de mémoire en la lisant, comme avec certains fichiers endommagés</translation>
        </message>
        <message>
            <source>cannot read the database: SQLite ran out of memory reading it, as it does on some damaged files (check it with: sqlite3 FILE 'PRAGMA integrity_check')</source>
            <translation>impossible de lire la base de données : SQLite a manqué de mémoire en la lisant, comme avec certains fichiers endommagés (vérifiez-la avec : sqlite3 FICHIER 'PRAGMA integrity_check')</translation>
        </message>
        <message>
            <source>expected {"customers": [...]} or an array of customers</source>
            <translation>attendu : {"customers": [...]} ou un tableau de clients</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Customer segmentation for marketers. Without a file, shows the start page (or opens the demo customers, as the preferences say).</source>
            <translation>La segmentation clients pour les équipes marketing. Sans fichier, affiche la page d'accueil (ou ouvre les clients de démonstration, selon les préférences).</translation>
        </message>
        <message>
            <source>Project (.segscope), CSV file or SQLite database to open.</source>
            <translation>Projet (.segscope), fichier CSV ou base de données SQLite à ouvrir.</translation>
        </message>
        <message>
            <source>Open the demo customers (the default).</source>
            <translation>Ouvrir les clients de démonstration (par défaut).</translation>
        </message>
        <message>
            <source>Number of segments (2-30).</source>
            <translation>Nombre de segments (2-30).</translation>
        </message>
        <message>
            <source>The clustering algorithm: kmeans (the default), gmm (Gaussian mixture), ward, dbscan or hdbscan.</source>
            <translation>L'algorithme de clustering : kmeans (par défaut), gmm (mélange gaussien), ward, dbscan ou hdbscan.</translation>
        </message>
        <message>
            <source>DBSCAN's radius (default: suggested from the data).</source>
            <translation>Rayon de DBSCAN (par défaut : suggéré à partir des données).</translation>
        </message>
        <message>
            <source>DBSCAN's or HDBSCAN's min samples.</source>
            <translation>Échantillons min. de DBSCAN ou de HDBSCAN.</translation>
        </message>
        <message>
            <source>HDBSCAN's minimum segment size (default: 1% of the customers).</source>
            <translation>Taille minimale de segment de HDBSCAN (par défaut : 1 % des clients).</translation>
        </message>
        <message>
            <source>Set aside customers beyond this robust z on any feature (as segscope cluster --outliers; 0, the default, keeps all).</source>
            <translation>Mettre de côté les clients au-delà de ce z robuste sur une variable (comme segscope cluster --outliers ; 0, la valeur par défaut, les garde tous).</translation>
        </message>
        <message>
            <source>Save a PNG of the window once the first result is complete, then exit.</source>
            <translation>Enregistrer une image PNG de la fenêtre dès que le premier résultat est complet, puis quitter.</translation>
        </message>
        <message>
            <source>Window size, e.g. 1600x1000.</source>
            <translation>Taille de la fenêtre, p. ex. 1600x1000.</translation>
        </message>
        <message>
            <source>Use the dark theme.</source>
            <translation>Utiliser le thème sombre.</translation>
        </message>
        <message>
            <source>The colours: system, light, dark or high-contrast (default: the preferences').</source>
            <translation>Les couleurs : system, light, dark ou high-contrast (par défaut : celles des préférences).</translation>
        </message>
        <message>
            <source>The interface language: en, de, fr or es (default: the preferences', else the system's).</source>
            <translation>La langue de l'interface : en, de, fr ou es (par défaut : celle des préférences, sinon celle du système).</translation>
        </message>
        <message>
            <source>Show the start page (with --screenshot: its picture, without data).</source>
            <translation>Afficher la page d'accueil (avec --screenshot : son image, sans données).</translation>
        </message>
        <message>
            <source>Show the Personas tab.</source>
            <translation>Afficher l'onglet Personas.</translation>
        </message>
        <message>
            <source>Show the Runs tab (a project's run history).</source>
            <translation>Afficher l'onglet Exécutions (l'historique des exécutions d'un projet).</translation>
        </message>
        <message>
            <source>Show the Scoring tab (the batches scored with the current run).</source>
            <translation>Afficher l'onglet Scoring (les lots affectés avec l'exécution en cours).</translation>
        </message>
        <message>
            <source>Show the Lift tab (the latest campaign analysed against the current run).</source>
            <translation>Afficher l'onglet Uplift (la dernière campagne analysée par rapport à l'exécution en cours).</translation>
        </message>
        <message>
            <source>Show the Value tab (size against value).</source>
            <translation>Afficher l'onglet Valeur (taille par rapport à la valeur).</translation>
        </message>
        <message>
            <source>Show the Model tab (the purchase model's check).</source>
            <translation>Afficher l'onglet Modèle (la vérification du modèle d'achat).</translation>
        </message>
        <message>
            <source>Show the Tree tab (Ward's tree).</source>
            <translation>Afficher l'onglet Arbre (l'arbre de Ward).</translation>
        </message>
        <message>
            <source>The segment map: umap (the default) or pca.</source>
            <translation>La carte des segments : umap (par défaut) ou pca.</translation>
        </message>
        <message>
            <source>give at most one file</source>
            <translation>indiquez au plus un fichier</translation>
        </message>
        <message>
            <source>give either a file or --demo, not both</source>
            <translation>indiquez soit un fichier, soit --demo, pas les deux</translation>
        </message>
        <message>
            <source>--k must be a whole number from 2 to 30</source>
            <translation>--k doit être un nombre entier de 2 à 30</translation>
        </message>
        <message>
            <source>--%1 applies to --algorithm %2 only</source>
            <translation>--%1 ne s'applique qu'à --algorithm %2</translation>
        </message>
        <message>
            <source>--eps must be a number above 0</source>
            <translation>--eps doit être un nombre supérieur à 0</translation>
        </message>
        <message>
            <source>--%1 must be a whole number of at least %2</source>
            <translation>--%1 doit être un nombre entier d'au moins %2</translation>
        </message>
        <message>
            <source>--outliers must be a number from 0 to 100</source>
            <translation>--outliers doit être un nombre de 0 à 100</translation>
        </message>
        <message>
            <source>--size must look like 1600x1000 (at least 400x300)</source>
            <translation>--size doit avoir la forme 1600x1000 (au moins 400x300)</translation>
        </message>
        <message>
            <source>--theme must be system, light, dark or high-contrast</source>
            <translation>--theme doit valoir system, light, dark ou high-contrast</translation>
        </message>
        <message>
            <source>--lang must be one of %1</source>
            <translation>--lang doit valoir l'une de ces valeurs : %1</translation>
        </message>
        <message>
            <source>--start-page opens no file: leave out the file and --demo</source>
            <translation>--start-page n'ouvre aucun fichier : omettez le fichier et --demo</translation>
        </message>
        <message>
            <source>--map must be umap or pca</source>
            <translation>--map doit valoir umap ou pca</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>l'image n'a pas pu être encodée</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>no complete result within 10 minutes</source>
            <translation>aucun résultat complet en 10 minutes</translation>
        </message>
    </context>
    <context>
        <name>seg::AlgorithmPage</name>
        <message>
            <source>How many times k-means starts from different customers and keeps the best result. More restarts make the segments less dependent on luck and take longer; 10 is plenty for most data.</source>
            <translation>Nombre de fois où k-means démarre à partir de clients différents en gardant le meilleur résultat. Plus de redémarrages rendent les segments moins dépendants du hasard, mais prennent plus de temps ; 10 suffisent pour la plupart des données.</translation>
        </message>
        <message>
            <source>How many times k-means starts, on a sample of the customers, from different customers; the best start is then refined on everyone in batches.</source>
            <translation>Nombre de fois où k-means démarre, sur un échantillon des clients, à partir de clients différents ; le meilleur départ est ensuite affiné sur tous les clients, par lots.</translation>
        </message>
        <message>
            <source>&amp;Batch size:</source>
            <translation>Taille des &amp;lots :</translation>
        </message>
        <message>
            <source>Customers per batch: each batch moves the segment centres a little. Larger batches move them more smoothly and take a little longer.</source>
            <translation>Clients par lot : chaque lot déplace un peu les centres des segments. Des lots plus grands les déplacent plus régulièrement et prennent un peu plus de temps.</translation>
        </message>
        <message>
            <source>For millions of customers: nearly the segments of k-means in a fraction of the time.</source>
            <translation>Pour des millions de clients : presque les mêmes segments que k-means, en une fraction du temps.</translation>
        </message>
        <message>
            <source>&amp;Runs per algorithm:</source>
            <translation>E&amp;xécutions par algorithme :</translation>
        </message>
        <message>
            <source>How many times k-means, the Gaussian mixture and Ward each run on a different 80% of the customers. More runs make each customer's agreement more precise and take longer.</source>
            <translation>Nombre de fois où k-means, le mélange gaussien et Ward s'exécutent chacun sur un tirage différent de 80 % des clients. Plus d'exécutions rendent l'accord de chaque client plus précis, mais prennent plus de temps.</translation>
        </message>
        <message>
            <source>The segments many runs of k-means, the Gaussian mixture and Ward agree on. Each customer's agreement (in its tooltip) says how often the runs put it with its segment; pale points on the map are customers the runs disagree on.</source>
            <translation>Les segments sur lesquels s'accordent de nombreuses exécutions de k-means, du mélange gaussien et de Ward. L'accord de chaque client (dans son info-bulle) indique à quelle fréquence les exécutions le placent dans son segment ; les points pâles de la carte sont les clients sur lesquels les exécutions divergent.</translation>
        </message>
        <message>
            <source>Diagonal</source>
            <translation>Diagonale</translation>
        </message>
        <message>
            <source>Each segment has its own spread along each feature. Fast, and enough for most customer data.</source>
            <translation>Chaque segment a sa propre dispersion le long de chaque variable. Rapide, et suffisant pour la plupart des données clients.</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Complète</translation>
        </message>
        <message>
            <source>Segments may also be tilted: features that move together within a segment (spend and visits, say) are modelled. Slower with many features, and needs more customers per segment.</source>
            <translation>Les segments peuvent aussi être inclinés : les variables qui évoluent ensemble au sein d'un segment (dépenses et visites, par exemple) sont modélisées. Plus lent avec beaucoup de variables, et nécessite plus de clients par segment.</translation>
        </message>
        <message>
            <source>The shape each segment may take. Diagonal: its own spread along each feature. Full: also tilted, when features move together within a segment.</source>
            <translation>La forme que peut prendre chaque segment. Diagonale : sa propre dispersion le long de chaque variable. Complète : également inclinée, lorsque des variables évoluent ensemble au sein d'un segment.</translation>
        </message>
        <message>
            <source>EM r&amp;uns:</source>
            <translation>E&amp;xécutions EM :</translation>
        </message>
        <message>
            <source>How many times the mixture is fitted from different starts; the most likely fit is kept. More runs are steadier and slower.</source>
            <translation>Nombre d'ajustements du mélange à partir de départs différents ; l'ajustement le plus vraisemblable est conservé. Plus d'exécutions donnent un résultat plus stable, mais plus lent.</translation>
        </message>
        <message>
            <source>Nothing to set beyond k. These %1 customers are more than Ward's exact limit of %2: the tree joins %3 k-means micro-clusters instead of single customers.</source>
            <translation>Rien à régler au-delà de k. Ces %1 clients dépassent la limite exacte de Ward (%2) : l'arbre regroupe %3 micro-clusters k-means au lieu de clients individuels.</translation>
        </message>
        <message>
            <source>Nothing to set beyond k. Exact up to %1 customers; above that the tree joins %2 k-means micro-clusters instead of single customers.</source>
            <translation>Rien à régler au-delà de k. Exact jusqu'à %1 clients ; au-delà, l'arbre regroupe %2 micro-clusters k-means au lieu de clients individuels.</translation>
        </message>
        <message>
            <source>Take the radius from the data: the knee of the curve of each customer's distance to its min-samples-th nearest neighbour, where crowded customers end and sparse ones begin.</source>
            <translation>Déduire le rayon des données : le coude de la courbe des distances de chaque client à son (min samples)-ième plus proche voisin, là où s'arrêtent les clients en zone dense et où commencent ceux en zone clairsemée.</translation>
        </message>
        <message>
            <source>Suggest a radius from the data</source>
            <translation>Suggérer un rayon à partir des données</translation>
        </message>
        <message>
            <source>How close two customers must be to count as neighbours (in scaled feature units). Larger: fewer, bigger segments and less noise; smaller: more customers left as noise.</source>
            <translation>Distance maximale entre deux clients pour qu'ils comptent comme voisins (en unités de variables mises à l'échelle). Plus grand : segments moins nombreux et plus grands, moins de bruit ; plus petit : davantage de clients laissés en bruit.</translation>
        </message>
        <message>
            <source>How many customers (itself included) must lie within the radius for a customer to be the core of a segment. Larger: only dense groups become segments, more noise.</source>
            <translation>Nombre de clients (lui-même compris) qui doivent se trouver dans le rayon pour qu'un client soit le cœur d'un segment. Plus grand : seuls les groupes denses deviennent des segments, plus de bruit.</translation>
        </message>
        <message>
            <source>Radius from the data: %1, the knee of the %2-nearest-neighbour distances.</source>
            <translation>Rayon déduit des données : %1, le coude des distances au %2e plus proche voisin.</translation>
        </message>
        <message>
            <source>Radius from the data: the knee of the %1-nearest-neighbour distances, computed as DBSCAN runs.</source>
            <translation>Rayon déduit des données : le coude des distances au %1e plus proche voisin, calculé pendant l'exécution de DBSCAN.</translation>
        </message>
        <message>
            <source>The data suggest a radius of %1; Suggest takes it.</source>
            <translation>Les données suggèrent un rayon de %1 ; Suggérer l'applique.</translation>
        </message>
        <message>
            <source>Suggest takes the radius from the data.</source>
            <translation>Suggérer déduit le rayon des données.</translation>
        </message>
        <message>
            <source>Take the minimum segment size from the data: 1% of the customers, at least 5.</source>
            <translation>Déduire la taille minimale de segment des données : 1 % des clients, au moins 5.</translation>
        </message>
        <message>
            <source>Minimum segment size from the data (1% of the customers)</source>
            <translation>Taille minimale de segment déduite des données (1 % des clients)</translation>
        </message>
        <message>
            <source>Min si&amp;ze:</source>
            <translation>Taille mi&amp;n. :</translation>
        </message>
        <message>
            <source>The smallest group of customers that counts as a segment. Smaller groups that split off a segment become noise. Larger: fewer, broader segments.</source>
            <translation>Le plus petit groupe de clients qui compte comme un segment. Les groupes plus petits qui se détachent d'un segment deviennent du bruit. Plus grand : segments moins nombreux et plus larges.</translation>
        </message>
        <message>
            <source>as size</source>
            <extracomment>HDBSCAN's min samples at 0: the minimum segment size is used.</extracomment>
            <translation>selon taille</translation>
        </message>
        <message>
            <source>How crowded a customer's neighbourhood must be for it to count as dense. Larger: more customers called noise, segments only in the densest regions. "as size" uses the minimum segment size.</source>
            <translation>Densité requise du voisinage d'un client pour qu'il soit considéré comme dense. Plus grand : davantage de clients classés en bruit, segments uniquement dans les zones les plus denses. « selon taille » utilise la taille minimale de segment.</translation>
        </message>
        <message>
            <source>Minimum segment size from the data: 1% of the customers.</source>
            <translation>Taille minimale de segment déduite des données : 1 % des clients.</translation>
        </message>
        <message>
            <source>1% takes the minimum segment size from the data.</source>
            <translation>1 % déduit la taille minimale de segment des données.</translation>
        </message>
        <message>
            <source>k-means</source>
            <translation>k-means</translation>
        </message>
        <message>
            <source>k compact, similarly sized segments; every customer in the segment of the nearest centre.</source>
            <translation>k segments compacts de tailles similaires ; chaque client dans le segment du centre le plus proche.</translation>
        </message>
        <message>
            <source>Mini-batch</source>
            <translation>Mini-batch</translation>
        </message>
        <message>
            <source>k-means for large tables: starts on a sample and refines the segments on everyone in small batches. Nearly the same segments as k-means, much faster for millions of customers.</source>
            <translation>k-means pour les grandes tables : démarre sur un échantillon puis affine les segments sur tous les clients par petits lots. Presque les mêmes segments que k-means, bien plus rapide pour des millions de clients.</translation>
        </message>
        <message>
            <source>Gaussian mixture</source>
            <translation>Mélange gaussien</translation>
        </message>
        <message>
            <source>k segments that may differ in spread; each customer belongs to each segment with a probability and is shown in the most probable. Slower than k-means.</source>
            <translation>k segments de dispersions éventuellement différentes ; chaque client appartient à chaque segment avec une certaine probabilité et est affiché dans le plus probable. Plus lent que k-means.</translation>
        </message>
        <message>
            <source>Ward (hierarchical)</source>
            <translation>Ward (hiérarchique)</translation>
        </message>
        <message>
            <source>k segments from a tree that joins, step by step, the two groups whose union adds least to the spread within groups; the Tree tab shows it.</source>
            <translation>k segments issus d'un arbre qui réunit, étape par étape, les deux groupes dont l'union augmente le moins la dispersion au sein des groupes ; l'onglet Arbre l'affiche.</translation>
        </message>
        <message>
            <source>DBSCAN</source>
            <translation>DBSCAN</translation>
        </message>
        <message>
            <source>Finds the number of segments itself: dense groups of customers become segments, customers in sparse regions are left as noise (grey). Good for odd-shaped segments.</source>
            <translation>Trouve lui-même le nombre de segments : les groupes denses de clients deviennent des segments, les clients des zones clairsemées restent du bruit (en gris). Adapté aux segments de forme irrégulière.</translation>
        </message>
        <message>
            <source>HDBSCAN</source>
            <translation>HDBSCAN</translation>
        </message>
        <message>
            <source>Like DBSCAN, but finds segments of different densities and needs only the smallest segment size. Customers in no dense group are noise (grey).</source>
            <translation>Comme DBSCAN, mais trouve des segments de densités différentes et n'a besoin que de la taille minimale de segment. Les clients hors de tout groupe dense sont du bruit (en gris).</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <source>The k segments on which many runs of k-means, the Gaussian mixture and Ward agree, with each customer's agreement. The slowest, and the surest test of whether the segments are real.</source>
            <translation>Les k segments sur lesquels s'accordent de nombreuses exécutions de k-means, du mélange gaussien et de Ward, avec l'accord de chaque client. Le plus lent, et le test le plus sûr pour savoir si les segments sont réels.</translation>
        </message>
        <message numerus="yes">
            <source>%n restart(s)</source>
            <translation>
                <numerusform>%n redémarrage</numerusform>
                <numerusform>%n redémarrages</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 covariance, %2</source>
            <translation>covariance %1, %2</translation>
        </message>
        <message>
            <source>full</source>
            <translation>complète</translation>
        </message>
        <message>
            <source>diagonal</source>
            <translation>diagonale</translation>
        </message>
        <message numerus="yes">
            <source>%n EM run(s)</source>
            <translation>
                <numerusform>%n exécution EM</numerusform>
                <numerusform>%n exécutions EM</numerusform>
            </translation>
        </message>
        <message>
            <source>exact up to %1</source>
            <translation>exact jusqu'à %1</translation>
        </message>
        <message>
            <source>eps %1, min samples %2</source>
            <translation>eps %1, échantillons min. %2</translation>
        </message>
        <message>
            <source>batches of %1</source>
            <translation>lots de %1</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s) per algorithm</source>
            <translation>
                <numerusform>%n exécution par algorithme</numerusform>
                <numerusform>%n exécutions par algorithme</numerusform>
            </translation>
        </message>
        <message>
            <source>min segment size %1</source>
            <translation>taille min. de segment %1</translation>
        </message>
        <message>
            <source>min segment size %1, min samples %2</source>
            <translation>taille min. de segment %1, échantillons min. %2</translation>
        </message>
        <message>
            <source>&amp;Restarts:</source>
            <translation>Redémarra&amp;ges :</translation>
        </message>
        <message>
            <source>Cova&amp;riance:</source>
            <translation>Covaria&amp;nce :</translation>
        </message>
        <message>
            <source>S&amp;uggest</source>
            <translation>Su&amp;ggérer</translation>
        </message>
        <message>
            <source>&amp;Radius (eps):</source>
            <translation>Rayon (e&amp;ps) :</translation>
        </message>
        <message>
            <source>Min sam&amp;ples:</source>
            <translation>Échanti&amp;llons min. :</translation>
        </message>
        <message>
            <source>1%</source>
            <translation>1%</translation>
        </message>
        <message numerus="yes">
            <source>Minimum segment size from the data: 1% of the %1 customer(s).</source>
            <translation>
                <numerusform>Taille minimale de segment déduite des données : 1 % du %1 client.</numerusform>
                <numerusform>Taille minimale de segment déduite des données : 1 % des %1 clients.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ContingencyPainter</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>No runs to compare</source>
            <translation>Aucune exécution à comparer</translation>
        </message>
    </context>
    <context>
        <name>seg::ControlsPanel</name>
        <message>
            <source>log(1 + x) before scaling</source>
            <translation>log(1 + x) avant mise à l'échelle</translation>
        </message>
        <message>
            <source>extremes clipped before scaling</source>
            <translation>extrêmes écrêtés avant mise à l'échelle</translation>
        </message>
        <message>
            <source>How the column's values are changed before scaling</source>
            <translation>Comment les valeurs de la colonne sont transformées avant la mise à l'échelle</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>Group / column</source>
            <extracomment>The second column: a group's weight, a column's transform (two lines).</extracomment>
            <translation>Groupe / colonne</translation>
        </message>
        <message>
            <source>Weight /
transform</source>
            <translation>Poids /
transform.</translation>
        </message>
        <message>
            <source>Check the columns to segment on. A group's weight multiplies its features' share of the distance between customers. Double-click a column's transform to change it.</source>
            <translation>Cochez les colonnes sur lesquelles segmenter. Le poids d'un groupe multiplie la part de ses variables dans la distance entre clients. Double-cliquez sur la transformation d'une colonne pour la modifier.</translation>
        </message>
        <message>
            <source>A group's weight multiplies its features' share of the distance. A column's transform is applied before scaling. log(1 + x) evens out skewed amounts such as spend, so a few big customers do not dominate; "clip 1–99%" caps values at the 1st and 99th percentiles. Double-click to change.</source>
            <translation>Le poids d'un groupe multiplie la part de ses variables dans la distance. La transformation d'une colonne est appliquée avant la mise à l'échelle. log(1 + x) lisse les montants asymétriques comme les dépenses, pour que quelques gros clients ne dominent pas ; « écrêtage 1–99 % » plafonne les valeurs aux 1er et 99e centiles. Double-cliquez pour modifier.</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentation</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algorithme</translation>
        </message>
        <message>
            <source>Algorithm parameters</source>
            <translation>Paramètres de l'algorithme</translation>
        </message>
        <message>
            <source>The clustering algorithm. k-means finds k compact, similarly sized segments; a Gaussian mixture allows segments of different spread; Ward builds a tree of segments; DBSCAN and HDBSCAN find the number of segments themselves and leave customers in sparse regions as noise. Its parameters are below.</source>
            <translation>L'algorithme de clustering. k-means trouve k segments compacts de tailles similaires ; un mélange gaussien admet des segments de dispersions différentes ; Ward construit un arbre de segments ; DBSCAN et HDBSCAN trouvent eux-mêmes le nombre de segments et laissent en bruit les clients des zones clairsemées. Ses paramètres figurent ci-dessous.</translation>
        </message>
        <message>
            <source>&amp;Algorithm:</source>
            <translation>Alg&amp;orithme :</translation>
        </message>
        <message>
            <source>Number of segments</source>
            <translation>Nombre de segments</translation>
        </message>
        <message>
            <source>Number of segments (%1–%2)</source>
            <translation>Nombre de segments (%1–%2)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Random seed: the same seed and settings always give the same segments. Try another to check that the segments are stable.</source>
            <translation>Graine aléatoire : la même graine et les mêmes réglages donnent toujours les mêmes segments. Essayez-en une autre pour vérifier que les segments sont stables.</translation>
        </message>
        <message>
            <source>Z-score</source>
            <translation>Score z</translation>
        </message>
        <message>
            <source>Mean 0, standard deviation 1. A few extreme customers inflate the standard deviation and squeeze everyone else together.</source>
            <translation>Moyenne 0, écart-type 1. Quelques clients extrêmes gonflent l'écart-type et tassent tous les autres.</translation>
        </message>
        <message>
            <source>Robust (median, IQR)</source>
            <translation>Robuste (médiane, EIQ)</translation>
        </message>
        <message>
            <source>Median 0, interquartile range 1: the middle half of the customers sets the scale, so extreme customers do not. They stay extreme, though: set them aside with Outliers.</source>
            <translation>Médiane 0, écart interquartile 1 : la moitié centrale des clients fixe l'échelle, et non les clients extrêmes. Ceux-ci restent toutefois extrêmes : mettez-les de côté avec Valeurs atypiques.</translation>
        </message>
        <message>
            <source>Min–max (0 to 1)</source>
            <translation>Min–max (0 à 1)</translation>
        </message>
        <message>
            <source>Smallest value 0, largest 1: one extreme customer compresses everyone else into a corner.</source>
            <translation>Plus petite valeur 0, plus grande 1 : un seul client extrême comprime tous les autres dans un coin.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Raw units: the feature with the largest numbers decides the distances.</source>
            <translation>Unités brutes : la variable aux plus grands nombres détermine les distances.</translation>
        </message>
        <message>
            <source>How features are put on a common scale before distances are measured. Z-score: mean and standard deviation. Robust: median and interquartile range, not pulled by extreme customers. Min–max: 0 to 1. None: raw units.</source>
            <translation>Comment les variables sont ramenées à une échelle commune avant la mesure des distances. Score z : moyenne et écart-type. Robuste : médiane et écart interquartile, insensibles aux clients extrêmes. Min–max : 0 à 1. Aucune : unités brutes.</translation>
        </message>
        <message>
            <source>S&amp;caling:</source>
            <translation>Mise à l'é&amp;chelle :</translation>
        </message>
        <message>
            <source>Keep all</source>
            <translation>Tout garder</translation>
        </message>
        <message>
            <source>beyond z </source>
            <extracomment>Prefix of the outlier threshold: customers beyond this robust z-score are set aside.</extracomment>
            <translation>au-delà de z </translation>
        </message>
        <message>
            <source>Set aside customers whose value on any feature lies further than this many robust standard deviations (1.4826 × the median absolute deviation) from the median. They are not clustered, appear grey on the map, are counted in the status bar and exported as segment −1. Keep all: no customer is set aside; 5 to 10 sets aside only the truly extreme.</source>
            <translation>Mettre de côté les clients dont la valeur sur une variable s'écarte de la médiane de plus de ce nombre d'écarts-types robustes (1,4826 × l'écart absolu médian). Ils ne sont pas segmentés, apparaissent en gris sur la carte, sont comptés dans la barre d'état et exportés comme segment −1. Tout garder : aucun client n'est mis de côté ; de 5 à 10, seuls les cas vraiment extrêmes le sont.</translation>
        </message>
        <message>
            <source>&amp;Outliers:</source>
            <translation>Vale&amp;urs atypiques :</translation>
        </message>
        <message>
            <source>Run the segmentation again with the current settings (F5). Changes are applied automatically as well.</source>
            <translation>Relancer la segmentation avec les réglages actuels (F5). Les modifications sont aussi appliquées automatiquement.</translation>
        </message>
        <message>
            <source>This algorithm finds the number of segments itself: k and the seed do not apply.</source>
            <translation>Cet algorithme trouve lui-même le nombre de segments : k et la graine ne s'appliquent pas.</translation>
        </message>
        <message>
            <source>%1 finds the number of segments itself</source>
            <translation>%1 trouve lui-même le nombre de segments</translation>
        </message>
        <message>
            <source>Weight of the %1 group: 2 doubles its features' influence, 0.5 halves it</source>
            <translation>Poids du groupe %1 : 2 double l'influence de ses variables, 0,5 la divise par deux</translation>
        </message>
        <message>
            <source>Weight of %1</source>
            <translation>Poids de %1</translation>
        </message>
        <message>
            <source>log(1 + x)</source>
            <translation>log(1 + x)</translation>
        </message>
        <message>
            <source>clip 1–99%</source>
            <translation>écrêtage 1–99 %</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>log</source>
            <extracomment>Short name of the log(1 + x) transform in the feature tree.</extracomment>
            <translation>log</translation>
        </message>
        <message>
            <source>clip</source>
            <extracomment>Short name of clipping to the 1st and 99th percentiles in the feature tree.</extracomment>
            <translation>écrêt.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2. Double-click to change how it is transformed before scaling.</source>
            <translation>%1 : %2. Double-cliquez pour modifier sa transformation avant la mise à l'échelle.</translation>
        </message>
        <message>
            <source>Segments (&amp;k):</source>
            <translation>Segments (&amp;k) :</translation>
        </message>
        <message>
            <source>See&amp;d:</source>
            <translation>Gra&amp;ine :</translation>
        </message>
        <message>
            <source>Recluster no&amp;w</source>
            <translation>&amp;Relancer maintenant</translation>
        </message>
    </context>
    <context>
        <name>seg::CustomerTooltip</name>
        <message>
            <source>row %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>(agreement %1)</source>
            <translation>(accord %1)</translation>
        </message>
        <message>
            <source>(strength %1)</source>
            <translation>(force %1)</translation>
        </message>
        <message>
            <source>(probability %1)</source>
            <translation>(probabilité %1)</translation>
        </message>
        <message>
            <source>(missing)</source>
            <translation>(manquant)</translation>
        </message>
    </context>
    <context>
        <name>seg::DendrogramView</name>
        <message>
            <source>Segment tree</source>
            <translation>Arbre des segments</translation>
        </message>
        <message>
            <source>No tree: the segments were not made by a hierarchical algorithm.</source>
            <translation>Pas d'arbre : les segments n'ont pas été créés par un algorithme hiérarchique.</translation>
        </message>
        <message>
            <source>The tree is shown for Ward's hierarchical clustering: choose it under Algorithm.</source>
            <translation>L'arbre s'affiche pour le clustering hiérarchique de Ward : choisissez-le sous Algorithme.</translation>
        </message>
        <message>
            <source>Top of the tree: its last %1 merges (the leaves are %2 k-means micro-clusters)</source>
            <translation>Sommet de l'arbre : ses %1 dernières fusions (les feuilles sont %2 micro-clusters k-means)</translation>
        </message>
        <message>
            <source>Top of the tree: its last %1 merges; each leaf is a group of customers</source>
            <translation>Sommet de l'arbre : ses %1 dernières fusions ; chaque feuille est un groupe de clients</translation>
        </message>
        <message>
            <source>Ward distance</source>
            <translation>Distance de Ward</translation>
        </message>
        <message>
            <source>cut: %1 segments</source>
            <translation>coupe : %1 segments</translation>
        </message>
        <message numerus="yes">
            <source>The last %1 merges of Ward's tree over %2 groups; the cut at height %3 gives %4 segment(s).</source>
            <translation>
                <numerusform>Les %1 dernières fusions de l'arbre de Ward sur %2 groupes ; la coupe à la hauteur %3 donne %4 segment.</numerusform>
                <numerusform>Les %1 dernières fusions de l'arbre de Ward sur %2 groupes ; la coupe à la hauteur %3 donne %4 segments.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::Document</name>
        <message>
            <source>Restore run %1</source>
            <translation>Restaurer l'exécution %1</translation>
        </message>
        <message>
            <source>Change features</source>
            <translation>Modifier les variables</translation>
        </message>
        <message>
            <source>Set k to %1</source>
            <translation>Régler k sur %1</translation>
        </message>
        <message>
            <source>Change the seed</source>
            <translation>Modifier la graine</translation>
        </message>
        <message>
            <source>Change the algorithm</source>
            <translation>Changer d'algorithme</translation>
        </message>
        <message>
            <source>Change the algorithm's parameters</source>
            <translation>Modifier les paramètres de l'algorithme</translation>
        </message>
        <message>
            <source>Change the known-segment column</source>
            <translation>Changer la colonne des segments connus</translation>
        </message>
        <message>
            <source>Set aside outliers</source>
            <translation>Mettre de côté les valeurs atypiques</translation>
        </message>
        <message>
            <source>Keep outliers</source>
            <translation>Garder les valeurs atypiques</translation>
        </message>
        <message>
            <source>Change the map</source>
            <translation>Modifier la carte</translation>
        </message>
        <message>
            <source>Rename segments</source>
            <translation>Renommer les segments</translation>
        </message>
        <message>
            <source>Rename a segment</source>
            <translation>Renommer un segment</translation>
        </message>
        <message>
            <source>Edit a persona</source>
            <translation>Modifier une persona</translation>
        </message>
    </context>
    <context>
        <name>seg::EngineController</name>
        <message>
            <source>Run an analysis before sweeping k.</source>
            <translation>Lancez une analyse avant de balayer k.</translation>
        </message>
    </context>
    <context>
        <name>seg::EngineWorker</name>
        <message>
            <source>Analysis failed: %1</source>
            <translation>Échec de l'analyse : %1</translation>
        </message>
        <message>
            <source>The k sweep failed: %1</source>
            <translation>Échec du balayage de k : %1</translation>
        </message>
        <message>
            <source>Could not load the data: %1</source>
            <translation>Impossible de charger les données : %1</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>mémoire insuffisante</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>erreur inconnue</translation>
        </message>
        <message>
            <source>Preparing features</source>
            <translation>Préparation des variables</translation>
        </message>
        <message>
            <source>Projecting</source>
            <translation>Projection</translation>
        </message>
        <message>
            <source>Clustering</source>
            <translation>Segmentation</translation>
        </message>
        <message>
            <source>Profiling</source>
            <translation>Profilage</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <source>The k-distance curve suggests no eps: most customers share their place with %1 others. Set DBSCAN's radius (eps) yourself.</source>
            <translation>La courbe des k-distances ne suggère aucun eps : la plupart des clients partagent leur position avec %1 autres. Réglez vous-même le rayon (eps) de DBSCAN.</translation>
        </message>
        <message>
            <source>Computing k = %1</source>
            <translation>Calcul de k = %1</translation>
        </message>
        <message>
            <source>Computing k = %1 to %2</source>
            <translation>Calcul de k = %1 à %2</translation>
        </message>
        <message>
            <source>Loading data</source>
            <translation>Chargement des données</translation>
        </message>
        <message>
            <source>no data is loaded</source>
            <translation>aucune donnée n'est chargée</translation>
        </message>
        <message>
            <source>no customer is left after preparing the features</source>
            <translation>aucun client ne reste après la préparation des variables</translation>
        </message>
        <message numerus="yes">
            <source>Run %1 of the project does not fit its data: it segments %2 customer(s), the data prepares %3. Recluster to make a new run.</source>
            <translation>
                <numerusform>L'exécution %1 du projet ne correspond pas à ses données : elle segmente %2 client, les données en préparent %3. Relancez la segmentation pour créer une nouvelle exécution.</numerusform>
                <numerusform>L'exécution %1 du projet ne correspond pas à ses données : elle segmente %2 clients, les données en préparent %3. Relancez la segmentation pour créer une nouvelle exécution.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>DBSCAN's minimum samples (%1) are more than the %2 customer(s)</source>
            <translation>
                <numerusform>Les échantillons min. de DBSCAN (%1) dépassent le nombre de clients (%2)</numerusform>
                <numerusform>Les échantillons min. de DBSCAN (%1) dépassent les %2 clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generating %1 demo customer(s)</source>
            <translation>
                <numerusform>Génération de %1 client de démonstration</numerusform>
                <numerusform>Génération de %1 clients de démonstration</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::FeatureLabel</name>
        <message>
            <source>%1: %2</source>
            <extracomment>A one-hot feature: column, then one of its values, e.g. "acquisition channel: referral".</extracomment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Purchasing</source>
            <translation>Achats</translation>
        </message>
        <message>
            <source>Recency &amp; loyalty</source>
            <translation>Récence et fidélité</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>seg::HeatmapPainter</name>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 sd</source>
            <translation>%1 é.-t.</translation>
        </message>
        <message>
            <source>Segment average vs. all customers</source>
            <translation>Moyenne du segment vs tous les clients</translation>
        </message>
        <message>
            <source>vs. all customers</source>
            <translation>vs tous les clients</translation>
        </message>
        <message>
            <source>Order: by segment</source>
            <translation>Ordre : par segment</translation>
        </message>
        <message>
            <source>No segments yet</source>
            <translation>Pas encore de segments</translation>
        </message>
        <message>
            <source>Segment profiles appear here once customers are segmented.</source>
            <translation>Les profils des segments s'affichent ici une fois les clients segmentés.</translation>
        </message>
        <message>
            <source>Order: by size</source>
            <translation>Ordre : par taille</translation>
        </message>
        <message>
            <source>Order: by %1</source>
            <translation>Ordre : par %1</translation>
        </message>
        <message>
            <source>average</source>
            <translation>moyenne</translation>
        </message>
    </context>
    <context>
        <name>seg::HeatmapView</name>
        <message>
            <source>Segment profile heatmap</source>
            <translation>Carte de chaleur des profils de segments</translation>
        </message>
        <message>
            <source>%1 — %2
Segment average: %3
All customers: %4
Difference: %5 standard deviations</source>
            <translation>%1 — %2
Moyenne du segment : %3
Tous les clients : %4
Différence : %5 écarts-types</translation>
        </message>
        <message>
            <source>Feature: %1</source>
            <translation>Variable : %1</translation>
        </message>
        <message>
            <source>Click to highlight this segment in every view.</source>
            <translation>Cliquez pour mettre ce segment en évidence dans toutes les vues.</translation>
        </message>
        <message>
            <source>Click to switch between segment order and size order.</source>
            <translation>Cliquez pour basculer entre l'ordre des segments et l'ordre par taille.</translation>
        </message>
        <message>
            <source>Cell colours: how far the segment average lies from the average of all customers, in standard deviations (sd) of the features as clustered (after log(1 + x) and scaling). Blue is below, red above; beyond 2 sd the colour stays the same. The numbers in the tooltips are in the data's own units.</source>
            <translation>Couleur des cellules : écart entre la moyenne du segment et la moyenne de tous les clients, en écarts-types (é.-t.) des variables telles que segmentées (après log(1 + x) et mise à l'échelle). Bleu en dessous, rouge au-dessus ; au-delà de 2 é.-t., la couleur ne change plus. Les nombres des info-bulles sont dans les unités propres des données.</translation>
        </message>
        <message>
            <source>Click to order the segments by this feature.</source>
            <translation>Cliquez pour trier les segments selon cette variable.</translation>
        </message>
        <message>
            <source>Column “%1”: one row per value, each the share of customers with that value</source>
            <translation>Colonne « %1 » : une ligne par valeur, chacune indiquant la part des clients ayant cette valeur</translation>
        </message>
        <message>
            <source>No segments yet.</source>
            <translation>Aucun segment pour l'instant.</translation>
        </message>
        <message>
            <source>Segments: %1, features: %2, customers: %3. Each cell is the segment's average against all customers, in standard deviations.</source>
            <translation>Segments : %1, variables : %2, clients : %3. Chaque cellule indique l'écart entre la moyenne du segment et celle de l'ensemble des clients, en écarts-types.</translation>
        </message>
        <message>
            <source>strongest traits: %1</source>
            <translation>traits distinctifs les plus marqués : %1</translation>
        </message>
        <message>
            <source>%1, %2: no value</source>
            <translation>%1, %2 : aucune valeur</translation>
        </message>
        <message>
            <source>%1, %2: %3 standard deviations; segment average %4, all customers %5</source>
            <extracomment>The heatmap cell under the keyboard cursor, for screen readers.</extracomment>
            <translation>%1, %2 : %3 écarts-types ; moyenne du segment %4, tous les clients %5</translation>
        </message>
        <message>
            <source>Each segment's average of each feature against all customers, in standard deviations: blue below, red above. Arrow keys, Home, End, Page Up and Page Down move the cell cursor; Enter highlights its segment in every view; S orders the segments by its feature, O switches between segment and size order.</source>
            <translation>La moyenne de chaque segment pour chaque variable par rapport à l'ensemble des clients, en écarts-types : bleu en dessous, rouge au-dessus. Les flèches, Début, Fin, Page préc. et Page suiv. déplacent le curseur de cellule ; Entrée met son segment en évidence dans toutes les vues ; S trie les segments selon sa variable, O alterne entre l'ordre des segments et l'ordre de taille.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1 : %2 client (%3)</numerusform>
                <numerusform>%1 : %2 clients (%3)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) in no segment</source>
            <translation>
                <numerusform>%1 : %2 client dans aucun segment</numerusform>
                <numerusform>%1 : %2 clients dans aucun segment</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1
%2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1
%2 client (%3)</numerusform>
                <numerusform>%1
%2 clients (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::HelpBrowser</name>
        <message>
            <source>SegmentScope user guide</source>
            <translation>Guide de l'utilisateur de SegmentScope</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Rechercher dans le guide</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
    </context>
    <context>
        <name>seg::ImageExport</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <source>Cannot save “%1”: images can be saved as PNG (.png) or SVG (.svg) files.</source>
            <translation>Impossible d'enregistrer « %1 » : les images peuvent être enregistrées en fichiers PNG (.png) ou SVG (.svg).</translation>
        </message>
        <message>
            <source>Cannot save “%1”: there is nothing to draw.</source>
            <translation>Impossible d'enregistrer « %1 » : il n'y a rien à dessiner.</translation>
        </message>
        <message>
            <source>Cannot save “%1”: %2</source>
            <translation>Impossible d'enregistrer « %1 » : %2</translation>
        </message>
        <message>
            <source>Drawn by %1</source>
            <translation>Créé avec %1</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>l'image n'a pas pu être encodée</translation>
        </message>
    </context>
    <context>
        <name>seg::ImportDialog</name>
        <message>
            <source>id (key)</source>
            <translation>id (clé)</translation>
        </message>
        <message>
            <source>known segments</source>
            <translation>segments connus</translation>
        </message>
        <message>
            <source>numeric</source>
            <translation>numérique</translation>
        </message>
        <message>
            <source>categorical</source>
            <translation>catégorielle</translation>
        </message>
        <message>
            <source>value (money)</source>
            <translation>valeur (monétaire)</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>personal data</source>
            <translation>données personnelles</translation>
        </message>
        <message>
            <source>ignored</source>
            <translation>ignorée</translation>
        </message>
        <message>
            <source>Chosen: %1 (suggested: %2, because %3)</source>
            <translation>Choisi : %1 (suggéré : %2, car %3)</translation>
        </message>
        <message>
            <source>Suggested: %1, because %2</source>
            <translation>Suggéré : %1, car %2</translation>
        </message>
        <message>
            <source>integer</source>
            <translation>entier</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>oui/non</translation>
        </message>
        <message>
            <source>category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>text / id</source>
            <translation>texte / id</translation>
        </message>
        <message>
            <source>Import customers – %1</source>
            <translation>Importer des clients – %1</translation>
        </message>
        <message>
            <source>Check the first rows and the detected column types, then choose the customer id, what each column means (its role), the features to segment on and their groups.</source>
            <translation>Vérifiez les premières lignes et les types de colonnes détectés, puis choisissez l'id client, la signification de chaque colonne (son rôle), les variables de segmentation et leurs groupes.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>The table or view of the SQLite database to import</source>
            <translation>La table ou la vue de la base SQLite à importer</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Table :</translation>
        </message>
        <message>
            <source>The first rows of the file, as they will be read</source>
            <translation>Les premières lignes du fichier, telles qu'elles seront lues</translation>
        </message>
        <message>
            <source>The column that identifies each customer; every value must be present and unique</source>
            <translation>La colonne qui identifie chaque client ; chaque valeur doit être présente et unique</translation>
        </message>
        <message>
            <source>Customer &amp;id:</source>
            <translation>Id c&amp;lient :</translation>
        </message>
        <message>
            <source>Replace ids by salted &amp;hashes</source>
            <translation>Remplacer les id par des &amp;hachages salés</translation>
        </message>
        <message>
            <source>Privacy: each customer id becomes a hash of a random salt and the id as the file is read. Segments, exports and the saved project show only the hashes; the salt is kept in the project, so the same ids always get the same hashes there.</source>
            <translation>Confidentialité : chaque id client est remplacé, à la lecture du fichier, par un hachage d'un sel aléatoire et de l'id. Les segments, les exports et le projet enregistré ne montrent que les hachages ; le sel est conservé dans le projet, de sorte que les mêmes id y reçoivent toujours les mêmes hachages.</translation>
        </message>
        <message>
            <source>Optional: a column of known segments, to measure how well the clustering recovers them (adjusted Rand index)</source>
            <translation>Facultatif : une colonne de segments connus, pour mesurer dans quelle mesure le clustering les retrouve (indice de Rand ajusté)</translation>
        </message>
        <message>
            <source>&amp;Known segments:</source>
            <translation>Segments &amp;connus :</translation>
        </message>
        <message>
            <source>Transaction log: read as customers</source>
            <translation>Journal des transactions : agréger par client</translation>
        </message>
        <message>
            <source>Derive one row per customer from the purchases, and segment the customers</source>
            <translation>Construire une ligne par client à partir des achats, puis segmenter les clients</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>When each purchase was made</source>
            <translation>Date de chaque achat</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Montant :</translation>
        </message>
        <message>
            <source>What each line cost; a negative amount is a return. Leave it at (none) when the log gives a unit price and a quantity instead</source>
            <translation>Coût de chaque ligne ; un montant négatif est un retour. Laissez (aucune) si le journal fournit plutôt un prix unitaire et une quantité</translation>
        </message>
        <message>
            <source>Unit &amp;price:</source>
            <translation>&amp;Prix unitaire :</translation>
        </message>
        <message>
            <source>Price per unit, for a log without line totals: a line's amount is quantity × unit price</source>
            <translation>Prix par unité, pour un journal sans total par ligne : le montant d'une ligne est quantité × prix unitaire</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Quantité :</translation>
        </message>
        <message>
            <source>Optional: units per line</source>
            <translation>Facultatif : unités par ligne</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>Ca&amp;nal :</translation>
        </message>
        <message>
            <source>Optional: the sales channel, as each customer's shares</source>
            <translation>Facultatif : le canal de vente, sous forme de parts par client</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>Caté&amp;gorie :</translation>
        </message>
        <message>
            <source>Optional: the product category, as how many each customer bought</source>
            <translation>Facultatif : la catégorie de produit, sous forme de quantités achetées par client</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> semaines</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Keep the last weeks of purchases aside: the customers are described as they were before them, and the Model tab compares the forecast purchases with those made</source>
            <translation>Mettre de côté les dernières semaines d'achats : les clients sont décrits tels qu'ils étaient avant, et l'onglet Modèle compare les achats prévus à ceux réalisés</translation>
        </message>
        <message>
            <source>&amp;Holdout:</source>
            <translation>Période &amp;réservée :</translation>
        </message>
        <message>
            <source>&amp;Features, roles and groups (double-click a role or a group to change it; hover over a role to see why it was suggested):</source>
            <translation>&amp;Variables, rôles et groupes (double-cliquez sur un rôle ou un groupe pour le modifier ; survolez un rôle pour savoir pourquoi il a été suggéré) :</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Checked columns take part in the segmentation</source>
            <translation>Les colonnes cochées participent à la segmentation</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>The database has no tables.</source>
            <translation>La base de données ne contient aucune table.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>Preview not available</source>
            <translation>Aperçu indisponible</translation>
        </message>
        <message>
            <source>Preview: the first row, the first %1 of %2 columns</source>
            <translation>Aperçu : la première ligne, les %1 premières colonnes sur %2</translation>
        </message>
        <message>
            <source>Column '%1' repeats: each row is a purchase. Read as customers, each gets their purchases, time since the last one, tenure and spend, up to the last date in the file.</source>
            <translation>La colonne '%1' se répète : chaque ligne est un achat. Agrégé par client, chacun reçoit ses achats, le temps écoulé depuis le dernier, son ancienneté et ses dépenses, jusqu'à la dernière date du fichier.</translation>
        </message>
        <message>
            <source>Choose the column of purchase dates.</source>
            <translation>Choisissez la colonne des dates d'achat.</translation>
        </message>
        <message>
            <source>Choose the amount column, or the unit price and quantity columns.</source>
            <translation>Choisissez la colonne du montant, ou celles du prix unitaire et de la quantité.</translation>
        </message>
        <message>
            <source>Choose the amount or the unit price, not both.</source>
            <translation>Choisissez le montant ou le prix unitaire, pas les deux.</translation>
        </message>
        <message>
            <source>A unit price needs the quantity column: a line's amount is quantity × unit price.</source>
            <translation>Un prix unitaire nécessite la colonne de quantité : le montant d'une ligne est quantité × prix unitaire.</translation>
        </message>
        <message>
            <source>Not a feature: its role is %1</source>
            <translation>Pas une variable : son rôle est %1</translation>
        </message>
        <message>
            <source>This is the customer id</source>
            <translation>C'est l'id client</translation>
        </message>
        <message>
            <source>These are the known segments</source>
            <translation>Ce sont les segments connus</translation>
        </message>
        <message>
            <source>Known segments cannot come from a transaction log: they belong to customers, and its rows are purchases. Choose (none) as the known segments.</source>
            <translation>Les segments connus ne peuvent pas provenir d'un journal des transactions : ils concernent des clients, alors que ses lignes sont des achats. Choisissez (aucune) comme segments connus.</translation>
        </message>
        <message>
            <source>%1 (in the previewed rows). Read it as customers (the transaction log section), or to read the rows as they are, choose (none) as the customer id.</source>
            <translation>%1 (dans les lignes de l'aperçu). Agrégez-le par client (section Journal des transactions) ou, pour lire les lignes telles quelles, choisissez (aucune) comme id client.</translation>
        </message>
        <message>
            <source>The customer id and the known segments must be different columns.</source>
            <translation>L'id client et les segments connus doivent être des colonnes différentes.</translation>
        </message>
        <message>
            <source>Choose at least one feature to segment on.</source>
            <translation>Choisissez au moins une variable de segmentation.</translation>
        </message>
        <message>
            <source>Note: the previewed rows hold the purchases of %1 customer(s); the whole file is read on import.</source>
            <translation>Remarque : les lignes de l'aperçu contiennent les achats de %1 client(s) ; tout le fichier est lu à l'importation.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Remarque : %1</translation>
        </message>
        <message>
            <source>Cannot import: %1</source>
            <translation>Importation impossible : %1</translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first %1 row(s), the first %2 of %3 columns</source>
            <translation>
                <numerusform>Aperçu : %1 ligne, les %2 premières colonnes sur %3</numerusform>
                <numerusform>Aperçu : les %1 premières lignes, les %2 premières colonnes sur %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first row, %1 column(s)</source>
            <translation>
                <numerusform>Aperçu : la première ligne, %1 colonne</numerusform>
                <numerusform>Aperçu : la première ligne, %1 colonnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first %1 rows, %2 column(s)</source>
            <translation>
                <numerusform>Aperçu : les %1 premières lignes, %2 colonne</numerusform>
                <numerusform>Aperçu : les %1 premières lignes, %2 colonnes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::LiftView</name>
        <message>
            <source>All customers</source>
            <translation>Tous les clients</translation>
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
            <translation>Chiffre d'affaires par client</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Campaign lift by segment</source>
            <translation>Uplift de la campagne par segment</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Indicateur :</translation>
        </message>
        <message>
            <source>No run to show a campaign's lift for.</source>
            <translation>Aucune exécution pour laquelle afficher l'uplift d'une campagne.</translation>
        </message>
        <message>
            <source>No campaign has been analysed against run %1 yet. segscope lift compares a campaign's treated and control customers in each segment and records the result here.</source>
            <translation>Aucune campagne n'a encore été analysée par rapport à l'exécution %1. segscope lift compare, dans chaque segment, les clients du groupe test et du groupe témoin d'une campagne, et enregistre le résultat ici.</translation>
        </message>
        <message>
            <source>Recorded analyses that could not be read (%1) are left out.</source>
            <translation>Les analyses enregistrées illisibles (%1) sont ignorées.</translation>
        </message>
        <message>
            <source>Conversion %1 against %2: %3 points (%4% interval %5 to %6), %7.</source>
            <translation>Conversion %1 contre %2 : %3 points (intervalle à %4 % de %5 à %6), %7.</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>significatif</translation>
        </message>
        <message>
            <source>not significant</source>
            <translation>non significatif</translation>
        </message>
        <message>
            <source>Revenue per customer %1 against %2: %3 (%4 to %5), %6.</source>
            <translation>Chiffre d'affaires par client %1 contre %2 : %3 (%4 à %5), %6.</translation>
        </message>
        <message>
            <source>conversion</source>
            <translation>conversion</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>chiffre d'affaires</translation>
        </message>
        <message>
            <source>The campaign moved %1 in: %2.</source>
            <translation>Effet significatif de la campagne (%1) dans : %2.</translation>
        </message>
        <message>
            <source>Caution: %1.</source>
            <translation>Attention : %1.</translation>
        </message>
        <message>
            <source>%1 campaigns were analysed against this run; the latest is shown.</source>
            <translation>%1 campagnes ont été analysées par rapport à cette exécution ; la plus récente est affichée.</translation>
        </message>
        <message>
            <source>Conversion, treated − control (points), %1% interval</source>
            <translation>Conversion, test − témoin (points), intervalle à %1 %</translation>
        </message>
        <message>
            <source>Revenue per customer, treated − control, %1% interval</source>
            <translation>Chiffre d'affaires par client, test − témoin, intervalle à %1 %</translation>
        </message>
        <message>
            <source>● significant after the correction   ○ not significant</source>
            <translation>● significatif après correction   ○ non significatif</translation>
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
            <translation>Témoin</translation>
        </message>
        <message>
            <source>Treated rate</source>
            <translation>Taux test</translation>
        </message>
        <message>
            <source>Treated mean</source>
            <translation>Moyenne test</translation>
        </message>
        <message>
            <source>Control rate</source>
            <translation>Taux témoin</translation>
        </message>
        <message>
            <source>Control mean</source>
            <translation>Moyenne témoin</translation>
        </message>
        <message>
            <source>Difference (points)</source>
            <translation>Écart (points)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Uplift</translation>
        </message>
        <message>
            <source>p (adjusted)</source>
            <translation>p (ajustée)</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>non comparé</translation>
        </message>
        <message>
            <source>%1 [%2, %3]</source>
            <translation>%1 [%2 ; %3]</translation>
        </message>
        <message>
            <source>Campaign lift by segment, chart</source>
            <translation>Uplift de la campagne par segment, graphique</translation>
        </message>
        <message>
            <source>Campaign lift</source>
            <translation>Uplift de la campagne</translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1, analysed on %2: %3 customer(s) (%4 treated, %5 control).</source>
            <translation>
                <numerusform>Campagne %1, analysée le %2 : %3 client (%4 en groupe test, %5 en groupe témoin).</numerusform>
                <numerusform>Campagne %1, analysée le %2 : %3 clients (%4 en groupe test, %5 en groupe témoin).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No segment's %1 moved significantly after the correction for testing %2 segment(s).</source>
            <translation>
                <numerusform>Aucun segment ne montre d'effet significatif (%1) après correction pour le test de %2 segment.</numerusform>
                <numerusform>Aucun segment ne montre d'effet significatif (%1) après correction pour le test de %2 segments.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::MainWindow</name>
        <message>
            <source>Drag: lasso · Shift+drag: rectangle · Wheel: zoom</source>
            <translation>Glisser : lasso · Maj+glisser : rectangle · Molette : zoom</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <source>the same segments as run %1</source>
            <translation>les mêmes segments que l'exécution %1</translation>
        </message>
        <message>
            <source>segments differ from run %1, made with the same settings</source>
            <translation>segments différents de l'exécution %1, créée avec les mêmes réglages</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Inertia (elbow) and silhouette for each k on the current features. Click a k to use it.</source>
            <translation>Inertie (coude) et silhouette pour chaque k sur les variables actuelles. Cliquez sur un k pour l'utiliser.</translation>
        </message>
        <message>
            <source>Choosing k</source>
            <translation>Choix de k</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Sélection</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Arbre</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Exécutions</translation>
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
            <translation>Qualité d'ajustement de chaque nombre de segments</translation>
        </message>
        <message>
            <source>The customers chosen in the segment map against everyone</source>
            <translation>Les clients choisis sur la carte des segments, comparés à l'ensemble des clients</translation>
        </message>
        <message>
            <source>Who each segment is and what it is worth: a draft persona per segment to edit</source>
            <translation>Qui est chaque segment et ce qu'il vaut : une ébauche de persona par segment, à modifier</translation>
        </message>
        <message>
            <source>Each segment's share of the customers against its share of the value</source>
            <translation>La part de clients de chaque segment comparée à sa part de la valeur</translation>
        </message>
        <message>
            <source>Whether the purchase model behind the lifetime values describes these customers</source>
            <translation>Le modèle d'achat à l'origine des valeurs vie client décrit-il bien ces clients ?</translation>
        </message>
        <message>
            <source>Ward's tree: how the segments were joined, and where it is cut</source>
            <translation>L'arbre de Ward : comment les segments ont été réunis, et où il est coupé</translation>
        </message>
        <message>
            <source>The runs kept in the project: restore, annotate, delete or compare them</source>
            <translation>Les exécutions conservées dans le projet : les restaurer, les annoter, les supprimer ou les comparer</translation>
        </message>
        <message>
            <source>The customers scored with the current run, batch by batch: segment shares and drift</source>
            <translation>Les clients affectés avec l'exécution en cours, lot par lot : parts des segments et dérive</translation>
        </message>
        <message>
            <source>What the latest campaign analysed against the current run did in each segment</source>
            <translation>L'effet, dans chaque segment, de la dernière campagne analysée par rapport à l'exécution en cours</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Ready – run %1 of the project, as saved</source>
            <translation>Prêt – exécution %1 du projet, telle qu'enregistrée</translation>
        </message>
        <message>
            <source>Ready – segmented in %1 s</source>
            <translation>Prêt – segmenté en %1 s</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
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
            <translation>Clients de démonstration</translation>
        </message>
        <message>
            <source>%1[*] – SegmentScope</source>
            <translation>%1[*] – SegmentScope</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open a project, or customer data from a CSV file or an SQLite database</source>
            <translation>Ouvrir un projet, ou des données clients depuis un fichier CSV ou une base SQLite</translation>
        </message>
        <message>
            <source>Open &amp;demo data</source>
            <translation>Ouvrir les données de &amp;démonstration</translation>
        </message>
        <message>
            <source>50,000 synthetic customers with six known segments</source>
            <translation>50 000 clients synthétiques avec six segments connus</translation>
        </message>
        <message>
            <source>&amp;Export segments…</source>
            <translation>E&amp;xporter les segments…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Save each customer's segment as a CSV file</source>
            <translation>Enregistrer le segment de chaque client dans un fichier CSV</translation>
        </message>
        <message>
            <source>Export persona &amp;report…</source>
            <translation>Exporter le rapport des &amp;personas…</translation>
        </message>
        <message>
            <source>A PDF for a client: overview, one page per persona, methods; previewed before saving</source>
            <translation>Un PDF à remettre à un client : vue d'ensemble, une page par persona, méthodes ; aperçu avant enregistrement</translation>
        </message>
        <message>
            <source>Export &amp;workbook (XLSX)…</source>
            <translation>Exporter le &amp;classeur (XLSX)…</translation>
        </message>
        <message>
            <source>The segment table, the personas and every customer's segment and value as an Excel workbook</source>
            <translation>Le tableau des segments, les personas, ainsi que le segment et la valeur de chaque client, dans un classeur Excel</translation>
        </message>
        <message>
            <source>Save &amp;map picture…</source>
            <translation>Enregistrer l'image de la car&amp;te…</translation>
        </message>
        <message>
            <source>Save &amp;heatmap picture…</source>
            <translation>Enregistrer l'image de la carte de c&amp;haleur…</translation>
        </message>
        <message>
            <source>Save the segment map as a PNG image or SVG drawing</source>
            <translation>Enregistrer la carte des segments en image PNG ou en dessin SVG</translation>
        </message>
        <message>
            <source>Save the heatmap as a PNG image or SVG drawing</source>
            <translation>Enregistrer la carte de chaleur en image PNG ou en dessin SVG</translation>
        </message>
        <message>
            <source>Save &amp;screenshot…</source>
            <translation>Enregistrer une capt&amp;ure d'écran…</translation>
        </message>
        <message>
            <source>Ctrl+Alt+S</source>
            <translation>Ctrl+Alt+S</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
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
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>Reset &amp;zoom</source>
            <translation>Réinitialiser le &amp;zoom</translation>
        </message>
        <message>
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <source>Order heatmap rows by &amp;separation</source>
            <translation>Trier les lignes de la carte de chaleur par &amp;séparation</translation>
        </message>
        <message>
            <source>List the features from the one that separates the segments most (the largest share of its variance between segments) to the least</source>
            <translation>Classer les variables de celle qui sépare le plus les segments (la plus grande part de sa variance entre segments) à celle qui les sépare le moins</translation>
        </message>
        <message>
            <source>&amp;Dark theme</source>
            <translation>Thème s&amp;ombre</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;Contraste élevé</translation>
        </message>
        <message>
            <source>Ctrl+Shift+H</source>
            <translation>Ctrl+Shift+H</translation>
        </message>
        <message>
            <source>&amp;Segments</source>
            <translation>&amp;Segments</translation>
        </message>
        <message>
            <source>&amp;Recluster</source>
            <translation>&amp;Relancer la segmentation</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>C&amp;lear selection</source>
            <translation>&amp;Effacer la sélection</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>&amp;About SegmentScope</source>
            <translation>À &amp;propos de SegmentScope</translation>
        </message>
        <message>
            <source>About SegmentScope</source>
            <translation>À propos de SegmentScope</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SegmentScope %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for marketers: cluster customers into segments, see what sets each apart, and name them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SegmentScope %1&lt;/h3&gt;&lt;p&gt;La segmentation clients pour les équipes marketing : regroupez les clients en segments, voyez ce qui distingue chacun d'eux et nommez-les.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open a project or customer data</source>
            <translation>Ouvrir un projet ou des données clients</translation>
        </message>
        <message>
            <source>Projects and customer data (*.segscope *.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;SegmentScope projects (*.segscope);;Customer data (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>Projets et données clients (*.segscope *.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;Projets SegmentScope (*.segscope);;Données clients (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>segments.csv</source>
            <translation>segments.csv</translation>
        </message>
        <message>
            <source>%1-segments.csv</source>
            <translation>%1-segments.csv</translation>
        </message>
        <message>
            <source>Export segments</source>
            <translation>Exporter les segments</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot export the segments to %1: it is the customer data file that is open. Choose another name.</source>
            <translation>Impossible d'exporter les segments vers %1 : c'est le fichier de données clients ouvert. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Save screenshot</source>
            <translation>Enregistrer la capture d'écran</translation>
        </message>
        <message>
            <source>segmentscope.png</source>
            <translation>segmentscope.png</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>l'image n'a pas pu être encodée</translation>
        </message>
        <message>
            <source>Cannot write the screenshot to %1: %2</source>
            <translation>Impossible d'écrire la capture d'écran dans %1 : %2</translation>
        </message>
        <message>
            <source>segment-map.png</source>
            <translation>segment-map.png</translation>
        </message>
        <message>
            <source>segment-heatmap.png</source>
            <translation>segment-heatmap.png</translation>
        </message>
        <message>
            <source>Save map picture</source>
            <translation>Enregistrer l'image de la carte</translation>
        </message>
        <message>
            <source>Save heatmap picture</source>
            <translation>Enregistrer l'image de la carte de chaleur</translation>
        </message>
        <message>
            <source>There are no segments to draw yet.</source>
            <translation>Il n'y a pas encore de segments à dessiner.</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %1 customer(s)…</source>
            <translation>
                <numerusform>Exportation de %1 client…</numerusform>
                <numerusform>Exportation de %1 clients…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %1 customer(s) to %2</source>
            <translation>
                <numerusform>%1 client exporté vers %2</numerusform>
                <numerusform>%1 clients exportés vers %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready – segmented in %1 ms</source>
            <translation>Prêt – segmenté en %1 ms</translation>
        </message>
    </context>
    <context>
        <name>seg::MapController</name>
        <message numerus="yes">
            <source>UMAP of %Ln customers, %1 s</source>
            <translation>
                <numerusform>UMAP de %Ln client, %1 s</numerusform>
                <numerusform>UMAP de %Ln clients, %1 s</numerusform>
            </translation>
        </message>
        <message>
            <source>, PCA start (%1)</source>
            <translation>, initialisation PCA (%1)</translation>
        </message>
        <message numerus="yes">
            <source>, fitted on %Ln</source>
            <translation>
                <numerusform>, ajustée sur %Ln</numerusform>
                <numerusform>, ajustée sur %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>The UMAP map could not be made: %1</source>
            <translation>La carte UMAP n'a pas pu être créée : %1</translation>
        </message>
        <message>
            <source>UMAP map from the cache</source>
            <translation>Carte UMAP issue du cache</translation>
        </message>
    </context>
    <context>
        <name>seg::MapControls</name>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
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
            <translation>UMAP maintient ensemble les plus proches voisins de chaque client, de sorte que les segments apparaissent comme des groupes ; les distances entre groupes éloignés ne sont pas à l'échelle. PCA montre les deux directions de plus grande variance et s'affiche immédiatement.</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Méthode :</translation>
        </message>
        <message>
            <source>How many nearest customers shape each one's neighbourhood: fewer show fine local detail, more show the overall structure (UMAP's n_neighbors, 15 by default).</source>
            <translation>Nombre de clients les plus proches qui façonnent le voisinage de chacun : moins de voisins montrent le détail local, plus de voisins la structure d'ensemble (n_neighbors d'UMAP, 15 par défaut).</translation>
        </message>
        <message>
            <source>How tightly customers may pack together on the map (UMAP's min_dist, 0.1 by default; at most the spread, 1).</source>
            <translation>Degré de resserrement possible des clients sur la carte (min_dist d'UMAP, 0,1 par défaut ; au plus l'étalement, 1).</translation>
        </message>
        <message>
            <source>Euclidean</source>
            <translation>Euclidienne</translation>
        </message>
        <message>
            <source>Manhattan</source>
            <translation>Manhattan</translation>
        </message>
        <message>
            <source>Cosine</source>
            <translation>Cosinus</translation>
        </message>
        <message>
            <source>How the distance between two customers' features is measured.</source>
            <translation>Comment la distance entre les variables de deux clients est mesurée.</translation>
        </message>
        <message>
            <source>Me&amp;tric:</source>
            <translation>Métri&amp;que :</translation>
        </message>
        <message>
            <source>The map is fitted on at most this many customers; the others are placed into it. Larger is more faithful and slower.</source>
            <translation>La carte est ajustée sur au plus ce nombre de clients ; les autres y sont ensuite placés. Plus grand : plus fidèle et plus lent.</translation>
        </message>
        <message>
            <source>Nei&amp;ghbours:</source>
            <translation>&amp;Voisins :</translation>
        </message>
        <message>
            <source>Mi&amp;n. distance:</source>
            <translation>&amp;Distance min. :</translation>
        </message>
        <message>
            <source>F&amp;it sample:</source>
            <translation>Échan&amp;tillon :</translation>
        </message>
    </context>
    <context>
        <name>seg::MapPresenter</name>
        <message>
            <source>PC %1 (%2%)</source>
            <translation>CP %1 (%2 %)</translation>
        </message>
        <message>
            <source>UMAP map settling: epoch %1 of %2</source>
            <translation>Stabilisation de la carte UMAP : époque %1 sur %2</translation>
        </message>
        <message>
            <source>Computing the UMAP map: %1%</source>
            <translation>Calcul de la carte UMAP : %1 %</translation>
        </message>
        <message>
            <source>pale: under %1% sure of their segment</source>
            <translation>pâles : moins de %1 % de certitude sur leur segment</translation>
        </message>
        <message>
            <source>UMAP: gaps between groups are not to scale</source>
            <translation>UMAP : les écarts entre groupes ne sont pas à l'échelle</translation>
        </message>
        <message>
            <source>PCA map: the two directions of largest variance</source>
            <translation>Carte PCA : les deux directions de plus grande variance</translation>
        </message>
        <message>
            <source>Computing the UMAP map; PCA is shown until it is ready</source>
            <translation>Calcul de la carte UMAP ; PCA s'affiche en attendant</translation>
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
            <translation>La carte UMAP a été annulée ; PCA est affichée</translation>
        </message>
    </context>
    <context>
        <name>seg::ModelCheckView</name>
        <message>
            <source>Purchase model check</source>
            <translation>Vérification du modèle d'achat</translation>
        </message>
        <message>
            <source>Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model expects. Bars of like height say the model describes how often these customers buy. A log read with a holdout period also shows the purchases made in it beside those the model predicted.</source>
            <translation>Clients par nombre d'achats répétés : tels que comptés dans les données et tels que les attend le modèle BG/NBD ajusté. Des barres de hauteur semblable indiquent que le modèle décrit bien la fréquence d'achat de ces clients. Un journal lu avec une période réservée montre aussi les achats qui y ont été réalisés, à côté de ceux prévus par le modèle.</translation>
        </message>
        <message>
            <source>No lifetime-value model</source>
            <translation>Aucun modèle de valeur vie client</translation>
        </message>
        <message>
            <source>Counted and expected customers by number of repeat purchases, and purchases made and predicted in the holdout period</source>
            <translation>Clients observés et attendus par nombre d'achats répétés, et achats réalisés et prévus sur la période réservée</translation>
        </message>
        <message>
            <source>Counted and expected customers by number of repeat purchases</source>
            <translation>Clients observés et attendus par nombre d'achats répétés</translation>
        </message>
        <message>
            <source>The purchase model's check appears when the data has the lifetime-value inputs (frequency, recency, T).</source>
            <translation>La vérification du modèle d'achat s'affiche lorsque les données contiennent les entrées de la valeur vie client (frequency, recency, T).</translation>
        </message>
        <message>
            <source>Does the purchase model fit?</source>
            <translation>Le modèle d'achat est-il adapté ?</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Observés</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>Attendus BG/NBD</translation>
        </message>
        <message>
            <source>Does it predict the holdout?</source>
            <translation>Prédit-il la période réservée ?</translation>
        </message>
        <message>
            <source>Over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast).</source>
            <translation>Sur les %1 %2 après calibration : %3 achats prévus, %4 réalisés (%5 de la prévision).</translation>
        </message>
        <message>
            <source>Made (mean)</source>
            <translation>Réalisés (moyenne)</translation>
        </message>
        <message>
            <source>Predicted (mean)</source>
            <translation>Prévus (moyenne)</translation>
        </message>
    </context>
    <context>
        <name>seg::ModelSelectionChart</name>
        <message>
            <source>No k stands out: the best silhouette, %1 at k = %2, shows no substantial structure (0.25 or less).</source>
            <translation>Aucun k ne se détache : la meilleure silhouette, %1 à k = %2, ne révèle aucune structure substantielle (0,25 ou moins).</translation>
        </message>
        <message>
            <source>The inertia curve bends at k = %1: use it, or the number of segments you can act on.</source>
            <translation>La courbe d'inertie s'infléchit à k = %1 : utilisez cette valeur, ou le nombre de segments que vous pouvez exploiter.</translation>
        </message>
        <message>
            <source>Choose the number of segments you can act on.</source>
            <translation>Choisissez le nombre de segments que vous pouvez exploiter.</translation>
        </message>
        <message>
            <source>strong structure</source>
            <translation>structure forte</translation>
        </message>
        <message>
            <source>reasonable structure</source>
            <translation>structure raisonnable</translation>
        </message>
        <message>
            <source>weak structure</source>
            <translation>structure faible</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3) and the bend of the inertia curve agree.</source>
            <translation>k suggéré = %1 : la silhouette la plus élevée (%2, %3) et le coude de la courbe d'inertie concordent.</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3).</source>
            <translation>k suggéré = %1 : la silhouette la plus élevée (%2, %3).</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3); the inertia curve bends at k = %4, a simpler alternative.</source>
            <translation>k suggéré = %1 : la silhouette la plus élevée (%2, %3) ; la courbe d'inertie s'infléchit à k = %4, une alternative plus simple.</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3); the inertia curve bends at k = %4, a finer alternative.</source>
            <translation>k suggéré = %1 : la silhouette la plus élevée (%2, %3) ; la courbe d'inertie s'infléchit à k = %4, une alternative plus fine.</translation>
        </message>
        <message>
            <source>Current k</source>
            <translation>k actuel</translation>
        </message>
        <message>
            <source>Number of segments (k)</source>
            <translation>Nombre de segments (k)</translation>
        </message>
        <message>
            <source>Inertia</source>
            <translation>Inertie</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silhouette</translation>
        </message>
        <message>
            <source>Inertia (lower = tighter segments)</source>
            <translation>Inertie (plus bas = segments plus compacts)</translation>
        </message>
        <message>
            <source>Silhouette (higher = better separated)</source>
            <translation>Silhouette (plus haut = mieux séparés)</translation>
        </message>
        <message>
            <source>No comparison yet: run a sweep over k to see how well each number of segments fits.</source>
            <translation>Pas encore de comparaison : lancez un balayage de k pour voir la qualité d'ajustement de chaque nombre de segments.</translation>
        </message>
        <message>
            <source>Suggested k = %1. Click a k to use it.</source>
            <translation>k suggéré = %1. Cliquez sur un k pour l'utiliser.</translation>
        </message>
        <message>
            <source>Click a k to use it.</source>
            <translation>Cliquez sur un k pour l'utiliser.</translation>
        </message>
        <message>
            <source>Click a k to use it: look for a bend in inertia and a high silhouette.</source>
            <translation>Cliquez sur un k pour l'utiliser : cherchez un coude dans l'inertie et une silhouette élevée.</translation>
        </message>
        <message>
            <source>Click a k to use it. A bend in inertia and a high silhouette suggest a good k.</source>
            <translation>Cliquez sur un k pour l'utiliser. Un coude dans l'inertie et une silhouette élevée indiquent un bon k.</translation>
        </message>
        <message>
            <source>k = %1
Inertia: %2</source>
            <translation>k = %1
Inertie : %2</translation>
        </message>
        <message>
            <source>Silhouette: %1</source>
            <translation>Silhouette : %1</translation>
        </message>
        <message>
            <source>k = %1: inertia %2</source>
            <translation>k = %1 : inertie %2</translation>
        </message>
        <message>
            <source>(current)</source>
            <translation>(actuel)</translation>
        </message>
        <message>
            <source>Inertia and silhouette by number of segments</source>
            <translation>Inertie et silhouette selon le nombre de segments</translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaReport</name>
        <message>
            <source>Sensitive attributes</source>
            <translation>Attributs sensibles</translation>
        </message>
        <message>
            <source>Who is in each segment</source>
            <translation>Qui compose chaque segment</translation>
        </message>
        <message>
            <source>These columns look like sensitive attributes, or were marked as such. Segments that differ strongly in them treat customers differently by them, even when the column is not a feature: another feature can stand in for it. Each cell is a level's share of the segment's customers with a value; a share below 0.8 or above 1.25 times the share among all customers is in bold (the four-fifths rule, used as a screen, not a verdict). Segments of fewer than %1 customers are not shown.</source>
            <translation>Ces colonnes ressemblent à des attributs sensibles, ou ont été marquées comme tels. Des segments très différents sur ces attributs traitent les clients différemment selon eux, même lorsque la colonne n'est pas une variable : une autre variable peut s'y substituer. Chaque cellule indique la part d'une modalité parmi les clients du segment ayant une valeur ; une part inférieure à 0,8 fois ou supérieure à 1,25 fois la part parmi l'ensemble des clients est en gras (la règle des quatre cinquièmes, utilisée comme filtre et non comme verdict). Les segments de moins de %1 clients ne sont pas affichés.</translation>
        </message>
        <message>
            <source>Further attributes are left out for want of space: %1.</source>
            <translation>D'autres attributs sont omis faute de place : %1.</translation>
        </message>
        <message>
            <source>%1 (marked sensitive)</source>
            <translation>%1 (marqué sensible)</translation>
        </message>
        <message>
            <source>%1 (looks like %2)</source>
            <translation>%1 (ressemble à %2)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>%1 (%2) holds %3 at %4 times its share among all customers (%5 against %6)</source>
            <translation>%1 (%2) compte %3 à %4 fois sa part parmi l'ensemble des clients (%5 contre %6)</translation>
        </message>
        <message>
            <source>No segment holds a level outside the four-fifths screen.</source>
            <translation>Aucun segment ne présente de modalité hors du filtre des quatre cinquièmes.</translation>
        </message>
        <message>
            <source>Strongest disparities: %1.</source>
            <translation>Disparités les plus fortes : %1.</translation>
        </message>
        <message>
            <source>Campaign lift</source>
            <translation>Uplift de la campagne</translation>
        </message>
        <message>
            <source>What the campaign did</source>
            <translation>L'effet de la campagne</translation>
        </message>
        <message>
            <source>Holm's method</source>
            <translation>méthode de Holm</translation>
        </message>
        <message>
            <source>the Benjamini–Hochberg method</source>
            <translation>méthode de Benjamini–Hochberg</translation>
        </message>
        <message>
            <source>nothing (no correction)</source>
            <translation>aucun (pas de correction)</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <source>Revenue per customer</source>
            <translation>Chiffre d'affaires par client</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <source>Treated rate</source>
            <translation>Taux test</translation>
        </message>
        <message>
            <source>Treated mean</source>
            <translation>Moyenne test</translation>
        </message>
        <message>
            <source>Control rate</source>
            <translation>Taux témoin</translation>
        </message>
        <message>
            <source>Control mean</source>
            <translation>Moyenne témoin</translation>
        </message>
        <message>
            <source>Difference, points (interval)</source>
            <translation>Écart, points (intervalle)</translation>
        </message>
        <message>
            <source>Difference (interval)</source>
            <translation>Écart (intervalle)</translation>
        </message>
        <message>
            <source>p adjusted</source>
            <translation>p ajustée</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Tous les clients</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>non comparé</translation>
        </message>
        <message>
            <source>Reading the results</source>
            <translation>Lecture des résultats</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No significant change in conversion in: %1. In brackets, the smallest difference in points each test would find with %2% power: a smaller effect may have been missed, so "no change" is not proven.</source>
            <translation>Aucun changement significatif de la conversion dans : %1. Entre parenthèses, le plus petit écart en points que chaque test détecterait avec une puissance de %2 % : un effet plus faible a pu passer inaperçu, « aucun changement » n'est donc pas prouvé.</translation>
        </message>
        <message>
            <source>No significant change in revenue per customer in: %1. In brackets, the smallest difference each test would find with %2% power: a smaller effect may have been missed.</source>
            <translation>Aucun changement significatif du chiffre d'affaires par client dans : %1. Entre parenthèses, le plus petit écart que chaque test détecterait avec une puissance de %2 % : un effet plus faible a pu passer inaperçu.</translation>
        </message>
        <message>
            <source>complete separation</source>
            <translation>séparation complète</translation>
        </message>
        <message>
            <source>Before the campaign the two groups were alike on every feature of the segmentation and in their mix of segments (standardised mean differences within ±%1).</source>
            <translation>Avant la campagne, les deux groupes étaient semblables sur chaque variable de la segmentation et dans leur répartition entre segments (différences de moyennes standardisées comprises dans ±%1).</translation>
        </message>
        <message>
            <source>Before the campaign the groups differed in: %1 (standardised mean differences beyond ±%2). A difference the campaign did not cause can pass for lift; the per-segment rows compare like with like.</source>
            <translation>Avant la campagne, les groupes différaient sur : %1 (différences de moyennes standardisées au-delà de ±%2). Un écart que la campagne n'a pas causé peut passer pour de l'uplift ; les lignes par segment comparent des groupes comparables.</translation>
        </message>
        <message>
            <source>converged</source>
            <translation>convergence</translation>
        </message>
        <message>
            <source>stopped at the evaluation limit</source>
            <translation>arrêt à la limite d'évaluations</translation>
        </message>
        <message>
            <source>a parameter at a bound of the search</source>
            <translation>un paramètre à une borne de la recherche</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>Persona %1 of %2  ·  %3</source>
            <translation>Persona %1 sur %2  ·  %3</translation>
        </message>
        <message>
            <source>Fewer than %1 of all customers: probably a few extreme customers rather than a segment to market to.</source>
            <translation>Moins de %1 de l'ensemble des clients : probablement quelques clients extrêmes plutôt qu'un segment à cibler.</translation>
        </message>
        <message>
            <source>customers (%1 of all)</source>
            <translation>clients (%1 du total)</translation>
        </message>
        <message>
            <source>share %1</source>
            <translation>part %1</translation>
        </message>
        <message>
            <source>95%: %1</source>
            <translation>95 % : %1</translation>
        </message>
        <message>
            <source>revenue per customer</source>
            <translation>chiffre d'affaires par client</translation>
        </message>
        <message>
            <source>%1 per customer</source>
            <translation>%1 par client</translation>
        </message>
        <message>
            <source>share of revenue</source>
            <translation>part du chiffre d'affaires</translation>
        </message>
        <message>
            <source>share of %1</source>
            <translation>part de %1</translation>
        </message>
        <message>
            <source>lifetime value per customer</source>
            <translation>valeur vie client moyenne</translation>
        </message>
        <message>
            <source>share of lifetime value</source>
            <translation>part de la valeur vie client</translation>
        </message>
        <message>
            <source>P(still a customer)</source>
            <translation>P(actif)</translation>
        </message>
        <message>
            <source>What sets them apart</source>
            <translation>Ce qui les distingue</translation>
        </message>
        <message>
            <source>%1 against %2 overall</source>
            <translation>%1 contre %2 au global</translation>
        </message>
        <message>
            <source>Bars: standardised mean difference against the other customers (right: higher, left: lower). A label names a trait only beyond the dashed lines (±0.5).</source>
            <translation>Barres : différence de moyennes standardisée par rapport aux autres clients (à droite : plus élevée, à gauche : plus faible). Une étiquette ne désigne un trait distinctif qu'au-delà des lignes pointillées (±0,5).</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Comment les atteindre</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <source>No channel columns in the data.</source>
            <translation>Aucune colonne de canal dans les données.</translation>
        </message>
        <message>
            <source>Price sensitivity</source>
            <translation>Sensibilité au prix</translation>
        </message>
        <message>
            <source>No discount or promotion columns in the data.</source>
            <translation>Aucune colonne de remise ou de promotion dans les données.</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risques</translation>
        </message>
        <message>
            <source>No risk indicator stands out.</source>
            <translation>Aucun indicateur de risque ne se détache.</translation>
        </message>
        <message>
            <source>Their share of the whole</source>
            <translation>Leur part du total</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>clients</translation>
        </message>
        <message>
            <source>lifetime value</source>
            <translation>valeur vie client</translation>
        </message>
        <message>
            <source>Strategy notes</source>
            <translation>Notes stratégiques</translation>
        </message>
        <message>
            <source>No notes yet: write them in the explorer's Personas view (Edit…).</source>
            <translation>Pas encore de notes : rédigez-les dans la vue Personas de l'explorateur (Modifier…).</translation>
        </message>
        <message>
            <source>Methods and limitations</source>
            <translation>Méthodes et limites</translation>
        </message>
        <message>
            <source>How the segments were made</source>
            <translation>Construction des segments</translation>
        </message>
        <message>
            <source>Data and features</source>
            <translation>Données et variables</translation>
        </message>
        <message>
            <source>Algorithm and the choice of k</source>
            <translation>Algorithme et choix de k</translation>
        </message>
        <message>
            <source>A Gaussian mixture (%1 covariances, EM from %2 k-means starts, the highest likelihood kept; seed %3) with k = %4, the number of segments chosen by the analyst. Each customer is in the segment of highest probability.</source>
            <translation>Un mélange gaussien (covariances %1, EM à partir de %2 départs k-means, la vraisemblance la plus élevée étant retenue ; graine %3) avec k = %4, le nombre de segments choisi par l'analyste. Chaque client est placé dans le segment de plus forte probabilité.</translation>
        </message>
        <message>
            <source>full</source>
            <translation>complètes</translation>
        </message>
        <message>
            <source>diagonal</source>
            <translation>diagonales</translation>
        </message>
        <message>
            <source>Ward's hierarchical clustering of %1 k-means micro-clusters (seed %2), the tree cut at k = %3, the number of segments chosen by the analyst.</source>
            <translation>Clustering hiérarchique de Ward sur %1 micro-clusters k-means (graine %2), l'arbre étant coupé à k = %3, le nombre de segments choisi par l'analyste.</translation>
        </message>
        <message>
            <source>Ward's hierarchical clustering (each step joins the two groups whose union adds least to the spread within groups), the tree cut at k = %1, the number of segments chosen by the analyst.</source>
            <translation>Clustering hiérarchique de Ward (chaque étape réunit les deux groupes dont l'union augmente le moins la dispersion au sein des groupes), l'arbre étant coupé à k = %1, le nombre de segments choisi par l'analyste.</translation>
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
            <translation>Le graphique montre la silhouette (courbe : degré de séparation des segments, plus haut = meilleur) et l'inertie (barres : la dispersion au sein des segments, qui diminue toujours quand k augmente) pour k = %1 à %2.</translation>
        </message>
        <message>
            <source>Line and left axis: silhouette. Bars: inertia, relative to k = %1. The chosen k is highlighted.</source>
            <translation>Courbe et axe de gauche : silhouette. Barres : inertie, relative à k = %1. Le k choisi est mis en évidence.</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silhouette</translation>
        </message>
        <message>
            <source>%1 (−1 to 1; above 0.25 the segments are distinguishable, above 0.5 clearly separated)</source>
            <translation>%1 (de −1 à 1 ; au-dessus de 0,25, les segments sont distinguables, au-dessus de 0,5, nettement séparés)</translation>
        </message>
        <message>
            <source>Davies–Bouldin</source>
            <translation>Davies–Bouldin</translation>
        </message>
        <message>
            <source>%1 (lower is better)</source>
            <translation>%1 (plus bas = meilleur)</translation>
        </message>
        <message>
            <source>Calinski–Harabasz</source>
            <translation>Calinski–Harabasz</translation>
        </message>
        <message>
            <source>%1 (higher is better)</source>
            <translation>%1 (plus haut = meilleur)</translation>
        </message>
        <message>
            <source>Known segments</source>
            <translation>Segments connus</translation>
        </message>
        <message>
            <source>ARI %1, NMI %2 against the column %3</source>
            <translation>ARI %1, NMI %2 par rapport à la colonne %3</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>Stabilité</translation>
        </message>
        <message>
            <source>%1: mean adjusted Rand index between this segmentation and %2 made with other seeds (1 = the same customers in the same segments; above 0.9 stable, below 0.75 unstable)</source>
            <translation>%1 : indice de Rand ajusté moyen entre cette segmentation et %2 segmentations obtenues avec d'autres graines (1 = les mêmes clients dans les mêmes segments ; au-dessus de 0,9 : stable, en dessous de 0,75 : instable)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>non mesurée</translation>
        </message>
        <message>
            <source>Segments describe behaviour in the data given; they are not causes. A Gaussian mixture allows segments of different spread and shape; customers between segments belong partly to several and are counted in the most probable.</source>
            <translation>Les segments décrivent des comportements dans les données fournies ; ce ne sont pas des causes. Un mélange gaussien admet des segments de dispersion et de forme différentes ; les clients situés entre des segments appartiennent en partie à plusieurs d'entre eux et sont comptés dans le plus probable.</translation>
        </message>
        <message>
            <source>Segments describe behaviour in the data given; they are not causes. k-means favours compact, similarly sized groups and puts every customer in exactly one.</source>
            <translation>Les segments décrivent des comportements dans les données fournies ; ce ne sont pas des causes. k-means privilégie des groupes compacts de tailles similaires et place chaque client dans exactement un segment.</translation>
        </message>
        <message>
            <source>The map is a two-dimensional projection: distances on it are approximate.</source>
            <translation>La carte est une projection en deux dimensions : les distances y sont approximatives.</translation>
        </message>
        <message>
            <source>Persona labels and sentences are drafted from traits whose standardised difference is at least 0.5; edited texts are the analyst's.</source>
            <translation>Les libellés et les phrases des personas sont rédigés à partir des traits distinctifs dont la différence standardisée est d'au moins 0,5 ; les textes modifiés sont ceux de l'analyste.</translation>
        </message>
        <message>
            <source>Intervals are bootstrap percentiles over customers and do not include the uncertainty of the segmentation or of the value models' parameters.</source>
            <translation>Les intervalles sont des centiles bootstrap sur les clients et n'incluent pas l'incertitude de la segmentation ni celle des paramètres des modèles de valeur.</translation>
        </message>
        <message>
            <source>BG/NBD assumes customers buy at a steady rate until they leave for good, unseen; Gamma-Gamma that spend does not depend on how often they buy. Forecasts assume the future resembles the calibration period.</source>
            <translation>BG/NBD suppose que les clients achètent à un rythme régulier jusqu'à ce qu'ils partent définitivement, sans que cela soit observé ; Gamma-Gamma, que la dépense ne dépend pas de la fréquence d'achat. Les prévisions supposent que l'avenir ressemble à la période de calibration.</translation>
        </message>
        <message>
            <source>Lifetime value model</source>
            <translation>Modèle de valeur vie client</translation>
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
            <translation>non ajusté (aucune dépense par achat répété) : valeur vie client inconnue</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prévision</translation>
        </message>
        <message>
            <source>over %1 %2, discount %3 per %4, margin %5; columns %6, %7, %8%9</source>
            <translation>sur %1 %2, actualisation %3 par %4, marge %5 ; colonnes %6, %7, %8%9</translation>
        </message>
        <message>
            <source>Holdout check</source>
            <translation>Contrôle sur la période réservée</translation>
        </message>
        <message>
            <source>over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast)</source>
            <translation>sur les %1 %2 après calibration : %3 achats prévus, %4 réalisés (%5 de la prévision)</translation>
        </message>
        <message>
            <source>No lifetime value was modelled.</source>
            <translation>Aucune valeur vie client n'a été modélisée.</translation>
        </message>
        <message>
            <source>Caveats</source>
            <translation>Mises en garde</translation>
        </message>
        <message>
            <source>Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model expects. Bars of like height say the model describes how often these customers buy; a gap at the right says it misjudges the most frequent buyers.</source>
            <translation>Clients par nombre d'achats répétés : tels que comptés dans les données et tels que les attend le modèle BG/NBD ajusté. Des barres de hauteur semblable indiquent que le modèle décrit bien la fréquence d'achat de ces clients ; un écart à droite indique qu'il évalue mal les acheteurs les plus fréquents.</translation>
        </message>
        <message>
            <source>The model's frequency check is left out of this page for want of room.</source>
            <translation>La vérification de fréquence du modèle est omise de cette page faute de place.</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Observés</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>Attendus BG/NBD</translation>
        </message>
        <message>
            <source>Customer segments and personas</source>
            <translation>Segments clients et personas</translation>
        </message>
        <message>
            <source>Persona report</source>
            <translation>Rapport des personas</translation>
        </message>
        <message>
            <source>SegmentScope  ·  data fingerprint %1</source>
            <translation>SegmentScope  ·  empreinte des données %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>PERSONA REPORT</source>
            <translation>RAPPORT DES PERSONAS</translation>
        </message>
        <message>
            <source>%1 holds %2 of the customers' expected lifetime value with %3 of the customers.</source>
            <translation>%1 détient %2 de la valeur vie client attendue avec %3 des clients.</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Jeu de données</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>%1, k = %2, seed %3, scaling %4, imputation %5</source>
            <translation>%1, k = %2, graine %3, mise à l'échelle %4, imputation %5</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Valeur vie client</translation>
        </message>
        <message>
            <source>BG/NBD and Gamma-Gamma, horizon %1 %2, discount %3 per %4, margin %5</source>
            <translation>BG/NBD et Gamma-Gamma, horizon %1 %2, actualisation %3 par %4, marge %5</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Data fingerprint</source>
            <translation>Empreinte des données</translation>
        </message>
        <message>
            <source>%1 (SHA-256 of every cell; equal data, equal fingerprint)</source>
            <translation>%1 (SHA-256 de chaque cellule ; mêmes données, même empreinte)</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>The segments at a glance</source>
            <translation>Les segments en un coup d'œil</translation>
        </message>
        <message>
            <source>Each point is a customer, placed so that customers with similar behaviour lie close together, and coloured by segment. The bars compare the segments' size with their value; the whiskers are 95% bootstrap intervals.</source>
            <translation>Chaque point est un client, placé de sorte que les clients au comportement similaire soient proches, et coloré selon son segment. Les barres comparent la taille des segments à leur valeur ; les moustaches sont des intervalles bootstrap à 95 %.</translation>
        </message>
        <message>
            <source>principal component 1 (%1 of the variance)</source>
            <translation>composante principale 1 (%1 de la variance)</translation>
        </message>
        <message>
            <source>principal component 2 (%1)</source>
            <translation>composante principale 2 (%1)</translation>
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
            <translation>La carte des segments n'a pas été calculée pour ce rapport.</translation>
        </message>
        <message>
            <source>Share of customers</source>
            <translation>Part des clients</translation>
        </message>
        <message>
            <source>Share of lifetime value</source>
            <translation>Part de la valeur vie client</translation>
        </message>
        <message>
            <source>Share of %1</source>
            <translation>Part de %1</translation>
        </message>
        <message>
            <source>What sets the segments apart</source>
            <translation>Ce qui distingue les segments</translation>
        </message>
        <message>
            <source>Segment profiles</source>
            <translation>Profils des segments</translation>
        </message>
        <message>
            <source>Each cell shows how far a segment's mean lies from all customers' mean, in standard deviations: red above, blue below. Rows are ordered by how strongly the feature separates the segments.</source>
            <translation>Chaque cellule indique l'écart entre la moyenne d'un segment et celle de l'ensemble des clients, en écarts-types : rouge au-dessus, bleu en dessous. Les lignes sont classées selon la force avec laquelle la variable sépare les segments.</translation>
        </message>
        <message>
            <source>Segment economics</source>
            <translation>Poids économique des segments</translation>
        </message>
        <message>
            <source>Size and value</source>
            <translation>Taille et valeur</translation>
        </message>
        <message>
            <source>Lifetime value, expected purchases and P(alive) come from the BG/NBD and Gamma-Gamma models over %1 %2 (see Methods).</source>
            <translation>La valeur vie client, les achats attendus et P(actif) proviennent des modèles BG/NBD et Gamma-Gamma sur %1 %2 (voir « Méthodes et limites »).</translation>
        </message>
        <message>
            <source>Revenue is the column %1.</source>
            <translation>Le chiffre d'affaires correspond à la colonne %1.</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>CLV per customer</source>
            <translation>CLV par client</translation>
        </message>
        <message>
            <source>Share of CLV</source>
            <translation>Part de la CLV</translation>
        </message>
        <message>
            <source>Expected purchases</source>
            <translation>Achats attendus</translation>
        </message>
        <message>
            <source>P(alive)</source>
            <translation>P(actif)</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message numerus="yes">
            <source>The campaign %1, analysed on %2 against this segmentation: %3 customers, %4 treated and %5 in the control group. Each difference is treated minus control with its %6% interval (Newcombe's hybrid score interval for conversion rates, a bootstrap of %7 resamples for revenue). P-values are adjusted across the %8 segment(s) by %9; a filled dot is significant after the adjustment.</source>
            <translation>
                <numerusform>La campagne %1, analysée le %2 par rapport à cette segmentation : %3 clients, %4 dans le groupe test et %5 dans le groupe témoin. Chaque écart correspond à test moins témoin, avec son intervalle à %6 % (intervalle de score hybride de Newcombe pour les taux de conversion, bootstrap de %7 rééchantillonnages pour le chiffre d'affaires). Ajustement des valeurs p sur %8 segment : %9 ; un point plein est significatif après ajustement.</numerusform>
                <numerusform>La campagne %1, analysée le %2 par rapport à cette segmentation : %3 clients, %4 dans le groupe test et %5 dans le groupe témoin. Chaque écart correspond à test moins témoin, avec son intervalle à %6 % (intervalle de score hybride de Newcombe pour les taux de conversion, bootstrap de %7 rééchantillonnages pour le chiffre d'affaires). Ajustement des valeurs p sur les %8 segments : %9 ; un point plein est significatif après ajustement.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of the campaign's %1 customer(s), %2 are not in this data set and %3 are in no segment (they count among all customers only).</source>
            <translation>
                <numerusform>Sur le %1 client de la campagne, %2 ne figurent pas dans ce jeu de données et %3 ne sont dans aucun segment (ils ne comptent que dans l'ensemble des clients).</numerusform>
                <numerusform>Sur les %1 clients de la campagne, %2 ne figurent pas dans ce jeu de données et %3 ne sont dans aucun segment (ils ne comptent que dans l'ensemble des clients).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This segment has fewer than %1 customer(s). Its persona, figures and composition are not shown: statistics of so few customers could identify them. The minimum is set with --min-segment-size.</source>
            <translation>
                <numerusform>Ce segment compte moins de %1 client. Sa persona, ses chiffres et sa composition ne sont pas affichés : des statistiques sur si peu de clients pourraient permettre de les identifier. Le minimum se règle avec --min-segment-size.</numerusform>
                <numerusform>Ce segment compte moins de %1 clients. Sa persona, ses chiffres et sa composition ne sont pas affichés : des statistiques sur si peu de clients pourraient permettre de les identifier. Le minimum se règle avec --min-segment-size.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customers were read; %2 were segmented on %3 feature(s) after the transforms of the feature spec (scaling: %4; missing values: %5).</source>
            <translation>
                <numerusform>%1 clients ont été lus ; %2 ont été segmentés sur %3 variable après les transformations de la spécification des variables (mise à l'échelle : %4 ; valeurs manquantes : %5).</numerusform>
                <numerusform>%1 clients ont été lus ; %2 ont été segmentés sur %3 variables après les transformations de la spécification des variables (mise à l'échelle : %4 ; valeurs manquantes : %5).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) beyond a robust z of %2 were set aside as outliers.</source>
            <translation>
                <numerusform>%1 client au-delà d'un z robuste de %2 a été mis de côté comme valeur atypique.</numerusform>
                <numerusform>%1 clients au-delà d'un z robuste de %2 ont été mis de côté comme valeurs atypiques.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mini-batch k-means (k-means with %1 restart(s) on a sample of up to %2 customers, then passes over all customers in batches of %3; seed %4) with k = %5, the number of segments chosen by the analyst.</source>
            <translation>
                <numerusform>Mini-batch k-means (k-means avec %1 redémarrage sur un échantillon d'au plus %2 clients, puis passages sur tous les clients par lots de %3 ; graine %4) avec k = %5, le nombre de segments choisi par l'analyste.</numerusform>
                <numerusform>Mini-batch k-means (k-means avec %1 redémarrages sur un échantillon d'au plus %2 clients, puis passages sur tous les clients par lots de %3 ; graine %4) avec k = %5, le nombre de segments choisi par l'analyste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consensus clustering (Monti et al. 2003): %1 runs of %2 algorithm(s) on resampled customers vote on who belongs together, and the votes are cut into k = %3 segments, the number chosen by the analyst; each customer's agreement says how consistently the runs put it with its segment.</source>
            <translation>
                <numerusform>Clustering par consensus (Monti et al. 2003) : %1 exécutions de %2 algorithme sur des clients rééchantillonnés votent pour déterminer qui va ensemble, et les votes sont découpés en k = %3 segments, le nombre choisi par l'analyste ; l'accord de chaque client indique avec quelle constance les exécutions le placent dans son segment.</numerusform>
                <numerusform>Clustering par consensus (Monti et al. 2003) : %1 exécutions de %2 algorithmes sur des clients rééchantillonnés votent pour déterminer qui va ensemble, et les votes sont découpés en k = %3 segments, le nombre choisi par l'analyste ; l'accord de chaque client indique avec quelle constance les exécutions le placent dans son segment.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>k-means (k-means++ starts, %1 restart(s), the lowest inertia kept; seed %2) with k = %3, the number of segments chosen by the analyst.</source>
            <translation>
                <numerusform>k-means (départs k-means++, %1 redémarrage, l'inertie la plus faible étant retenue ; graine %2) avec k = %3, le nombre de segments choisi par l'analyste.</numerusform>
                <numerusform>k-means (départs k-means++, %1 redémarrages, l'inertie la plus faible étant retenue ; graine %2) avec k = %3, le nombre de segments choisi par l'analyste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, which finds the number of segments itself: %2 segment(s), and customers in sparse regions in none.</source>
            <translation>
                <numerusform>%1, qui trouve lui-même le nombre de segments : %2 segment, les clients des zones clairsemées n'appartenant à aucun.</numerusform>
                <numerusform>%1, qui trouve lui-même le nombre de segments : %2 segments, les clients des zones clairsemées n'appartenant à aucun.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>r %1, α %2, a %3, b %4; log-likelihood %5 over %6 customer(s) (%7)</source>
            <translation>
                <numerusform>r %1, α %2, a %3, b %4 ; log-vraisemblance %5 sur %6 client (%7)</numerusform>
                <numerusform>r %1, α %2, a %3, b %4 ; log-vraisemblance %5 sur %6 clients (%7)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>p %1, q %2, γ %3; log-likelihood %4 over %5 repeat customer(s) (%6)</source>
            <translation>
                <numerusform>p %1, q %2, γ %3 ; log-vraisemblance %4 sur %5 client récurrent (%6)</numerusform>
                <numerusform>p %1, q %2, γ %3 ; log-vraisemblance %4 sur %5 clients récurrents (%6)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customers fall into %2 segment(s). The largest, %3, holds %4 of them.</source>
            <translation>
                <numerusform>%1 clients se répartissent en %2 segment. Le plus grand, %3, en regroupe %4.</numerusform>
                <numerusform>%1 clients se répartissent en %2 segments. Le plus grand, %3, en regroupe %4.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 row(s), %2 segmented, %3 set aside as outliers</source>
            <translation>
                <numerusform>%1 ligne, %2 segmentée, %3 mise de côté comme valeur atypique</numerusform>
                <numerusform>%1 lignes, %2 segmentées, %3 mises de côté comme valeurs atypiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each figure with its 95% bootstrap interval below it (%1 resample(s) of the customers within each segment; the bounds of shares in percent).</source>
            <translation>
                <numerusform>Chaque chiffre avec, en dessous, son intervalle bootstrap à 95 % (%1 rééchantillonnage des clients au sein de chaque segment ; bornes des parts en pourcentage).</numerusform>
                <numerusform>Chaque chiffre avec, en dessous, son intervalle bootstrap à 95 % (%1 rééchantillonnages des clients au sein de chaque segment ; bornes des parts en pourcentage).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>suppressed: fewer than %1 customer(s)</source>
            <translation>
                <numerusform>masqué : moins de %1 client</numerusform>
                <numerusform>masqué : moins de %1 clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaText</name>
        <message>
            <source>High-value</source>
            <comment>label adjective (plural, capitalised): customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>à forte valeur</translation>
        </message>
        <message>
            <source>big spenders</source>
            <comment>label noun (plural): customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>gros acheteurs</translation>
        </message>
        <message>
            <source>spend more</source>
            <comment>phrase after 'customers who': customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>dépensent plus</translation>
        </message>
        <message>
            <source>Low-value</source>
            <comment>label adjective (plural, capitalised): customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>à faible valeur</translation>
        </message>
        <message>
            <source>small spenders</source>
            <comment>label noun (plural): customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>petits acheteurs</translation>
        </message>
        <message>
            <source>spend less</source>
            <comment>phrase after 'customers who': customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>dépensent moins</translation>
        </message>
        <message>
            <source>Frequent</source>
            <comment>label adjective (plural, capitalised): customers who buy more often (orders, purchases)</comment>
            <translation>fréquents</translation>
        </message>
        <message>
            <source>regulars</source>
            <comment>label noun (plural): customers who buy more often (orders, purchases)</comment>
            <translation>habitués</translation>
        </message>
        <message>
            <source>buy more often</source>
            <comment>phrase after 'customers who': customers who buy more often (orders, purchases)</comment>
            <translation>achètent plus souvent</translation>
        </message>
        <message>
            <source>Infrequent</source>
            <comment>label adjective (plural, capitalised): customers who buy less often (orders, purchases)</comment>
            <translation>occasionnels</translation>
        </message>
        <message>
            <source>occasional buyers</source>
            <comment>label noun (plural): customers who buy less often (orders, purchases)</comment>
            <translation>acheteurs occasionnels</translation>
        </message>
        <message>
            <source>buy less often</source>
            <comment>phrase after 'customers who': customers who buy less often (orders, purchases)</comment>
            <translation>achètent moins souvent</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <comment>label adjective (plural, capitalised): customers whose last purchase is longer ago</comment>
            <translation>dormants</translation>
        </message>
        <message>
            <source>lapsers</source>
            <comment>label noun (plural): customers whose last purchase is longer ago</comment>
            <translation>clients dormants</translation>
        </message>
        <message>
            <source>have not bought for longer</source>
            <comment>phrase after 'customers who': customers whose last purchase is longer ago</comment>
            <translation>n'ont pas acheté depuis plus longtemps</translation>
        </message>
        <message>
            <source>Recently active</source>
            <comment>label adjective (plural, capitalised): customers whose last purchase is more recent</comment>
            <translation>aux achats récents</translation>
        </message>
        <message>
            <source>active buyers</source>
            <comment>label noun (plural): customers whose last purchase is more recent</comment>
            <translation>acheteurs récents</translation>
        </message>
        <message>
            <source>bought more recently</source>
            <comment>phrase after 'customers who': customers whose last purchase is more recent</comment>
            <translation>ont acheté plus récemment</translation>
        </message>
        <message>
            <source>Long-standing</source>
            <comment>label adjective (plural, capitalised): customers who have been customers for longer</comment>
            <translation>de longue date</translation>
        </message>
        <message>
            <source>long-timers</source>
            <comment>label noun (plural): customers who have been customers for longer</comment>
            <translation>clients historiques</translation>
        </message>
        <message>
            <source>have been customers for longer</source>
            <comment>phrase after 'customers who': customers who have been customers for longer</comment>
            <translation>sont clients depuis plus longtemps</translation>
        </message>
        <message>
            <source>New</source>
            <comment>label adjective (plural, capitalised): customers who became customers more recently</comment>
            <translation>récemment recrutés</translation>
        </message>
        <message>
            <source>newcomers</source>
            <comment>label noun (plural): customers who became customers more recently</comment>
            <translation>nouveaux venus</translation>
        </message>
        <message>
            <source>joined more recently</source>
            <comment>phrase after 'customers who': customers who became customers more recently</comment>
            <translation>sont devenus clients plus récemment</translation>
        </message>
        <message>
            <source>Discount-driven</source>
            <comment>label adjective (plural, capitalised): customers who use discounts and coupons more</comment>
            <translation>sensibles aux promotions</translation>
        </message>
        <message>
            <source>discount seekers</source>
            <comment>label noun (plural): customers who use discounts and coupons more</comment>
            <translation>chasseurs de promotions</translation>
        </message>
        <message>
            <source>buy on discount more often</source>
            <comment>phrase after 'customers who': customers who use discounts and coupons more</comment>
            <translation>achètent plus souvent en promotion</translation>
        </message>
        <message>
            <source>Full-price</source>
            <comment>label adjective (plural, capitalised): customers who use discounts and coupons less</comment>
            <translation>plein tarif</translation>
        </message>
        <message>
            <source>full-price buyers</source>
            <comment>label noun (plural): customers who use discounts and coupons less</comment>
            <translation>acheteurs plein tarif</translation>
        </message>
        <message>
            <source>use discounts less</source>
            <comment>phrase after 'customers who': customers who use discounts and coupons less</comment>
            <translation>profitent moins des promotions</translation>
        </message>
        <message>
            <source>Return-prone</source>
            <comment>label adjective (plural, capitalised): customers who send more purchases back</comment>
            <translation>à fort taux de retour</translation>
        </message>
        <message>
            <source>returners</source>
            <comment>label noun (plural): customers who send more purchases back</comment>
            <translation>retourneurs</translation>
        </message>
        <message>
            <source>return more</source>
            <comment>phrase after 'customers who': customers who send more purchases back</comment>
            <translation>font plus de retours</translation>
        </message>
        <message>
            <source>Low-return</source>
            <comment>label adjective (plural, capitalised): customers who send fewer purchases back</comment>
            <translation>à faible taux de retour</translation>
        </message>
        <message>
            <source>keepers</source>
            <comment>label noun (plural): customers who send fewer purchases back</comment>
            <translation>acheteurs convaincus</translation>
        </message>
        <message>
            <source>return less</source>
            <comment>phrase after 'customers who': customers who send fewer purchases back</comment>
            <translation>font moins de retours</translation>
        </message>
        <message>
            <source>Highly engaged</source>
            <comment>label adjective (plural, capitalised): customers with more sessions, page views, visits</comment>
            <translation>très engagés</translation>
        </message>
        <message>
            <source>browsers</source>
            <comment>label noun (plural): customers with more sessions, page views, visits</comment>
            <translation>visiteurs assidus</translation>
        </message>
        <message>
            <source>browse more</source>
            <comment>phrase after 'customers who': customers with more sessions, page views, visits</comment>
            <translation>naviguent plus</translation>
        </message>
        <message>
            <source>Disengaged</source>
            <comment>label adjective (plural, capitalised): customers with fewer sessions, page views, visits</comment>
            <translation>peu engagés</translation>
        </message>
        <message>
            <source>quiet customers</source>
            <comment>label noun (plural): customers with fewer sessions, page views, visits</comment>
            <translation>clients discrets</translation>
        </message>
        <message>
            <source>browse less</source>
            <comment>phrase after 'customers who': customers with fewer sessions, page views, visits</comment>
            <translation>naviguent moins</translation>
        </message>
        <message>
            <source>E-mail-responsive</source>
            <comment>label adjective (plural, capitalised): customers who open and click more e-mails</comment>
            <translation>réceptifs aux e-mails</translation>
        </message>
        <message>
            <source>e-mail readers</source>
            <comment>label noun (plural): customers who open and click more e-mails</comment>
            <translation>lecteurs d'e-mails</translation>
        </message>
        <message>
            <source>open more e-mails</source>
            <comment>phrase after 'customers who': customers who open and click more e-mails</comment>
            <translation>ouvrent plus d'e-mails</translation>
        </message>
        <message>
            <source>E-mail-averse</source>
            <comment>label adjective (plural, capitalised): customers who open and click fewer e-mails</comment>
            <translation>peu réceptifs aux e-mails</translation>
        </message>
        <message>
            <source>e-mail ignorers</source>
            <comment>label noun (plural): customers who open and click fewer e-mails</comment>
            <translation>réfractaires aux e-mails</translation>
        </message>
        <message>
            <source>open fewer e-mails</source>
            <comment>phrase after 'customers who': customers who open and click fewer e-mails</comment>
            <translation>ouvrent moins d'e-mails</translation>
        </message>
        <message>
            <source>App-first</source>
            <comment>label adjective (plural, capitalised): customers who use the app more</comment>
            <translation>orientés appli</translation>
        </message>
        <message>
            <source>app users</source>
            <comment>label noun (plural): customers who use the app more</comment>
            <translation>utilisateurs de l'appli</translation>
        </message>
        <message>
            <source>use the app more</source>
            <comment>phrase after 'customers who': customers who use the app more</comment>
            <translation>utilisent plus l'appli</translation>
        </message>
        <message>
            <source>Store-first</source>
            <comment>label adjective (plural, capitalised): customers who buy in store more</comment>
            <translation>orientés magasin</translation>
        </message>
        <message>
            <source>store shoppers</source>
            <comment>label noun (plural): customers who buy in store more</comment>
            <translation>acheteurs en magasin</translation>
        </message>
        <message>
            <source>buy in store more</source>
            <comment>phrase after 'customers who': customers who buy in store more</comment>
            <translation>achètent plus en magasin</translation>
        </message>
        <message>
            <source>Web-first</source>
            <comment>label adjective (plural, capitalised): customers who use the website more</comment>
            <translation>orientés web</translation>
        </message>
        <message>
            <source>web shoppers</source>
            <comment>label noun (plural): customers who use the website more</comment>
            <translation>acheteurs en ligne</translation>
        </message>
        <message>
            <source>use the website more</source>
            <comment>phrase after 'customers who': customers who use the website more</comment>
            <translation>utilisent plus le site web</translation>
        </message>
        <message>
            <source>Loyalty-club</source>
            <comment>label adjective (plural, capitalised): customers more often in the loyalty programme</comment>
            <translation>encartés</translation>
        </message>
        <message>
            <source>members</source>
            <comment>label noun (plural): customers more often in the loyalty programme</comment>
            <translation>adhérents</translation>
        </message>
        <message>
            <source>are more often loyalty members</source>
            <comment>phrase after 'customers who': customers more often in the loyalty programme</comment>
            <translation>sont plus souvent membres du programme de fidélité</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>label adjective (plural, capitalised): customers more likely still customers (P(alive))</comment>
            <translation>toujours actifs</translation>
        </message>
        <message>
            <source>active customers</source>
            <comment>label noun (plural): customers more likely still customers (P(alive))</comment>
            <translation>clients actifs</translation>
        </message>
        <message>
            <source>are more likely still customers</source>
            <comment>phrase after 'customers who': customers more likely still customers (P(alive))</comment>
            <translation>ont plus de chances d'être encore clients</translation>
        </message>
        <message>
            <source>At-risk</source>
            <comment>label adjective (plural, capitalised): customers less likely still customers (P(alive))</comment>
            <translation>à risque</translation>
        </message>
        <message>
            <source>drifting customers</source>
            <comment>label noun (plural): customers less likely still customers (P(alive))</comment>
            <translation>clients en décrochage</translation>
        </message>
        <message>
            <source>are less likely still customers</source>
            <comment>phrase after 'customers who': customers less likely still customers (P(alive))</comment>
            <translation>ont moins de chances d'être encore clients</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>list: %1 every item but the last, %2 the last</comment>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>list: %1 the items so far, %2 the next (not the last)</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 (%2 %3 against %4 overall)</source>
            <comment>price sensitivity or risk with its evidence: %1 the statement, %2 the feature's (column's) name, %3 the segment's mean, %4 every customer's mean</comment>
            <translation>%1 (%2 : %3 contre %4 pour l'ensemble)</translation>
        </message>
        <message>
            <source>High-%1</source>
            <comment>label adjective (plural, capitalised): customers with a high %1 (a feature)</comment>
            <translation>à %1 élevé</translation>
        </message>
        <message>
            <source>Low-%1</source>
            <comment>label adjective (plural, capitalised): customers with a low %1 (a feature)</comment>
            <translation>à %1 faible</translation>
        </message>
        <message>
            <source>%1 customers</source>
            <comment>label noun (plural): customers at %1, a level of a column ("Channel 2")</comment>
            <translation>clients %1</translation>
        </message>
        <message>
            <source>high-%1 customers</source>
            <comment>label noun (plural): customers with a high %1 (a feature)</comment>
            <translation>clients à %1 élevé</translation>
        </message>
        <message>
            <source>low-%1 customers</source>
            <comment>label noun (plural): customers with a low %1 (a feature)</comment>
            <translation>clients à %1 faible</translation>
        </message>
        <message>
            <source>are more often %1</source>
            <comment>phrase after 'customers who': %1 a level of a column ("Channel 2")</comment>
            <translation>ont plus souvent la modalité %1</translation>
        </message>
        <message>
            <source>have higher %1</source>
            <comment>phrase after 'customers who': %1 a feature</comment>
            <translation>ont des valeurs de %1 plus élevées</translation>
        </message>
        <message>
            <source>have lower %1</source>
            <comment>phrase after 'customers who': %1 a feature</comment>
            <translation>ont des valeurs de %1 plus faibles</translation>
        </message>
        <message>
            <source>Typical customers</source>
            <comment>persona label of a segment no trait sets apart</comment>
            <translation>Clients types</translation>
        </message>
        <message>
            <source>%1 customers</source>
            <comment>persona label of one trait: %1 its adjective (plural)</comment>
            <translation>Clients %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>persona label of two traits: %1 the adjective of the first (plural), %2 the noun of the second (plural); "%2 %1" puts the adjective after the noun (then write the adjectives in lower case)</comment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>Empty segment %1</source>
            <comment>persona label of a segment without customers: %1 its number</comment>
            <translation>Segment %1 vide</translation>
        </message>
        <message>
            <source>%1 (segment %2)</source>
            <comment>a persona label another segment has too: %1 the label, %2 the segment's number</comment>
            <translation>%1 (segment %2)</translation>
        </message>
        <message>
            <source>No customer is in this segment. It has no traits to describe.</source>
            <translation>Ce segment ne contient aucun client. Il n'a aucun trait distinctif à décrire.</translation>
        </message>
        <message>
            <source>Their share of the customers is %1.</source>
            <comment>persona description, second sentence</comment>
            <translation>Ils représentent %1 des clients.</translation>
        </message>
        <message>
            <source>They hold %1 of the expected lifetime value, %2 per customer, and %3 of them are likely still customers.</source>
            <comment>persona description, second sentence: %1 share of lifetime value, %2 lifetime value per customer, %3 mean P(alive) as a percentage</comment>
            <translation>Ils détiennent %1 de la valeur vie client attendue, soit %2 par client, et %3 d'entre eux sont probablement encore clients.</translation>
        </message>
        <message>
            <source>They hold %1 of the expected lifetime value, %2 per customer.</source>
            <comment>persona description, second sentence: %1 share of lifetime value, %2 lifetime value per customer</comment>
            <translation>Ils détiennent %1 de la valeur vie client attendue, soit %2 par client.</translation>
        </message>
        <message>
            <source>They bring %1 of %2, %3 per customer, and %4 of them are likely still customers.</source>
            <comment>persona description, second sentence: %1 share of the revenue, %2 the revenue column's name, %3 revenue per customer, %4 mean P(alive) as a percentage</comment>
            <translation>Ils apportent %1 de %2, soit %3 par client, et %4 d'entre eux sont probablement encore clients.</translation>
        </message>
        <message>
            <source>They bring %1 of %2, %3 per customer.</source>
            <comment>persona description, second sentence: %1 share of the revenue, %2 the revenue column's name, %3 revenue per customer</comment>
            <translation>Ils apportent %1 de %2, soit %3 par client.</translation>
        </message>
        <message>
            <source>app</source>
            <comment>sales channel</comment>
            <translation>appli</translation>
        </message>
        <message>
            <source>store</source>
            <comment>sales channel</comment>
            <translation>magasin</translation>
        </message>
        <message>
            <source>web</source>
            <comment>sales channel</comment>
            <translation>web</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a persona's channel: %1 its name, %2 its share of the segment's purchases</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>high</source>
            <comment>price sensitivity</comment>
            <translation>élevée</translation>
        </message>
        <message>
            <source>low</source>
            <comment>price sensitivity</comment>
            <translation>faible</translation>
        </message>
        <message>
            <source>average</source>
            <comment>price sensitivity</comment>
            <translation>moyenne</translation>
        </message>
        <message>
            <source>long time since the last purchase</source>
            <comment>persona risk</comment>
            <translation>dernier achat ancien</translation>
        </message>
        <message>
            <source>high returns</source>
            <comment>persona risk</comment>
            <translation>taux de retour élevé</translation>
        </message>
        <message>
            <source>low chance of still being a customer (mean P(alive) %1)</source>
            <comment>persona risk: %1 a probability</comment>
            <translation>faible probabilité d'être encore client (P(actif) moyenne %1)</translation>
        </message>
        <message>
            <source>less likely than the rest to still be a customer (mean P(alive) %1)</source>
            <comment>persona risk: %1 a probability</comment>
            <translation>probabilité d'être encore client inférieure à celle des autres (P(actif) moyenne %1)</translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2) who look much like the rest: no trait sets them apart by half a standard deviation or more.</source>
            <comment>persona description, first sentence: %1 the segment's customers, %2 their share of all</comment>
            <translation>
                <numerusform>%1 client (%2) qui ressemble beaucoup aux autres : aucun trait ne le distingue d'un demi-écart-type ou plus.</numerusform>
                <numerusform>%1 clients (%2) qui ressemblent beaucoup aux autres : aucun trait ne les distingue d'un demi-écart-type ou plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2) who %3 than the rest.</source>
            <comment>persona description, first sentence: %1 the segment's customers, %2 their share of all, %3 a list of phrases ("spend more, buy more often and return less")</comment>
            <translation>
                <numerusform>%1 client (%2), de ceux qui %3 que les autres.</numerusform>
                <numerusform>%1 clients (%2) qui %3 que les autres.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaView</name>
        <message>
            <source>Personas appear here once the customers are segmented.</source>
            <translation>Les personas s'affichent ici une fois les clients segmentés.</translation>
        </message>
        <message>
            <source>Drafted from the segment's strongest traits</source>
            <translation>Rédigé à partir des traits distinctifs les plus marqués du segment</translation>
        </message>
        <message>
            <source>Your label</source>
            <translation>Votre libellé</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the label, the description and the strategy notes</source>
            <translation>Modifier le libellé, la description et les notes stratégiques</translation>
        </message>
        <message>
            <source>revenue %1 per customer</source>
            <extracomment>Persona card: revenue per customer.</extracomment>
            <translation>chiffre d'affaires : %1 par client</translation>
        </message>
        <message>
            <source>lifetime value %1 per customer</source>
            <extracomment>Persona card: expected lifetime value per customer.</extracomment>
            <translation>valeur vie client : %1 par client</translation>
        </message>
        <message>
            <source>P(alive) %1</source>
            <translation>P(actif) %1</translation>
        </message>
        <message>
            <source>Channels: %1</source>
            <translation>Canaux : %1</translation>
        </message>
        <message>
            <source>Price sensitivity: %1</source>
            <translation>Sensibilité au prix : %1</translation>
        </message>
        <message>
            <source>Risks: %1</source>
            <translation>Risques : %1</translation>
        </message>
        <message>
            <source>Strategy notes: none yet (Edit… to add them)</source>
            <translation>Notes stratégiques : aucune pour l'instant (Modifier… pour en ajouter)</translation>
        </message>
        <message>
            <source>Strategy notes: %1</source>
            <translation>Notes stratégiques : %1</translation>
        </message>
        <message>
            <source>Persona of %1</source>
            <translation>Persona de %1</translation>
        </message>
        <message>
            <source>What to offer this segment, through which channel, and what to avoid</source>
            <translation>Ce qu'il faut proposer à ce segment, par quel canal, et ce qu'il faut éviter</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Libellé :</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>Strategy &amp;notes:</source>
            <translation>&amp;Notes stratégiques :</translation>
        </message>
        <message>
            <source>Edit the persona of %1</source>
            <translation>Modifier le persona de %1</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) (%1)</source>
            <extracomment>Persona card: customers in the segment and their share of all.</extracomment>
            <translation>
                <numerusform>%Ln client (%1)</numerusform>
                <numerusform>%Ln clients (%1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>Tous les cœurs (%1)</translation>
        </message>
        <message>
            <source>&amp;Threads:</source>
            <translation>&amp;Threads :</translation>
        </message>
        <message>
            <source>How many processor cores the analyses use</source>
            <translation>Nombre de cœurs de processeur utilisés par les analyses</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>&amp;Autosave every:</source>
            <translation>&amp;Sauvegarde auto. toutes les :</translation>
        </message>
        <message>
            <source>Unsaved changes are kept aside this often and offered back after a crash</source>
            <translation>Les modifications non enregistrées sont mises de côté à cet intervalle et proposées à la récupération après un plantage</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>Score z</translation>
        </message>
        <message>
            <source>Robust (median and IQR)</source>
            <translation>Robuste (médiane et EIQ)</translation>
        </message>
        <message>
            <source>Min–max</source>
            <translation>Min–max</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Default &amp;scaling:</source>
            <translation>Mise à l'é&amp;chelle par défaut :</translation>
        </message>
        <message>
            <source>How the features of data opened from now on are scaled</source>
            <translation>Mise à l'échelle appliquée aux variables des données ouvertes à partir de maintenant</translation>
        </message>
        <message>
            <source>k-means &amp;restarts:</source>
            <translation>&amp;Redémarrages k-means :</translation>
        </message>
        <message>
            <source>k-means starts this many times on data opened from now on and keeps the best</source>
            <translation>Nombre de démarrages de k-means sur les données ouvertes à partir de maintenant ; le meilleur résultat est conservé</translation>
        </message>
        <message>
            <source>&amp;UMAP sample:</source>
            <translation>Échantillon &amp;UMAP :</translation>
        </message>
        <message>
            <source>The map is fitted on this many customers; the others are placed on it</source>
            <translation>La carte est ajustée sur ce nombre de clients ; les autres y sont ensuite placés</translation>
        </message>
        <message>
            <source>System (%1)</source>
            <translation>Système (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Takes effect when SegmentScope starts again</source>
            <translation>Prend effet au prochain démarrage de SegmentScope</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>The application's colours</source>
            <translation>Les couleurs de l'application</translation>
        </message>
        <message>
            <source>Show the &amp;start page when no file is opened</source>
            <translation>Afficher la page d'&amp;accueil quand aucun fichier n'est ouvert</translation>
        </message>
        <message>
            <source>Otherwise the demo customers open</source>
            <translation>Sinon, les clients de démonstration s'ouvrent</translation>
        </message>
    </context>
    <context>
        <name>seg::ProjectActions</name>
        <message>
            <source>SegmentScope projects (*%1)</source>
            <translation>Projets SegmentScope (*%1)</translation>
        </message>
        <message>
            <source>&amp;Save project</source>
            <translation>&amp;Enregistrer le projet</translation>
        </message>
        <message>
            <source>Save the data, the segments, their names and personas in a project file</source>
            <translation>Enregistrer les données, les segments, leurs noms et leurs personas dans un fichier de projet</translation>
        </message>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Enregistrer le projet &amp;sous…</translation>
        </message>
        <message>
            <source>&amp;Keep this run</source>
            <translation>Conser&amp;ver cette exécution</translation>
        </message>
        <message>
            <source>Add the segmentation on screen to the project's run history</source>
            <translation>Ajouter la segmentation affichée à l'historique des exécutions du projet</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>SegmentScope</source>
            <translation>SegmentScope</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>Aucun projet récent</translation>
        </message>
        <message>
            <source>Run %1 against run %2</source>
            <translation>Exécution %1 contre exécution %2</translation>
        </message>
        <message>
            <source>segments%1</source>
            <translation>segments%1</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <source>the segmentation</source>
            <translation>la segmentation</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save the changes to %1 first?</source>
            <translation>Enregistrer d'abord les modifications apportées à %1 ?</translation>
        </message>
        <message>
            <source>an unsaved segmentation</source>
            <translation>une segmentation non enregistrée</translation>
        </message>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Récupérer les modifications non enregistrées</translation>
        </message>
        <message>
            <source>SegmentScope ended without saving %1. Recover the changes autosaved at %2?</source>
            <translation>SegmentScope s'est fermé sans enregistrer %1. Récupérer les modifications enregistrées automatiquement à %2 ?</translation>
        </message>
    </context>
    <context>
        <name>seg::ProjectSession</name>
        <message>
            <source>The data cannot be kept in a project: %1</source>
            <translation>Les données ne peuvent pas être conservées dans un projet : %1</translation>
        </message>
        <message>
            <source>The project could not be saved: %1</source>
            <translation>Le projet n'a pas pu être enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportExporter</name>
        <message>
            <source>Export workbook</source>
            <translation>Exporter le classeur</translation>
        </message>
        <message>
            <source>segments.xlsx</source>
            <translation>segments.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot make the persona report: %1</source>
            <translation>Impossible de créer le rapport des personas : %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>Export persona report</source>
            <translation>Exporter le rapport des personas</translation>
        </message>
        <message>
            <source>persona-report.pdf</source>
            <translation>persona-report.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportFormat</name>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mois</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportInput</name>
        <message>
            <source>The data has no frequency, recency and T columns, so no lifetime value was modelled.</source>
            <translation>Les données ne contiennent pas de colonnes frequency, recency et T : aucune valeur vie client n'a donc été modélisée.</translation>
        </message>
        <message>
            <source>the run's customers are not the rows its spec prepares from the table</source>
            <translation>les clients de l'exécution ne sont pas les lignes que sa spécification des variables prépare à partir de la table</translation>
        </message>
        <message>
            <source>cannot write the workbook: %1</source>
            <translation>impossible d'écrire le classeur : %1</translation>
        </message>
        <message>
            <source>cannot create the workbook</source>
            <translation>impossible de créer le classeur</translation>
        </message>
        <message>
            <source>cannot make a temporary folder for the workbook: %1</source>
            <translation>impossible de créer un dossier temporaire pour le classeur : %1</translation>
        </message>
        <message>
            <source>cannot read the workbook back: %1</source>
            <translation>impossible de relire le classeur : %1</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportPreview</name>
        <message>
            <source>Persona report</source>
            <translation>Rapport des personas</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Enregistrer…</translation>
        </message>
    </context>
    <context>
        <name>seg::RunComparisonView</name>
        <message>
            <source>%1 and %2</source>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <source>Run %1: %2, k = %3, seed %4</source>
            <translation>Exécution %1 : %2, k = %3, graine %4</translation>
        </message>
        <message>
            <source>What happened to the segments</source>
            <translation>Ce que sont devenus les segments</translation>
        </message>
        <message>
            <source>A part counts when it holds at least %1 of a segment's customers.</source>
            <translation>Une partie compte si elle regroupe au moins %1 des clients d'un segment.</translation>
        </message>
        <message>
            <source>Segment %1 ‘%2’</source>
            <translation>Segment %1 « %2 »</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>%1 stayed as segment %2: %3 of its customers went there and make up %4 of it.</source>
            <translation>%1 est resté le segment %2 : %3 de ses clients y sont passés et en constituent %4.</translation>
        </message>
        <message>
            <source>%1 split into segments %2.</source>
            <translation>%1 s'est scindé en segments %2.</translation>
        </message>
        <message>
            <source>%1 merged into segment %2 with small parts of other segments (%3 of its customers).</source>
            <translation>%1 a fusionné dans le segment %2 avec de petites parties d'autres segments (%3 de ses clients).</translation>
        </message>
        <message>
            <source>%1 merged with %2 into segment %3 (%4 of its customers; %5 of the new segment).</source>
            <translation>%1 a fusionné avec %2 dans le segment %3 (%4 de ses clients ; %5 du nouveau segment).</translation>
        </message>
        <message>
            <source>%1 is gone: its customers scattered, no more than %2 into any one segment of run %3.</source>
            <translation>%1 a disparu : ses clients se sont dispersés, pas plus de %2 dans un même segment de l'exécution %3.</translation>
        </message>
        <message>
            <source>%1 of run %2 is new, made of small parts of run %3's segments.</source>
            <translation>%1 de l'exécution %2 est nouveau, formé de petites parties des segments de l'exécution %3.</translation>
        </message>
        <message>
            <source>%1 of run %2 is new; most of it came from %3 of run %4.</source>
            <translation>%1 de l'exécution %2 est nouveau ; il provient en majeure partie de %3 de l'exécution %4.</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>segment %1</translation>
        </message>
        <message>
            <source>segments %1</source>
            <translation>segments %1</translation>
        </message>
        <message>
            <source>Run %1 against run %2</source>
            <translation>Exécution %1 contre exécution %2</translation>
        </message>
        <message>
            <source>Adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)</source>
            <translation>Indice de Rand ajusté %1 (1 : les mêmes segments ; environ 0 : pas plus semblables que le hasard)</translation>
        </message>
        <message>
            <source>; left out: %1 with a segment in run %2 only, %3 in run %4 only (set aside as outliers or not segmented in the other run)</source>
            <translation>; exclus : %1 ayant un segment uniquement dans l'exécution %2, %3 uniquement dans l'exécution %4 (mis de côté comme valeurs atypiques ou non segmentés dans l'autre exécution)</translation>
        </message>
        <message>
            <source>Same data, features, options and seed: the segments are identical, customer for customer.</source>
            <translation>Mêmes données, variables, options et graine : les segments sont identiques, client par client.</translation>
        </message>
        <message>
            <source>Same data, features, options and seed, yet the segments differ (engine %1 and %2).</source>
            <translation>Mêmes données, variables, options et graine, et pourtant les segments diffèrent (moteur %1 et %2).</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Exécution %1</translation>
        </message>
        <message>
            <source>Select two runs to compare</source>
            <translation>Sélectionnez deux exécutions à comparer</translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s): %2 of row segment, %3 of column segment</source>
            <translation>
                <numerusform>%1 client : %2 du segment de la ligne, %3 du segment de la colonne</numerusform>
                <numerusform>%1 clients : %2 du segment de la ligne, %3 du segment de la colonne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) compared</source>
            <translation>
                <numerusform>%1 client comparé</numerusform>
                <numerusform>%1 clients comparés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::RunHistoryModel</name>
        <message>
            <source>Run %1, the run shown; made by engine %2</source>
            <translation>Exécution %1, celle affichée ; créée par le moteur %2</translation>
        </message>
        <message>
            <source>Run %1, made by engine %2</source>
            <translation>Exécution %1, créée par le moteur %2</translation>
        </message>
        <message>
            <source>No earlier run has the same data, features, options and seed</source>
            <translation>Aucune exécution antérieure n'a les mêmes données, variables, options et graine</translation>
        </message>
        <message>
            <source>Same data, features, options and seed as run %1, and the same segments for every customer</source>
            <translation>Mêmes données, variables, options et graine que l'exécution %1, et mêmes segments pour chaque client</translation>
        </message>
        <message>
            <source>Same data, features, options and seed as run %1, but the segments differ</source>
            <translation>Mêmes données, variables, options et graine que l'exécution %1, mais les segments diffèrent</translation>
        </message>
        <message>
            <source>Double-click to say why this run matters</source>
            <translation>Double-cliquez pour indiquer pourquoi cette exécution compte</translation>
        </message>
        <message>
            <source>run %1, identical</source>
            <translation>exécution %1, identique</translation>
        </message>
        <message>
            <source>run %1, differs</source>
            <translation>exécution %1, différente</translation>
        </message>
        <message>
            <source>Mean silhouette (−1 to 1; higher: segments better separated)</source>
            <translation>Silhouette moyenne (−1 à 1 ; plus haut : segments mieux séparés)</translation>
        </message>
        <message>
            <source>Davies–Bouldin index (lower: segments more compact and apart)</source>
            <translation>Indice de Davies–Bouldin (plus bas : segments plus compacts et plus éloignés)</translation>
        </message>
        <message>
            <source>Calinski–Harabasz index (higher: segments more distinct)</source>
            <translation>Indice de Calinski–Harabasz (plus haut : segments plus distincts)</translation>
        </message>
        <message>
            <source>Adjusted Rand index against the known segments of the data</source>
            <translation>Indice de Rand ajusté par rapport aux segments connus des données</translation>
        </message>
        <message>
            <source>An earlier run with the same data, features, options and seed, and whether it gave the same segments</source>
            <translation>Une exécution antérieure avec les mêmes données, variables, options et graine, et si elle a donné les mêmes segments</translation>
        </message>
        <message>
            <source>Columns clustered on</source>
            <translation>Colonnes utilisées pour le clustering</translation>
        </message>
        <message>
            <source>The algorithm's own settings, such as restarts or DBSCAN's radius</source>
            <translation>Les réglages propres à l'algorithme, comme les redémarrages ou le rayon de DBSCAN</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Exécution</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algorithme</translation>
        </message>
        <message>
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Variables</translation>
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
            <translation>Identique à</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>seg::RunHistoryPanel</name>
        <message>
            <source>No runs yet. Each segmentation you keep appears here with its settings and quality.</source>
            <translation>Aucune exécution pour l'instant. Chaque segmentation que vous conservez apparaît ici avec ses réglages et sa qualité.</translation>
        </message>
        <message>
            <source>Show the selected run again, with its segments and names</source>
            <translation>Afficher à nouveau l'exécution sélectionnée, avec ses segments et leurs noms</translation>
        </message>
        <message>
            <source>Write why this run matters (or double-click its note)</source>
            <translation>Indiquer pourquoi cette exécution compte (ou double-cliquer sur sa note)</translation>
        </message>
        <message>
            <source>Select two runs to see where each segment's customers went</source>
            <translation>Sélectionnez deux exécutions pour voir où sont allés les clients de chaque segment</translation>
        </message>
        <message>
            <source>Remove the selected run from the project</source>
            <translation>Retirer l'exécution sélectionnée du projet</translation>
        </message>
        <message>
            <source>Delete run %1</source>
            <translation>Supprimer l'exécution %1</translation>
        </message>
        <message>
            <source>Delete run %1? Its segments, metrics and note leave the project.</source>
            <translation>Supprimer l'exécution %1 ? Ses segments, ses métriques et sa note seront retirés du projet.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Exécutions</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Annotate…</source>
            <translation>Annoter…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
    </context>
    <context>
        <name>seg::ScatterPainter</name>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Pas encore de données</translation>
        </message>
        <message>
            <source>Load customer data and compute segments to see the segment map.</source>
            <translation>Chargez des données clients et calculez des segments pour voir la carte des segments.</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) outside the view (0: show all)</source>
            <translation>
                <numerusform>%1 client hors de la vue (0 : tout afficher)</numerusform>
                <numerusform>%1 clients hors de la vue (0 : tout afficher)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ScatterView</name>
        <message>
            <source>Segment map</source>
            <translation>Carte des segments</translation>
        </message>
        <message>
            <source>Every customer as a point, coloured by segment. Scroll to zoom, drag with the middle button or Space held to pan, drag to draw a lasso, Shift+drag to select a rectangle, Escape to clear the selection. The map opens on the typical customers: Home returns there, 0 shows every customer, the extreme ones included. Grey points are customers set aside as outliers.</source>
            <translation>Chaque client est un point, coloré selon son segment. Faites défiler la molette pour zoomer, faites glisser avec le bouton du milieu ou en maintenant Espace pour vous déplacer, faites glisser pour tracer un lasso, Maj+glisser pour sélectionner un rectangle, Échap pour effacer la sélection. La carte s'ouvre sur les clients typiques : Début y revient, 0 affiche tous les clients, extrêmes compris. Les points gris sont les clients mis de côté comme valeurs atypiques.</translation>
        </message>
        <message>
            <source>Customer %1</source>
            <translation>Client %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n customer(s)
Click to highlight this segment.</source>
            <translation>
                <numerusform>%1 : %n client
Cliquez pour mettre ce segment en évidence.</numerusform>
                <numerusform>%1 : %n clients
Cliquez pour mettre ce segment en évidence.</numerusform>
            </translation>
        </message>
        <message>
            <source>No map yet.</source>
            <translation>Aucune carte pour l'instant.</translation>
        </message>
        <message>
            <source>Customers: %1, not segmented yet.</source>
            <translation>Clients : %1, pas encore segmentés.</translation>
        </message>
        <message>
            <source>Customers: %1, segments: %2. Each point is a customer, coloured by segment.</source>
            <translation>Clients : %1, segments : %2. Chaque point est un client, coloré selon son segment.</translation>
        </message>
        <message>
            <source>Axes: %1 across, %2 up.</source>
            <translation>Axes : %1 en abscisse, %2 en ordonnée.</translation>
        </message>
        <message>
            <source>Customers outside the visible range: %1 (0 shows them all).</source>
            <translation>Clients hors de la zone visible : %1 (0 : tous sont affichés).</translation>
        </message>
        <message>
            <source>Highlighted: %1</source>
            <translation>Mis en évidence : %1</translation>
        </message>
        <message>
            <source>Customers chosen: %1</source>
            <translation>Clients choisis : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1 : %2 client (%3)</numerusform>
                <numerusform>%1 : %2 clients (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ScoringHistoryView</name>
        <message>
            <source>Each segment's share, batch by batch (dashed: in the run)</source>
            <translation>Part de chaque segment, lot par lot (pointillés : dans l'exécution)</translation>
        </message>
        <message>
            <source>Largest drift index of a column, batch by batch</source>
            <translation>Indice de dérive le plus élevé parmi les colonnes, lot par lot</translation>
        </message>
        <message>
            <source>No run to show the scoring history of.</source>
            <translation>Aucune exécution dont afficher l'historique de scoring.</translation>
        </message>
        <message>
            <source>No customers have been scored with run %1 yet. Each batch that segscope score scores into it is recorded in the project and shown here, with its drift.</source>
            <translation>Aucun client n'a encore été affecté avec l'exécution %1. Chaque lot que segscope score y affecte est enregistré dans le projet et affiché ici, avec sa dérive.</translation>
        </message>
        <message>
            <source>too few to judge drift.</source>
            <translation>trop peu pour juger de la dérive.</translation>
        </message>
        <message>
            <source>retraining is recommended (%1).</source>
            <translation>un réentraînement est recommandé (%1).</translation>
        </message>
        <message>
            <source>no drift beyond the thresholds.</source>
            <translation>aucune dérive au-delà des seuils.</translation>
        </message>
        <message>
            <source>Recorded batches that could not be read (%1) are left out.</source>
            <translation>Les lots enregistrés illisibles (%1) sont ignorés.</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>Largest index</source>
            <translation>Indice le plus élevé</translation>
        </message>
        <message>
            <source>Threshold for retraining</source>
            <translation>Seuil de réentraînement</translation>
        </message>
        <message numerus="yes">
            <source>One batch scored with run %1, on %2: %3 customer(s); </source>
            <translation>
                <numerusform>Un lot affecté avec l'exécution %1, le %2 : %3 client ; </numerusform>
                <numerusform>Un lot affecté avec l'exécution %1, le %2 : %3 clients ; </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 batches scored with run %2. The latest, on %3: %4 customer(s); </source>
            <translation>
                <numerusform>%1 lots affectés avec l'exécution %2. Le plus récent, le %3 : %4 client ; </numerusform>
                <numerusform>%1 lots affectés avec l'exécution %2. Le plus récent, le %3 : %4 clients ; </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentAppearance</name>
        <message>
            <source>Noise</source>
            <translation>Bruit</translation>
        </message>
        <message>
            <source>Outliers</source>
            <translation>Valeurs atypiques</translation>
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
            <translation>Segments au fil des exécutions</translation>
        </message>
        <message>
            <source>Segments across runs: each run's shares; one colour is one segment</source>
            <translation>Segments au fil des exécutions : parts dans chaque exécution ; une couleur correspond à un segment</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>%1 in run %2: %3% of the customers</source>
            <translation>%1 dans l'exécution %2 : %3 % des clients</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Exécution %1</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentExporter</name>
        <message>
            <source>Cannot export the segments: %1</source>
            <translation>Impossible d'exporter les segments : %1</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentFigures</name>
        <message>
            <source>B</source>
            <extracomment>Abbreviations of a billion, a million and a thousand after a number ("1.24M").</extracomment>
            <translation>Md</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <source>%1: mean %2 · total %3 (%4 of all %1)</source>
            <extracomment>Money of one column in one segment: column, mean per customer, total, share of the column's total.</extracomment>
            <translation>%1 : moyenne %2 · total %3 (%4 du total de %1)</translation>
        </message>
        <message>
            <source>Only 1 customer (%1 of %2, below %3): probably an outlier rather than a segment to market to.</source>
            <translation>Seulement 1 client (%1 de %2, sous %3) : probablement une valeur atypique plutôt qu'un segment à cibler.</translation>
        </message>
        <message numerus="yes">
            <source>Only %1 customer(s) (%2 of %3, below %4): probably outliers rather than a segment to market to. Consider setting outliers aside.</source>
            <translation>
                <numerusform>Seulement %1 client (%2 de %3, sous %4) : probablement pas un segment à cibler. Envisagez de mettre de côté les valeurs atypiques.</numerusform>
                <numerusform>Seulement %1 clients (%2 de %3, sous %4) : probablement des valeurs atypiques plutôt qu'un segment à cibler. Envisagez de mettre de côté les valeurs atypiques.</numerusform>
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
            <translation>Probabilité moyenne qu'un client de ce segment soit encore actif (BG/NBD) : %1 (intervalle à 95 % %2).</translation>
        </message>
        <message>
            <source>Lifetime value: mean · total (share)</source>
            <translation>Valeur vie client : moyenne · total (part)</translation>
        </message>
        <message>
            <source>Expected purchases</source>
            <translation>Achats attendus</translation>
        </message>
        <message>
            <source>P(alive)</source>
            <translation>P(actif)</translation>
        </message>
        <message>
            <source>Expected lifetime value per customer (BG/NBD and Gamma-Gamma), the segment's total and its share of all customers' value. The tooltip of a cell gives the 95% intervals.</source>
            <translation>Valeur vie client attendue par client (BG/NBD et Gamma-Gamma), total du segment et sa part de la valeur de l'ensemble des clients. L'info-bulle d'une cellule donne les intervalles à 95 %.</translation>
        </message>
        <message>
            <source>Mean purchases per customer expected over the forecast horizon.</source>
            <translation>Nombre moyen d'achats par client attendu sur l'horizon de prévision.</translation>
        </message>
        <message>
            <source>Mean probability that the segment's customers are still customers.</source>
            <translation>Probabilité moyenne que les clients du segment soient encore actifs.</translation>
        </message>
        <message>
            <source>%1 in this segment: mean %2 per customer, total %3, %4 of all %1 (%5)</source>
            <translation>%1 dans ce segment : moyenne %2 par client, total %3, %4 du total de %1 (%5)</translation>
        </message>
        <message>
            <source>%1 %2 %3σ</source>
            <extracomment>A segment trait: arrow, feature name, z-score in standard deviations, e.g. "↑ revenue +1.8σ".</extracomment>
            <translation>%1 %2 %3σ</translation>
        </message>
        <message>
            <source>%1: %2 in this segment vs. %3 overall (%4 sd)</source>
            <translation>%1 : %2 dans ce segment vs %3 au global (%4 é.-t.)</translation>
        </message>
        <message>
            <source>Noise: customers in no dense group (and any set aside as outliers), so in no segment. Grey on the map, segment -1 in the export. Click to choose them in the map.</source>
            <translation>Bruit : clients hors de tout groupe dense (et ceux mis de côté comme valeurs atypiques), donc dans aucun segment. En gris sur la carte, segment -1 à l'export. Cliquez pour les sélectionner sur la carte.</translation>
        </message>
        <message>
            <source>Customers beyond the outlier threshold on some feature: in no segment, grey on the map, segment -1 in the export. Click to choose them in the map.</source>
            <translation>Clients au-delà du seuil de valeur atypique sur une variable : dans aucun segment, en gris sur la carte, segment -1 à l'export. Cliquez pour les sélectionner sur la carte.</translation>
        </message>
        <message>
            <source>Double-click to name this segment.</source>
            <translation>Double-cliquez pour nommer ce segment.</translation>
        </message>
        <message>
            <source>Top traits</source>
            <translation>Traits distinctifs</translation>
        </message>
        <message>
            <source>Features that set the segment apart, in standard deviations (σ) from the average customer.</source>
            <translation>Variables qui distinguent le segment, en écarts-types (σ) par rapport au client moyen.</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>Stabilité</translation>
        </message>
        <message>
            <source>How well each segment survives resampling (Hennig 2007): the mean Jaccard similarity between the segment and its best match when resampled customers are segmented again. Above 0.75 stable; below 0.60 (marked ⚠) unstable.</source>
            <translation>Capacité de chaque segment à résister au rééchantillonnage (Hennig 2007) : la similarité de Jaccard moyenne entre le segment et sa meilleure correspondance lorsque des clients rééchantillonnés sont à nouveau segmentés. Au-dessus de 0,75 : stable ; en dessous de 0,60 (marqué ⚠) : instable.</translation>
        </message>
        <message>
            <source>%1: mean · total (share)</source>
            <extracomment>Header of a money column: the column's name, then what its cells show.</extracomment>
            <translation>%1 : moyenne · total (part)</translation>
        </message>
        <message>
            <source>%1 (a money column): the arithmetic mean per customer of the segment, the segment's total, and its share of the total over all customers, in the data's own units.</source>
            <translation>%1 (une colonne monétaire) : la moyenne arithmétique par client du segment, le total du segment et sa part du total sur l'ensemble des clients, dans les unités propres des données.</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Share of all customers in this segment.</source>
            <translation>Part de l'ensemble des clients dans ce segment.</translation>
        </message>
        <message>
            <source>Customers in the segment. %1 marks a segment too small to be one (fewer than %2 of all customers).</source>
            <translation>Clients du segment. %1 signale un segment trop petit pour en être un (moins de %2 de l'ensemble des clients).</translation>
        </message>
        <message numerus="yes">
            <source>Stable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of %3 (above 0.75).</source>
            <translation>
                <numerusform>Stable : sur %1 rééchantillonnage de %2 clients, le segment est réapparu avec une similarité de Jaccard moyenne de %3 (au-dessus de 0,75).</numerusform>
                <numerusform>Stable : sur %1 rééchantillonnages de %2 clients, le segment est réapparu avec une similarité de Jaccard moyenne de %3 (au-dessus de 0,75).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A real pattern whose boundary moves: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of %3 (0.60 to 0.75).</source>
            <translation>
                <numerusform>Un motif réel dont la frontière bouge : sur %1 rééchantillonnage de %2 clients, le segment est réapparu avec une similarité de Jaccard moyenne de %3 (de 0,60 à 0,75).</numerusform>
                <numerusform>Un motif réel dont la frontière bouge : sur %1 rééchantillonnages de %2 clients, le segment est réapparu avec une similarité de Jaccard moyenne de %3 (de 0,60 à 0,75).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unstable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of only %3 (below 0.60). It may be an artefact of the seed or the sample; try another k before acting on it.</source>
            <translation>
                <numerusform>Instable : sur %1 rééchantillonnage de %2 clients, le segment n'est réapparu qu'avec une similarité de Jaccard moyenne de %3 (en dessous de 0,60). Il peut s'agir d'un artefact de la graine ou de l'échantillon ; essayez un autre k avant d'agir sur ce segment.</numerusform>
                <numerusform>Instable : sur %1 rééchantillonnages de %2 clients, le segment n'est réapparu qu'avec une similarité de Jaccard moyenne de %3 (en dessous de 0,60). Il peut s'agir d'un artefact de la graine ou de l'échantillon ; essayez un autre k avant d'agir sur ce segment.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected lifetime value over the next %1 week(s): mean %2 per customer (95% interval %3), total %4 (%5), %6 of all customers' value (%7). Intervals: bootstrap, %8 resamples.</source>
            <translation>
                <numerusform>Valeur vie client attendue sur %1 semaine à venir : moyenne %2 par client (intervalle à 95 % %3), total %4 (%5), %6 de la valeur de l'ensemble des clients (%7). Intervalles : bootstrap, %8 rééchantillonnages.</numerusform>
                <numerusform>Valeur vie client attendue sur les %1 prochaines semaines : moyenne %2 par client (intervalle à 95 % %3), total %4 (%5), %6 de la valeur de l'ensemble des clients (%7). Intervalles : bootstrap, %8 rééchantillonnages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases a customer of this segment is expected to make in the next %1 week(s): %2 (95% interval %3).</source>
            <translation>
                <numerusform>Achats qu'un client de ce segment devrait effectuer sur %1 semaine à venir : %2 (intervalle à 95 % %3).</numerusform>
                <numerusform>Achats qu'un client de ce segment devrait effectuer au cours des %1 prochaines semaines : %2 (intervalle à 95 % %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>95% intervals (bootstrap, %1 resample(s)): mean %2 – %3, total %4 – %5</source>
            <translation>
                <numerusform>Intervalles à 95 % (bootstrap, %1 rééchantillonnage) : moyenne %2 – %3, total %4 – %5</numerusform>
                <numerusform>Intervalles à 95 % (bootstrap, %1 rééchantillonnages) : moyenne %2 – %3, total %4 – %5</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentTableView</name>
        <message>
            <source>Click a segment to highlight it in every view; double-click its label to rename it (Ctrl+Z undoes).</source>
            <translation>Cliquez sur un segment pour le mettre en évidence dans toutes les vues ; double-cliquez sur son libellé pour le renommer (Ctrl+Z pour annuler).</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>One row per segment: its number, label, size, share, money and traits. The up and down arrow keys highlight a segment in every view; F2 renames it.</source>
            <translation>Une ligne par segment : son numéro, son libellé, sa taille, sa part, ses montants et ses traits distinctifs. Les flèches haut et bas mettent un segment en évidence dans toutes les vues ; F2 le renomme.</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentValueChart</name>
        <message>
            <source>Size against value appears when the data has a money column or the lifetime-value inputs (frequency, recency, T).</source>
            <translation>La taille par rapport à la valeur s'affiche lorsque les données contiennent une colonne monétaire ou les entrées de la valeur vie client (frequency, recency, T).</translation>
        </message>
        <message>
            <source>Customer share</source>
            <translation>Part des clients</translation>
        </message>
        <message>
            <source>Lifetime value share</source>
            <translation>Part de la valeur vie client</translation>
        </message>
        <message>
            <source>Revenue share</source>
            <translation>Part du chiffre d'affaires</translation>
        </message>
        <message>
            <source>%1: %2 of the customers, %3 of the lifetime value (95% interval %4 – %5)</source>
            <translation>%1 : %2 des clients, %3 de la valeur vie client (intervalle à 95 % %4 – %5)</translation>
        </message>
        <message>
            <source>%1: %2 of the customers, %3 of the revenue (95% interval %4 – %5)</source>
            <translation>%1 : %2 des clients, %3 du chiffre d'affaires (intervalle à 95 % %4 – %5)</translation>
        </message>
    </context>
    <context>
        <name>seg::SelectionProfilePanel</name>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>Forget the customers chosen in the segment map</source>
            <translation>Oublier les clients choisis sur la carte des segments</translation>
        </message>
        <message>
            <source>Arithmetic means and totals of the money columns over the chosen customers, in the data's own units, and their share of the total over all customers</source>
            <translation>Moyennes arithmétiques et totaux des colonnes monétaires sur les clients choisis, dans les unités propres des données, et leur part du total sur l'ensemble des clients</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>Variable</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Sélection</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>z</source>
            <translation>z</translation>
        </message>
        <message>
            <source>Difference of the means in population standard deviations of the features as clustered (after log(1 + x) where applied)</source>
            <translation>Écart des moyennes, en écarts-types de population des variables telles que segmentées (après log(1 + x) le cas échéant)</translation>
        </message>
        <message>
            <source>Features in which the chosen customers differ most from everyone</source>
            <translation>Variables sur lesquelles les clients choisis diffèrent le plus de l'ensemble</translation>
        </message>
        <message>
            <source>Drag a lasso in the segment map (Shift+drag for a rectangle) to see how those customers differ from everyone.</source>
            <translation>Tracez un lasso sur la carte des segments (Maj+glisser pour un rectangle) pour voir en quoi ces clients diffèrent de l'ensemble.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; customers chosen (%2% of %3)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; clients choisis (%2 % de %3)</translation>
        </message>
        <message>
            <source>Mostly: %1</source>
            <translation>Majoritairement : %1</translation>
        </message>
        <message>
            <source>%1: mean %2 · total %3 (%4 of all)</source>
            <extracomment>Money of the chosen customers in one column: column, mean per customer, total, share of all.</extracomment>
            <translation>%1 : moyenne %2 · total %3 (%4 du total)</translation>
        </message>
        <message>
            <source>Features of the chosen customers</source>
            <translation>Variables des clients choisis</translation>
        </message>
    </context>
    <context>
        <name>seg::StartPage</name>
        <message>
            <source>1 of 3: Open your customer data</source>
            <translation>1 sur 3 : ouvrez vos données clients</translation>
        </message>
        <message>
            <source>A CSV file or an SQLite table with one row per customer (or a transaction log, one row per purchase). SegmentScope checks every column, suggests what each one means and shows what it will fill in or leave out before anything is computed.</source>
            <translation>Un fichier CSV ou une table SQLite avec une ligne par client (ou un journal des transactions, une ligne par achat). SegmentScope vérifie chaque colonne, suggère ce que chacune représente et indique ce qu'il complétera ou écartera avant tout calcul.</translation>
        </message>
        <message>
            <source>2 of 3: Find the segments</source>
            <translation>2 sur 3 : trouvez les segments</translation>
        </message>
        <message>
            <source>Choose the number of segments k and the feature groups on the left. The map, the heatmap and the segment table update together; the chart of k and the quality figures say how far to trust the segmentation.</source>
            <translation>Choisissez le nombre de segments k et les groupes de variables à gauche. La carte, la carte de chaleur et le tableau des segments se mettent à jour ensemble ; le graphique de k et les indicateurs de qualité indiquent le degré de confiance à accorder à la segmentation.</translation>
        </message>
        <message>
            <source>3 of 3: Turn segments into personas</source>
            <translation>3 sur 3 : transformez les segments en personas</translation>
        </message>
        <message>
            <source>Name each segment, read its persona card (traits, channels, value) and export the persona report as a PDF. Save the project to reopen it exactly as you left it.</source>
            <translation>Nommez chaque segment, lisez sa fiche persona (traits distinctifs, canaux, valeur) et exportez le rapport des personas en PDF. Enregistrez le projet pour le rouvrir exactement tel que vous l'avez laissé.</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Page d'accueil</translation>
        </message>
        <message>
            <source>SegmentScope</source>
            <translation>SegmentScope</translation>
        </message>
        <message>
            <source>Turn behavioural customer data into segments you can act on.</source>
            <translation>Transformez vos données clients comportementales en segments exploitables.</translation>
        </message>
        <message>
            <source>&amp;Open your customer data…</source>
            <translation>&amp;Ouvrir vos données clients…</translation>
        </message>
        <message>
            <source>A CSV file, an SQLite database or a SegmentScope project</source>
            <translation>Un fichier CSV, une base SQLite ou un projet SegmentScope</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Essayer la &amp;démo</translation>
        </message>
        <message>
            <source>50,000 synthetic customers of an online shop</source>
            <translation>50 000 clients synthétiques d'une boutique en ligne</translation>
        </message>
        <message>
            <source>&amp;Recent projects</source>
            <translation>Projets &amp;récents</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Projets récents</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Visite guidée</translation>
        </message>
        <message>
            <source>Dismiss the tour</source>
            <translation>Fermer la visite guidée</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>Do&amp;ne</source>
            <translation>&amp;Terminer</translation>
        </message>
    </context>
    <context>
        <name>seg::StatusPanel</name>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the running computation (Esc)</source>
            <translation>Arrêter le calcul en cours (Échap)</translation>
        </message>
        <message>
            <source>Quality of the current segmentation:
Silhouette (−1 to 1, higher is better; on a 5,000-customer sample)
Davies–Bouldin (lower is better)
Calinski–Harabasz (higher is better)
ARI: agreement with the known segments (1 = identical, 0 = chance)</source>
            <translation>Qualité de la segmentation actuelle :
Silhouette (−1 à 1, plus haut = meilleur ; sur un échantillon de 5 000 clients)
Davies–Bouldin (plus bas = meilleur)
Calinski–Harabasz (plus haut = meilleur)
ARI : accord avec les segments connus (1 = identiques, 0 = hasard)</translation>
        </message>
        <message>
            <source>Notes on the data</source>
            <translation>Remarques sur les données</translation>
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
            <translation>Aucune donnée</translation>
        </message>
        <message>
            <source> (%1 in segments, %2 noise, %3 set aside as outliers)</source>
            <translation> (%1 dans des segments, %2 en bruit, %3 mis de côté comme valeurs atypiques)</translation>
        </message>
        <message>
            <source> (%1 in segments, %2 noise)</source>
            <translation> (%1 dans des segments, %2 en bruit)</translation>
        </message>
        <message>
            <source> (%1 segmented, %2 set aside as outliers)</source>
            <translation> (%1 segmentés, %2 mis de côté comme valeurs atypiques)</translation>
        </message>
        <message>
            <source> (%1 segmented)</source>
            <translation> (%1 segmentés)</translation>
        </message>
        <message>
            <source>&lt;p&gt;While reading and preparing the data:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Click to keep this list open.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Lors de la lecture et de la préparation des données :&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Cliquez pour garder cette liste ouverte.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>While reading and preparing the data, SegmentScope noted:</source>
            <translation>Lors de la lecture et de la préparation des données, SegmentScope a relevé :</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  ·  %1 feature(s)</source>
            <translation>
                <numerusform>  ·  %1 variable</numerusform>
                <numerusform>  ·  %1 variables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 note(s) on the data</source>
            <translation>
                <numerusform>%1 remarque sur les données</numerusform>
                <numerusform>%1 remarques sur les données</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SweepPresenter</name>
        <message>
            <source>This algorithm finds the number of segments itself: there is no k to choose.</source>
            <translation>Cet algorithme trouve lui-même le nombre de segments : il n'y a pas de k à choisir.</translation>
        </message>
        <message>
            <source>Computing k = %1 …</source>
            <translation>Calcul de k = %1 …</translation>
        </message>
    </context>
    <context>
        <name>seg::TableOpener</name>
        <message>
            <source>Cannot read %1: the file does not exist or is not readable.</source>
            <translation>Impossible de lire %1 : le fichier n'existe pas ou n'est pas lisible.</translation>
        </message>
        <message>
            <source>%1 is a folder; choose a file in it.</source>
            <translation>%1 est un dossier ; choisissez un fichier à l'intérieur.</translation>
        </message>
        <message>
            <source>%1 is a pipe or a device, not a file. The explorer reads its data more than once (for the preview, then for the import), so it needs a file: save the data to a file and open that.</source>
            <translation>%1 est un tube ou un périphérique, pas un fichier. L'explorateur lit ses données plusieurs fois (pour l'aperçu, puis pour l'importation) : il lui faut donc un fichier. Enregistrez les données dans un fichier et ouvrez celui-ci.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message numerus="yes">
            <source>Generating %1 demo customer(s)…</source>
            <translation>
                <numerusform>Génération de %1 client de démonstration…</numerusform>
                <numerusform>Génération de %1 clients de démonstration…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ValueChecks</name>
        <message>
            <source>Does the purchase model fit?</source>
            <translation>Le modèle d'achat est-il adapté ?</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln customers</source>
            <translation>
                <numerusform>%1 · %Ln client</numerusform>
                <numerusform>%1 · %Ln clients</numerusform>
            </translation>
        </message>
        <message>
            <source> · calibration period to %1</source>
            <translation> · période de calibration jusqu'au %1</translation>
        </message>
        <message>
            <source> · holdout period to %1</source>
            <translation> · période réservée jusqu'au %1</translation>
        </message>
        <message>
            <source>BG/NBD (Fader, Hardie &amp; Lee 2005) models how often each customer buys and whether they are still a customer. These are the checks its authors use: how many customers it expects at each number of repeat purchases, and how many purchases it forecasts after the period it was fitted on.</source>
            <translation>BG/NBD (Fader, Hardie &amp; Lee 2005) modélise la fréquence d'achat de chaque client et la probabilité qu'il soit encore actif. Voici les vérifications qu'utilisent ses auteurs : combien de clients il attend pour chaque nombre d'achats répétés, et combien d'achats il prévoit après la période sur laquelle il a été ajusté.</translation>
        </message>
        <message>
            <source>Customers by repeat purchases in the calibration period</source>
            <translation>Clients par nombre d'achats répétés sur la période de calibration</translation>
        </message>
        <message>
            <source>Purchases in the holdout period, by repeat purchases in calibration</source>
            <translation>Achats sur la période réservée, par nombre d'achats répétés en calibration</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Observés</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>Attendus BG/NBD</translation>
        </message>
        <message>
            <source>Bars of like height say the model describes how often these customers buy; a gap at the right says it misjudges the most frequent buyers.</source>
            <translation>Des barres de hauteur semblable indiquent que le modèle décrit bien la fréquence d'achat de ces clients ; un écart à droite indique qu'il évalue mal les acheteurs les plus fréquents.</translation>
        </message>
        <message>
            <source>No holdout period: give --holdout-end to compare the model's forecast with the purchases made after the calibration period.</source>
            <translation>Pas de période réservée : indiquez --holdout-end pour comparer la prévision du modèle aux achats réalisés après la période de calibration.</translation>
        </message>
        <message>
            <source>Made (mean)</source>
            <translation>Réalisés (moyenne)</translation>
        </message>
        <message>
            <source>Predicted (mean)</source>
            <translation>Prévus (moyenne)</translation>
        </message>
        <message>
            <source>Over the %1 %2 of the holdout period the model predicted %3 purchases; %4 were made (%5 of the forecast). Bars of like height in every group say the forecast holds for light and heavy buyers alike.</source>
            <translation>Sur les %1 %2 de la période réservée, le modèle a prévu %3 achats ; %4 ont été réalisés (%5 de la prévision). Des barres de hauteur semblable dans chaque groupe indiquent que la prévision tient aussi bien pour les petits que pour les gros acheteurs.</translation>
        </message>
    </context>
    <context>
        <name>seg::Workspace</name>
        <message>
            <source>Segment map</source>
            <translation>Carte des segments</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Feature heatmap</source>
            <translation>Carte de chaleur des variables</translation>
        </message>
    </context>
    <context>
        <name>segscope</name>
        <message>
            <source>unknown option %1: options start with two dashes, such as --%2</source>
            <translation>option inconnue %1 : les options commencent par deux tirets, comme --%2</translation>
        </message>
        <message>
            <source>option --%1 takes no value</source>
            <translation>l'option --%1 ne prend pas de valeur</translation>
        </message>
        <message>
            <source>option --%1 needs a value</source>
            <translation>l'option --%1 attend une valeur</translation>
        </message>
        <message>
            <source>option --%1 is given twice</source>
            <translation>l'option --%1 est donnée deux fois</translation>
        </message>
        <message>
            <source>unknown option --%1</source>
            <translation>option inconnue --%1</translation>
        </message>
        <message>
            <source>option --%1 expects a whole number, got '%2'</source>
            <translation>l'option --%1 attend un nombre entier, reçu '%2'</translation>
        </message>
        <message>
            <source>option --%1 must be between %2 and %3, got %4</source>
            <translation>l'option --%1 doit être comprise entre %2 et %3, reçu %4</translation>
        </message>
        <message>
            <source>option --%1 expects a number, got '%2'</source>
            <translation>l'option --%1 attend un nombre, reçu '%2'</translation>
        </message>
        <message>
            <source>project create makes a new project: --project does not apply</source>
            <translation>project create crée un nouveau projet : --project ne s'applique pas</translation>
        </message>
        <message>
            <source>cluster --project reads the project's data: give no INPUT file</source>
            <translation>cluster --project lit les données du projet : ne donnez pas de fichier INPUT</translation>
        </message>
        <message>
            <source>--%1 applies when data is read; the project's data was read when it was made (segscope project create)</source>
            <translation>--%1 s'applique à la lecture des données ; celles du projet ont été lues à sa création (segscope project create)</translation>
        </message>
        <message>
            <source>project create needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>project create attend exactement un fichier INPUT (CSV ou SQLite)</translation>
        </message>
        <message>
            <source>cluster needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>cluster attend exactement un fichier INPUT (CSV ou SQLite)</translation>
        </message>
        <message>
            <source>project create needs --out, the project file to write (P.segscope)</source>
            <translation>project create requiert --out, le fichier projet à écrire (P.segscope)</translation>
        </message>
        <message>
            <source>--hash-ids applies to project create</source>
            <translation>--hash-ids s'applique à project create</translation>
        </message>
        <message>
            <source>--note annotates a run of a project: give --project</source>
            <translation>--note annote une exécution d'un projet : indiquez --project</translation>
        </message>
        <message>
            <source>--k: %1 finds the number of segments itself; leave --k out</source>
            <translation>--k : %1 détermine lui-même le nombre de segments ; omettez --k</translation>
        </message>
        <message>
            <source>cluster needs --k, the number of segments</source>
            <translation>cluster requiert --k, le nombre de segments</translation>
        </message>
        <message>
            <source>--hash-ids needs --id-column, the column of customer ids to hash</source>
            <translation>--hash-ids requiert --id-column, la colonne des identifiants clients à hacher</translation>
        </message>
        <message>
            <source>warning: %1
</source>
            <translation>avertissement : %1
</translation>
        </message>
        <message>
            <source>note: %1
</source>
            <translation>remarque : %1
</translation>
        </message>
        <message>
            <source>transforms: %1; scaling %2
</source>
            <translation>transformations : %1 ; mise à l'échelle %2
</translation>
        </message>
        <message>
            <source>silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</source>
            <translation>silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</translation>
        </message>
        <message>
            <source>, ARI %1, NMI %2</source>
            <translation>, ARI %1, NMI %2</translation>
        </message>
        <message>
            <source>segment      size   share
</source>
            <translation>segment    taille    part
</translation>
        </message>
        <message>
            <source>  small</source>
            <translation>  petit</translation>
        </message>
        <message>
            <source>outlier</source>
            <translation>atypique</translation>
        </message>
        <message>
            <source>noise</source>
            <translation>bruit</translation>
        </message>
        <message>
            <source>--covariance: unknown covariance '%1'; available: diagonal, full</source>
            <translation>--covariance : covariance inconnue '%1' ; disponibles : diagonal, full</translation>
        </message>
        <message>
            <source>--%1 applies to --algorithm %2 only</source>
            <translation>--%1 ne s'applique qu'à --algorithm %2</translation>
        </message>
        <message>
            <source>--micro-clusters %1 is below --k %2</source>
            <translation>--micro-clusters %1 est inférieur à --k %2</translation>
        </message>
        <message>
            <source>--micro-clusters %1 is above --exact-limit %2</source>
            <translation>--micro-clusters %1 est supérieur à --exact-limit %2</translation>
        </message>
        <message>
            <source>--start-sample %1 is below --k %2</source>
            <translation>--start-sample %1 est inférieur à --k %2</translation>
        </message>
        <message>
            <source>--algorithms: %1 does not cut the customers into --k segments; consensus runs kmeans, minibatch, gmm or ward</source>
            <translation>--algorithms : %1 ne découpe pas les clients en --k segments ; consensus exécute kmeans, minibatch, gmm ou ward</translation>
        </message>
        <message>
            <source>--algorithms needs at least one algorithm</source>
            <translation>--algorithms requiert au moins un algorithme</translation>
        </message>
        <message>
            <source>the k-distance curve suggests no eps (most customers share their place with %1 others); give --eps</source>
            <translation>la courbe des k-distances ne suggère aucun eps (la plupart des clients partagent leur position avec %1 autres) ; indiquez --eps</translation>
        </message>
        <message>
            <source>eps %1: the knee of the %2-distance curve; give --eps to choose another</source>
            <translation>eps %1 : le coude de la courbe des %2-distances ; indiquez --eps pour en choisir un autre</translation>
        </message>
        <message>
            <source>minimum cluster size %1: 1% of the customers; give --min-cluster-size to choose another</source>
            <translation>taille minimale de segment %1 : 1 % des clients ; indiquez --min-cluster-size pour en choisir une autre</translation>
        </message>
        <message>
            <source>segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments</source>
            <translation>segment(s) %1 : moins de %2 % des clients chacun ; probablement des valeurs atypiques plutôt que des segments</translation>
        </message>
        <message>
            <source>segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments (see --outliers)</source>
            <translation>segment(s) %1 : moins de %2 % des clients chacun ; probablement des valeurs atypiques plutôt que des segments (voir --outliers)</translation>
        </message>
        <message>
            <source>%1 row(s) without a customer id left out</source>
            <translation>%1 ligne(s) sans identifiant client écartée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid date left out</source>
            <translation>%1 ligne(s) sans date valide écartée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) dated in the future left out</source>
            <translation>%1 ligne(s) datée(s) dans le futur écartée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid amount left out</source>
            <translation>%1 ligne(s) sans montant valide écartée(s)</translation>
        </message>
        <message>
            <source>%1 row(s) with a negative amount counted as returns, not purchases</source>
            <translation>%1 ligne(s) à montant négatif comptée(s) comme retours, pas comme achats</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) counted once</source>
            <translation>%1 ligne(s) en double comptée(s) une seule fois</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) kept (--drop-duplicates counts them once)</source>
            <translation>%1 ligne(s) en double conservée(s) (--drop-duplicates les compte une seule fois)</translation>
        </message>
        <message>
            <source>%1 row(s) with a quantity that is not a number: their quantity left out</source>
            <translation>%1 ligne(s) dont la quantité n'est pas un nombre : quantité ignorée</translation>
        </message>
        <message>
            <source>%1; the first: %2</source>
            <translation>%1 ; la première : %2</translation>
        </message>
        <message>
            <source>clv needs exactly one TRANSACTIONS file (CSV or SQLite)</source>
            <translation>clv attend exactement un fichier TRANSACTIONS (CSV ou SQLite)</translation>
        </message>
        <message>
            <source>clv needs --json OUT, the file for the fitted models and totals</source>
            <translation>clv requiert --json OUT, le fichier des modèles ajustés et des totaux</translation>
        </message>
        <message>
            <source>a customer summary (--frequency-column) needs --%1 too</source>
            <translation>un résumé par client (--frequency-column) requiert aussi --%1</translation>
        </message>
        <message>
            <source>--%1 is for a transaction log; with --frequency-column the input is one row per customer</source>
            <translation>--%1 concerne un journal des transactions ; avec --frequency-column, l'entrée comporte une ligne par client</translation>
        </message>
        <message>
            <source>clv needs --%1 (or a customer summary with --frequency-column, --recency-column, --tenure-column and --monetary-column)</source>
            <translation>clv requiert --%1 (ou un résumé par client avec --frequency-column, --recency-column, --tenure-column et --monetary-column)</translation>
        </message>
        <message>
            <source>--time-unit: %1</source>
            <translation>--time-unit : %1</translation>
        </message>
        <message>
            <source>--holdout-end %1 must be after --calibration-end %2</source>
            <translation>--holdout-end %1 doit être postérieure à --calibration-end %2</translation>
        </message>
        <message>
            <source>--calibration-end %1 is after today (%2): the calibration period must have ended (give --today for data exported on another day)</source>
            <translation>--calibration-end %1 est postérieure à aujourd'hui (%2) : la période de calibration doit être terminée (indiquez --today pour des données exportées un autre jour)</translation>
        </message>
        <message>
            <source>the input</source>
            <translation>l'entrée</translation>
        </message>
        <message>
            <source>--charts is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)</source>
            <translation>--charts n'est pas disponible : ce segscope a été compilé sans les bibliothèques graphiques (SEG_BUILD_GUI=OFF)</translation>
        </message>
        <message>
            <source>the %1 fit ended with status '%2': its figures may be off</source>
            <translation>l'ajustement %1 s'est terminé avec le statut '%2' : ses chiffres peuvent être faussés</translation>
        </message>
        <message>
            <source>the Gamma-Gamma fit has q = %1 &lt;= 1: the mean spend per purchase does not exist, so no value is given to customers without a repeat purchase</source>
            <translation>l'ajustement Gamma-Gamma donne q = %1 &lt;= 1 : la dépense moyenne par achat n'existe pas, aucune valeur n'est donc attribuée aux clients sans achat répété</translation>
        </message>
        <message>
            <source>BG/NBD: r %1, alpha %2, a %3, b %4, log-likelihood %5
</source>
            <translation>BG/NBD : r %1, alpha %2, a %3, b %4, log-vraisemblance %5
</translation>
        </message>
        <message>
            <source>Gamma-Gamma: p %1, q %2, gamma %3, log-likelihood %4; frequency/spend correlation %5
</source>
            <translation>Gamma-Gamma : p %1, q %2, gamma %3, log-vraisemblance %4 ; corrélation fréquence/dépenses %5
</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <source>%1 %2: the project has no such run; its runs are %3</source>
            <translation>%1 %2 : le projet n'a pas cette exécution ; ses exécutions : %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>%1 must be a run number (1, 2, …), not '%2'; see segscope project runs</source>
            <translation>%1 doit être un numéro d'exécution (1, 2, …), pas '%2' ; voir segscope project runs</translation>
        </message>
        <message>
            <source>run %1 (%2, k %3, seed %4)</source>
            <translation>exécution %1 (%2, k %3, graine %4)</translation>
        </message>
        <message>
            <source>segment %1 stayed as %2 (%3 of its customers; they make up %4 of it)</source>
            <translation>le segment %1 est resté stable, en %2 (%3 de ses clients ; ils en représentent %4)</translation>
        </message>
        <message>
            <source>segment %1 split into %2 (largest part %3 of its customers)</source>
            <translation>le segment %1 s'est scindé en %2 (plus grande part : %3 de ses clients)</translation>
        </message>
        <message>
            <source>segment %1 merged into %2 with small parts of other segments (%3 of its customers; %4 of %2)</source>
            <translation>le segment %1 s'est fondu dans %2 avec de petites parts d'autres segments (%3 de ses clients ; %4 de %2)</translation>
        </message>
        <message>
            <source>segment %1 merged with %2 into %3 (%4 of its customers; %5 of %3)</source>
            <translation>le segment %1 a fusionné avec %2 en %3 (%4 de ses clients ; %5 de %3)</translation>
        </message>
        <message>
            <source>segment %1 is gone: no segment of run %2 took %3 of its customers (the most any took: %4)</source>
            <translation>le segment %1 a disparu : aucun segment de l'exécution %2 n'a repris %3 de ses clients (la plus forte part : %4)</translation>
        </message>
        <message>
            <source>segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there</source>
            <translation>le segment %1 de l'exécution %2 est nouveau : aucun segment de l'exécution %3 n'y a envoyé %4 de ses clients</translation>
        </message>
        <message>
            <source>segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there; most of it came from %5</source>
            <translation>le segment %1 de l'exécution %2 est nouveau : aucun segment de l'exécution %3 n'y a envoyé %4 de ses clients ; l'essentiel provient de %5</translation>
        </message>
        <message>
            <source>same data, spec, options and seed: identical assignments</source>
            <translation>mêmes données, spécification, options et graine : affectations identiques</translation>
        </message>
        <message>
            <source>same data, spec, options and seed, but other assignments: the runs were made by engine %1 and %2</source>
            <translation>mêmes données, spécification, options et graine, mais d'autres affectations : les exécutions proviennent des versions %1 et %2 du moteur</translation>
        </message>
        <message>
            <source>same data, spec, options and seed, but other assignments</source>
            <translation>mêmes données, spécification, options et graine, mais d'autres affectations</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>run %1</source>
            <translation>exécution %1</translation>
        </message>
        <message>
            <source>run %1's segments (rows) against run %2's (columns): customers, and the share of the row
</source>
            <translation>segments de l'exécution %1 (lignes) par rapport à ceux de l'exécution %2 (colonnes) : clients et part de la ligne
</translation>
        </message>
        <message>
            <source>project compare needs the project and two run numbers: segscope project compare P.segscope RUN_A RUN_B</source>
            <translation>project compare requiert le projet et deux numéros d'exécution : segscope project compare P.segscope RUN_A RUN_B</translation>
        </message>
        <message>
            <source>the project</source>
            <translation>le projet</translation>
        </message>
        <message>
            <source>%1 against %2
</source>
            <translation>%1 par rapport à %2
</translation>
        </message>
        <message>
            <source>customers compared  %1 (only in run %2: %3; only in run %4: %5)
</source>
            <translation>clients comparés      %1 (uniquement dans l'exécution %2 : %3 ; uniquement dans l'exécution %4 : %5)
</translation>
        </message>
        <message>
            <source>adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)
</source>
            <translation>indice de Rand ajusté %1 (1 : les mêmes segments ; environ 0 : pas plus semblables que le hasard)
</translation>
        </message>
        <message>
            <source>reproduction        %1
</source>
            <translation>reproduction          %1
</translation>
        </message>
        <message>
            <source>what happened to the segments (a part counts from %1 of a segment's customers):
</source>
            <translation>évolution des segments (une part compte à partir de %1 des clients d'un segment) :
</translation>
        </message>
        <message>
            <source>--algorithms: %1 finds the number of segments itself; consensus runs algorithms that take --k</source>
            <translation>--algorithms : %1 détermine lui-même le nombre de segments ; consensus exécute des algorithmes qui prennent --k</translation>
        </message>
        <message>
            <source>--resampling: unknown method '%1'; available: subsample, bootstrap</source>
            <translation>--resampling : méthode inconnue '%1' ; disponibles : subsample, bootstrap</translation>
        </message>
        <message>
            <source>consensus needs --k, the number of segments</source>
            <translation>consensus requiert --k, le nombre de segments</translation>
        </message>
        <message>
            <source>--subsample must be above 0</source>
            <translation>--subsample doit être supérieur à 0</translation>
        </message>
        <message>
            <source>--sample %1 is below --k %2</source>
            <translation>--sample %1 est inférieur à --k %2</translation>
        </message>
        <message>
            <source>--k %1 needs at least as many customers; %2 has %3</source>
            <translation>--k %1 requiert au moins autant de clients ; %2 en contient %3</translation>
        </message>
        <message>
            <source>the %1 runs find other segments than the consensus (mean ARI %2 against it); every customer's agreement counts their votes: leave it out of --algorithms to measure agreement among the others</source>
            <translation>les exécutions de %1 trouvent d'autres segments que le consensus (ARI moyen %2 par rapport à lui) ; l'accord de chaque client compte leurs votes : retirez cet algorithme de --algorithms pour mesurer l'accord entre les autres</translation>
        </message>
        <message>
            <source>%1% of the customers agree with their segment in fewer than 80% of the runs: %2 segments may not be the data's grouping; try another --k</source>
            <translation>%1 % des clients sont en accord avec leur segment dans moins de 80 % des exécutions : %2 segments ne reflètent peut-être pas le regroupement des données ; essayez une autre valeur de --k</translation>
        </message>
        <message>
            <source>%1 runs (%2 per algorithm) on %3 customers each; co-association on %4 customers
</source>
            <translation>%1 exécutions (%2 par algorithme) sur %3 clients chacune ; co-association sur %4 clients
</translation>
        </message>
        <message>
            <source>customers agreeing with their segment in fewer than 80% of the runs: %1 (%2%)
</source>
            <translation>clients en accord avec leur segment dans moins de 80 % des exécutions : %1 (%2 %)
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
            <translation>segment</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>clients</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>accord</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>consensus</translation>
        </message>
        <message>
            <source>%1 runs against the consensus: mean ARI %2
</source>
            <translation>exécutions de %1 par rapport au consensus : ARI moyen %2
</translation>
        </message>
        <message>
            <source>%1 names an empty column</source>
            <translation>%1 donne un nom de colonne vide</translation>
        </message>
        <message>
            <source>column '%1' is given two roles: %2 (%3) and %4 (%5)</source>
            <translation>la colonne '%1' reçoit deux rôles : %2 (%3) et %4 (%5)</translation>
        </message>
        <message>
            <source>--role expects COLUMN=ROLE, such as --role Region=categorical, not '%1'</source>
            <translation>--role attend COLUMN=ROLE, comme --role Region=categorical, pas '%1'</translation>
        </message>
        <message>
            <source>--role %1: %2</source>
            <translation>--role %1 : %2</translation>
        </message>
        <message>
            <source>a key</source>
            <translation>une clé</translation>
        </message>
        <message>
            <source>known segments</source>
            <translation>segments connus</translation>
        </message>
        <message>
            <source>personal data</source>
            <translation>données personnelles</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>écartée</translation>
        </message>
        <message>
            <source>every column is excluded by --exclude %1</source>
            <translation>toutes les colonnes sont exclues par --exclude %1</translation>
        </message>
        <message>
            <source>--exclude leaves out %1</source>
            <translation>--exclude écarte %1</translation>
        </message>
        <message>
            <source>the customer id column '%1' (--id-column) is never a feature</source>
            <translation>la colonne d'identifiant client '%1' (--id-column) n'est jamais une variable</translation>
        </message>
        <message>
            <source>the label column '%1' (--label-column) is never a feature</source>
            <translation>la colonne des segments connus '%1' (--label-column) n'est jamais une variable</translation>
        </message>
        <message>
            <source>'%1' is %2 (role %3: %4), not a feature</source>
            <translation>'%1' : %2 (rôle %3 : %4), pas une variable</translation>
        </message>
        <message>
            <source>chosen on the command line</source>
            <translation>choisi en ligne de commande</translation>
        </message>
        <message>
            <source>column '%1' has no values (all NULL)</source>
            <translation>la colonne '%1' n'a aucune valeur (toutes NULL)</translation>
        </message>
        <message>
            <source>column '%1' has no values (all empty or missing markers)</source>
            <translation>la colonne '%1' n'a aucune valeur (toutes vides ou marquées manquantes)</translation>
        </message>
        <message>
            <source>no column is left to map: %1</source>
            <translation>il ne reste aucune colonne pour la carte : %1</translation>
        </message>
        <message>
            <source>no column is left to cluster: %1</source>
            <translation>il ne reste aucune colonne pour la segmentation : %1</translation>
        </message>
        <message>
            <source>; name the columns to use with --columns</source>
            <translation>; indiquez les colonnes à utiliser avec --columns</translation>
        </message>
        <message>
            <source>--%1 is for a transaction log: give its date column with --date-column too</source>
            <translation>--%1 concerne un journal des transactions : indiquez aussi sa colonne de date avec --date-column</translation>
        </message>
        <message>
            <source>a transaction log (--date-column) needs --id-column, the column of the customer each purchase belongs to</source>
            <translation>un journal des transactions (--date-column) requiert --id-column, la colonne du client auquel appartient chaque achat</translation>
        </message>
        <message>
            <source>--label-column cannot be used with a transaction log: known segments belong to customers, and the log's rows are purchases</source>
            <translation>--label-column ne peut pas être utilisé avec un journal des transactions : les segments connus se rapportent aux clients, et les lignes du journal sont des achats</translation>
        </message>
        <message>
            <source>--holdout-end needs --calibration-end: the holdout is the time between them</source>
            <translation>--holdout-end requiert --calibration-end : la période de validation est l'intervalle entre les deux</translation>
        </message>
        <message>
            <source>--features cannot be combined with --columns or --exclude</source>
            <translation>--features ne peut pas être combiné avec --columns ou --exclude</translation>
        </message>
        <message>
            <source>standard input ('-') can be INPUT or the --features file, not both</source>
            <translation>l'entrée standard ('-') peut être INPUT ou le fichier --features, pas les deux</translation>
        </message>
        <message>
            <source>--label-column %1 is the --id-column too; the known segments need a column of their own (ids are unique, so every customer would be a segment of one)</source>
            <translation>--label-column %1 est aussi la colonne --id-column ; les segments connus requièrent leur propre colonne (les identifiants sont uniques : chaque client formerait un segment à lui seul)</translation>
        </message>
        <message>
            <source>--columns '%1' names no column; give the columns to %2 separated by commas, e.g. --columns visits,spend</source>
            <translation>--columns '%1' ne nomme aucune colonne ; indiquez les colonnes %2, séparées par des virgules, p. ex. --columns visits,spend</translation>
        </message>
        <message>
            <source>map</source>
            <translation>pour la carte</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>pour la segmentation</translation>
        </message>
        <message>
            <source>--%1: %2</source>
            <translation>--%1 : %2</translation>
        </message>
        <message>
            <source>demo-data takes no positional argument; write the file with --out FILE.csv</source>
            <translation>demo-data ne prend pas d'argument positionnel ; écrivez le fichier avec --out FILE.csv</translation>
        </message>
        <message>
            <source>demo-data needs --out FILE.csv</source>
            <translation>demo-data requiert --out FILE.csv</translation>
        </message>
        <message>
            <source>embed needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>embed attend exactement un fichier INPUT (CSV ou SQLite)</translation>
        </message>
        <message>
            <source>embed needs --out, the map file to write (id,x,y per customer)</source>
            <translation>embed requiert --out, le fichier de carte à écrire (id,x,y par client)</translation>
        </message>
        <message>
            <source>--method must be umap or pca, not '%1'</source>
            <translation>--method doit valoir umap ou pca, pas '%1'</translation>
        </message>
        <message>
            <source>--%1 is a UMAP parameter; it has no meaning with --method pca</source>
            <translation>--%1 est un paramètre UMAP ; il n'a pas de sens avec --method pca</translation>
        </message>
        <message>
            <source>--min-dist %1 is greater than --spread %2; it must not exceed it</source>
            <translation>--min-dist %1 est supérieur à --spread %2 ; il ne doit pas le dépasser</translation>
        </message>
        <message>
            <source>--neighbors %1: it must be at least 2 and less than the number of customers to map (%2 in %3)</source>
            <translation>--neighbors %1 : la valeur doit être au moins 2 et inférieure au nombre de clients à cartographier (%2 dans %3)</translation>
        </message>
        <message>
            <source>trustworthiness needs more than %1 customers; there are %2</source>
            <translation>la fiabilité requiert plus de %1 clients ; il y en a %2</translation>
        </message>
        <message>
            <source>; trustworthiness %1 (15 neighbours, %2 rows)</source>
            <translation>; fiabilité %1 (15 voisins, %2 lignes)</translation>
        </message>
        <message>
            <source>export-sql needs one project: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME</source>
            <translation>export-sql requiert un projet : segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME</translation>
        </message>
        <message>
            <source>export-sql needs --dialect: sqlite, postgresql, spark or bigquery</source>
            <translation>export-sql requiert --dialect : sqlite, postgresql, spark ou bigquery</translation>
        </message>
        <message>
            <source>export-sql needs --table, the table of customers to score (schema.table where the warehouse needs it)</source>
            <translation>export-sql requiert --table, la table des clients à affecter (schema.table si l'entrepôt de données l'exige)</translation>
        </message>
        <message>
            <source>export-sql needs --id-column: the project names no column that identifies a customer</source>
            <translation>export-sql requiert --id-column : le projet ne désigne aucune colonne identifiant un client</translation>
        </message>
        <message>
            <source>%1 -: an output is a file, and '-' would create a file named '-'; give /dev/stdout to write to standard output</source>
            <translation>%1 - : une sortie est un fichier, et '-' créerait un fichier nommé '-' ; indiquez /dev/stdout pour écrire sur la sortie standard</translation>
        </message>
        <message>
            <source>%1 %2 is the same file as %3 %4; refusing to overwrite an input</source>
            <translation>%1 %2 est le même fichier que %3 %4 ; refus d'écraser une entrée</translation>
        </message>
        <message>
            <source>%1 %2 is the same file as %3 %4; each output needs a file of its own</source>
            <translation>%1 %2 est le même fichier que %3 %4 ; chaque sortie requiert son propre fichier</translation>
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
            <translation>utilisation : segscope cluster INPUT [options]

Segmente les clients de INPUT (un fichier CSV ou une base SQLite) et écrit
un segment par client ainsi qu'un résumé JSON. INPUT peut être - (entrée standard) ou
un tube pour un CSV ; le CSV doit être en UTF-8, avec des lignes d'au plus 64 Mio.

  --table NAME              table ou vue à lire dans une base SQLite (requise
                            si elle en contient plusieurs)
  --delimiter D             séparateur CSV : , ; | tab, space (suites d'espaces)
                            ou un autre caractère (par défaut : détecté)
  --k K                     nombre de segments (requis sauf pour dbscan, hdbscan)
  --algorithm A             kmeans (par défaut) ; gmm, un mélange gaussien (EM) ; ward,
                            hiérarchique ; dbscan ou hdbscan, qui déterminent eux-mêmes
                            le nombre de segments (sans --k) ; minibatch,
                            mini-batch k-means lisant un fichier par blocs, pour les fichiers
                            plus grands que la mémoire ; consensus, les segments sur lesquels
                            s'accordent de nombreuses exécutions de kmeans, gmm et ward
  --seed S                  graine aléatoire (par défaut 42, comme dans l'explorateur) ;
                            même graine, même résultat
  --n-init N                redémarrages k-means++, la plus faible inertie gagne (par défaut 10) ;
                            gmm : exécutions EM depuis des départs k-means (par défaut 3)
  --max-iter N              itérations par redémarrage (par défaut 300 ; gmm 200)
  --tol X                   tolérance relative de déplacement des centroïdes (par défaut 1e-4) ;
                            gmm : gain moyen de log-vraisemblance par client (par défaut 1e-3)
  --covariance diagonal|full   gmm : une variance par variable (par défaut) ou une matrice
                            de covariance complète par segment
  --regularization X        gmm : ajouté à chaque variance (par défaut 1e-6)
  --exact-limit N           ward : nombre max. de clients segmentés exactement (par défaut 50000) ;
  --micro-clusters N        au-delà, Ward fusionne N centres k-means (par défaut 2000)
  --eps X                   dbscan : rayon du voisinage (par défaut : le coude de la
                            courbe des k-distances)
  --min-samples N           dbscan, hdbscan : voisins d'un cœur dense (par défaut 5)
  --min-cluster-size N      hdbscan : plus petit segment (par défaut 1 % des clients)
  --batch-size N            minibatch : clients par mini-lot (par défaut 1024)
  --epochs N                minibatch : nombre max. de passes sur le fichier (par défaut 3)
  --start-sample N          minibatch : échantillon pour les transformations et le départ
                            (par défaut 100000)
  --algorithms a,b          consensus : les algorithmes qui votent (par défaut
                            kmeans,gmm,ward)
  --runs-per-algorithm N    consensus : exécutions de chacun (par défaut 10)
  --id-column C             colonne d'identifiant client (vérifiée : doublons, manques) ;
                            '' = aucune colonne n'est la clé (les lignes sont les clients)
  --label-column C          segments connus : ajoute ARI et NMI aux métriques
  --role COL=ROLE           rôle d'une colonne (répétable) : id, label, numeric,
                            categorical, value, date, personal ou ignored
  --sensitive a,b           ces colonnes sont des attributs sensibles (comme l'âge ou le sexe
                            d'après leur nom) : signalées comme variables, montrées dans la
                            composition du rapport, conservées marquées dans un projet
  --categorical a,b         ces colonnes sont des catégories (une variable 0/1 par modalité)
  --value-columns a,b       ces colonnes sont monétaires (achats)
  --date-columns a,b        ces colonnes sont des dates (nombres YYYYMMDD compris)
  --date-order O            month-first (par défaut) ou day-first : dates à barres obliques
                            dont la colonne ne révèle pas l'ordre
  --date-column C           INPUT est un journal des transactions (une ligne par achat) : ses
                            clients, identifiés par --id-column, sont segmentés selon leurs achats,
                            le temps écoulé depuis le dernier, leur ancienneté et leurs dépenses
                            (docs/value.md) ; avec elle :
  --amount-column C         le coût de chaque ligne (négatif : un retour), ou
  --price-column C          le prix unitaire, avec --quantity-column C (les unités)
  --channel-column C, --category-column C   facultatif : parts par canal, catégories
  --calibration-end DATE    état des clients à cette date (par défaut : la dernière date)
  --holdout-end DATE        réserver les achats jusqu'à cette date pour la validation
  --today DATE              les dates postérieures sont des erreurs (par défaut : aujourd'hui, UTC)
  --columns a,b,c           segmenter sur exactement ces colonnes
  --exclude a,b             exclure ces colonnes des variables suggérées
  --features SPEC.json      groupes de variables, poids et transformations (docs/feature-spec.md)
  --scale zscore|robust|minmax|none     mise à l'échelle (par défaut zscore ; robust : médiane
                            et IQR, pour que les clients extrêmes ne fixent pas l'échelle)
  --outliers T              mettre de côté les clients au-delà d'un score z robuste de T (médiane,
                            MAD) sur une variable quelconque : segment -1, non segmentés
                            (par défaut 0 = désactivé ; 5 à 10 est l'usage)
  --impute median|mean|mode|drop        valeurs manquantes (par défaut median)
  --silhouette-sample N     lignes pour la silhouette, 0 = toutes (par défaut 10000)
  --threads T               threads de calcul, 0 = tous les cœurs (par défaut 0)
  --out ASSIGN.csv          écrire id,segment,distance par client
  --json SUMMARY.json       écrire le résumé (paramètres, métriques, segments, durées)
  --project P.segscope      segmenter les données du projet au lieu de INPUT (ne donnez pas
                            de INPUT) et ajouter l'exécution au projet (docs/projects.md)
  --note TEXT               avec --project : l'annotation de l'exécution
  --quiet                   n'afficher que les avertissements et les erreurs
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
            <translation>utilisation : segscope sweep INPUT --json OUT.json [--k-min K] [--k-max K] [options]

Segmente INPUT pour chaque k de --k-min à --k-max et écrit, pour chaque k,
l'inertie, la silhouette et les indices de Davies-Bouldin et de Calinski-Harabasz (avec
--algorithm gmm, aussi la log-vraisemblance, le BIC et l'AIC), avec le k qu'ils suggèrent
et pourquoi (docs/cli.md). INPUT, les rôles des colonnes, les variables et les options de
segmentation (--algorithm, --seed, --n-init, --max-iter, --tol, --restart-sample,
--covariance, --regularization, --outliers) sont les mêmes que pour 'segscope cluster'.

  --k-min K                 plus petit k (par défaut 2)
  --k-max K                 plus grand k (par défaut 12), inférieur au nombre de clients
  --silhouette-sample N     clients sur lesquels les silhouettes sont mesurées, les mêmes
                            pour chaque k (par défaut 10000)
  --gap-references B        la statistique gap pour k = 1..--k-max par rapport à B ensembles
                            de référence uniformes (par défaut 10 ; 0 = désactivé)
  --prediction-splits N     force de prédiction sur N partages aléatoires en deux (par défaut
                            5 ; 0 = désactivé)
  --threads T               threads de calcul, 0 = tous les cœurs (par défaut 0)
  --json OUT.json           les chiffres et la recommandation (requis)
  --quiet                   n'afficher que les avertissements et les erreurs
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
            <translation>utilisation : segscope stability INPUT --k K --json OUT.json [options]

Segmente INPUT en K segments et mesure la confiance à leur accorder : l'indice de Rand
ajusté moyen entre la segmentation et des réajustements avec d'autres graines, et la
stabilité bootstrap de chaque segment (Hennig 2007 : la similarité de Jaccard moyenne
du segment avec son meilleur homologue quand des clients rééchantillonnés sont resegmentés).
Les segments en dessous de 0,6 sont instables. INPUT, les rôles des colonnes, les variables
et les options de segmentation sont les mêmes que pour 'segscope cluster'.

  --k K                     nombre de segments (requis sauf pour dbscan, hdbscan)
  --runs N                  réajustements avec d'autres graines (par défaut 5)
  --bootstrap N             rééchantillons bootstrap (par défaut 20)
  --bootstrap-sample N      clients par rééchantillon (par défaut 5000 ; tous s'il y en a moins)
  --noise X                 réajuster après ajout à chaque valeur d'un bruit gaussien d'écart-type
                            X (en unités mises à l'échelle ; par défaut 0.05 ; 0 = désactivé)
  --noise-runs N            réajustements bruités, comparés par ARI (par défaut 5)
  --prediction-splits N     force de prédiction à K sur N partages en deux, chaque moitié
                            contenant la moitié de chaque segment (par défaut 5 ; 0 = désactivé)
  --threads T               threads de calcul, 0 = tous les cœurs (par défaut 0)
  --json OUT.json           les chiffres par segment (requis)
  --quiet                   n'afficher que les avertissements et les erreurs
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
            <translation>utilisation : segscope consensus INPUT --k K --json OUT.json [--out AGREEMENT.csv] [options]

Segmente de nombreuses fois des clients rééchantillonnés avec plusieurs algorithmes, compte
combien de fois chaque paire de clients se retrouve dans le même groupe, et découpe ces
comptages en K segments par lien moyen (consensus clustering, Monti et al. 2003).
Chaque client reçoit le segment avec lequel il est le plus en accord, et son accord : la
part des exécutions qui le placent avec les clients de son segment (1 : accord unanime).
INPUT, les rôles des colonnes et les variables sont les mêmes que pour 'segscope cluster'.

  --k K                     nombre de segments (requis)
  --algorithms A,B          les algorithmes qui votent, chacun avec ses réglages par défaut à K
                            (par défaut kmeans,gmm,ward)
  --runs N                  exécutions par algorithme (par défaut 10)
  --subsample F             part des clients sur laquelle chaque exécution est ajustée, 0..1
                            (par défaut 0.8)
  --resampling M            subsample (par défaut : sans remise) ou
                            bootstrap (avec remise)
  --fit-rows N              au plus N clients par exécution (par défaut 10000 ; 0 = sans
                            limite) ; le modèle de chaque exécution affecte ensuite tous les clients
  --sample M                clients sur lesquels la matrice de co-association est calculée
                            et découpée (par défaut 2000, au plus 5000)
  --seed S                  graine aléatoire (par défaut 42) ; même graine, même résultat
  --threads T               threads de calcul, 0 = tous les cœurs (par défaut 0)
  --json OUT.json           par segment, sa taille et son accord moyen ; la part des
                            clients en dessous de 0,8 (requis)
  --out AGREEMENT.csv       id,segment,agreement par client
  --quiet                   n'afficher que les avertissements et les erreurs
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
            <translation>utilisation : segscope clv TRANSACTIONS --customer-column C --date-column C --amount-column C
                           --calibration-end YYYY-MM-DD --json OUT [options]
              segscope clv CUSTOMERS --frequency-column C --recency-column C --tenure-column C
                           --monetary-column C --json OUT [options]

Ajuste le modèle BG/NBD des achats répétés et le modèle Gamma-Gamma de la dépense par
achat à un journal des transactions (CSV ou SQLite, un achat par ligne) et écrit pour chaque
client ses achats attendus, sa probabilité d'être encore actif, ses dépenses attendues et sa
valeur vie client (docs/value.md). Une table avec une ligne par client et sa fréquence,
sa récence, son T et son montant peut être fournie à la place.

  --customer-column C       colonne d'identifiant client
  --date-column C           colonne de date d'achat (ISO, barres obliques, points ou YYYYMMDD)
  --amount-column C         colonne de montant ; les montants négatifs sont des retours
  --price-column C          au lieu de --amount-column : le prix unitaire ; le montant d'une
                            ligne vaut --quantity-column x prix
  --quantity-column C       facultatif : unités par ligne
  --channel-column C        facultatif : canal de vente (parts par client)
  --category-column C       facultatif : catégorie de produit (diversité par client)
  --calibration-end DATE    dernier jour de la période de calibration (YYYY-MM-DD)
  --holdout-end DATE        dernier jour d'une période de validation : achats prédits et réels
                            comparés dans les diagnostics JSON
  --today DATE              les dates postérieures sont des erreurs dans les données (par défaut :
                            la date du jour, UTC)
  --drop-duplicates         compter une seule fois les lignes en tout identiques (par défaut :
                            conservées et signalées)
  --frequency-column C, --recency-column C, --tenure-column C, --monetary-column C
                            un résumé par client au lieu d'un journal (temps en --time-unit)
  --time-unit day|week|month   unité de la récence, de T et de l'horizon (par défaut week)
  --horizon N               horizon de prévision en unités de temps (par défaut un an :
                            365, 52 ou 12)
  --discount X              taux d'actualisation par unité de temps (par défaut 0)
  --margin X                part des dépenses constituant la marge, 0..1 (par défaut 1)
  --table NAME              table ou vue d'une base SQLite
  --delimiter D             séparateur CSV (par défaut : détecté)
  --date-order O            month-first (par défaut) ou day-first, pour les dates à barres obliques
  --threads T               threads de calcul, 0 = tous les cœurs (par défaut 0)
  --json OUT.json           les modèles, totaux, diagnostics et problèmes de données (requis)
  --out CUSTOMERS.csv       par client : id, frequency, recency, T, monetary,
                            expected_purchases, p_alive, expected_spend, clv
  --charts CHECKS.pdf       les contrôles du modèle en graphiques : clients par nombre d'achats
                            répétés, observés et attendus, et, avec une période de validation,
                            ses achats, réalisés et prédits
  --quiet                   n'afficher que les avertissements et les erreurs
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
            <translation>utilisation : segscope embed INPUT --out EMB.csv [options]

Projette les clients de INPUT en deux dimensions (la carte des segments) et écrit
id,x,y par client. INPUT, les rôles des colonnes et les variables sont lus et
préparés exactement comme par 'segscope cluster' (voir son aide pour --table, --delimiter,
--id-column, --label-column, --role, --categorical, --value-columns,
--date-columns, --date-order, --columns, --exclude, --features, --scale, --impute).

  --method umap|pca         UMAP (par défaut : préserve les voisins de chaque client) ou
                            les deux premières composantes principales
  --neighbors N             taille du voisinage UMAP, de 2 à lignes - 1 (par défaut 15)
  --min-dist X              resserrement des points UMAP, de 0 à --spread (par défaut 0.1)
  --spread X                échelle de la carte UMAP (par défaut 1)
  --metric M                euclidean (par défaut), manhattan ou cosine
  --fit-sample N            ajuster UMAP sur N clients tirés au hasard et placer les
                            autres sur leur carte (par défaut 100000)
  --epochs N                époques d'optimisation UMAP, 0 = selon la taille (par défaut : 500
                            jusqu'à 10 000 clients ajustés, sinon 200)
  --seed S                  graine aléatoire (par défaut 42) ; même graine, même carte
  --threads T               threads de calcul, 0 = tous les cœurs (par défaut 0) ; la carte
                            n'en dépend pas
  --out EMB.csv             écrire id,x,y par client (requis)
  --json SUMMARY.json       écrire le résumé (paramètres, initialisation utilisée, durées)
  --quality N               ajouter au résumé la fiabilité (15 voisins) mesurée sur N clients
                            tirés au hasard (N &gt; 30)
  --quiet                   n'afficher que les avertissements et les erreurs
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
            <translation>utilisation : segscope report INPUT --k K [options de cluster et de valeur] --pdf OUT.pdf
                       [--page-size A4|Letter] [--xlsx OUT.xlsx] [--segments-csv F]
                       [--personas-csv F] [--customers-csv F]
              segscope report --project P.segscope [--run N] [options de valeur] --pdf OUT.pdf ...

Avec --project : l'exécution N du projet (par défaut : l'exécution courante) telle quelle,
avec les noms de segments et la campagne enregistrée pour elle (segscope lift), sans
nouvelle segmentation.

Segmente INPUT comme 'segscope cluster' (mêmes options de lecture, de rôles, de variables et
de segmentation : --table, --delimiter, --id-column, --label-column, --role,
--categorical, --value-columns, --date-columns, --date-order, --columns, --exclude,
--features, --scale, --impute, --algorithm, --seed, --n-init, --max-iter, --tol,
--restart-sample, --outliers, --silhouette-sample, --threads), valorise les clients
comme 'segscope clv' pour un résumé par client, rédige un persona par segment et
écrit le rapport de personas (docs/personas.md). Aucun affichage graphique requis. Au moins
une sortie ; toutes sont écrites ensemble, ou aucune.

  --k K                     nombre de segments, de 1 à 30 (requis)
  --frequency-column C, --recency-column C, --tenure-column C [--monetary-column C]
                            les colonnes du modèle de valeur (par défaut : trouvées par leur
                            nom, comme frequency, recency, T, monetary_value)
  --time-unit day|week|month   unité de la récence, de T et de l'horizon (par défaut week)
  --horizon N               horizon de prévision en unités de temps (par défaut un an)
  --discount X              taux d'actualisation par unité de temps (par défaut 0)
  --margin X                part des dépenses constituant la marge, 0..1 (par défaut 1)
  --map pca|umap            carte de la vue d'ensemble (par défaut pca ; umap comme l'explorateur,
                            environ 90 s pour 100 000 clients)
  --sweep-max K             silhouette et inertie pour k = 2..K sur la page des méthodes
                            (par défaut 10 ; 0 = aucune)
  --stability-runs N        réajustements avec d'autres graines comparés par ARI (par défaut 2)
  --pdf OUT.pdf             le rapport de personas
  --page-size A4|Letter     format de page du rapport (par défaut A4)
  --locale NAME             nombres et dates comme dans NAME, par exemple fr_FR (par défaut :
                            celle du système)
  --title TEXT              le titre du rapport
  --min-segment-size N      les segments de moins de N clients sont masqués : ni chiffres,
                            ni persona, ni composition (par défaut 10 ; 0 = aucun)
  --xlsx OUT.xlsx           classeur : Segments, Personas, Customers, About
  --segments-csv F          la table des segments avec intervalles à 95 %
  --personas-csv F          les personas : libellé, description, canaux, notes
  --customers-csv F         le segment et la valeur vie client de chaque client
  --quiet                   n'afficher que les avertissements et les erreurs
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
            <translation>utilisation : segscope project create INPUT --out P.segscope [--hash-ids] [options de cluster]
              segscope project info P.segscope [--json]
              segscope project runs P.segscope [--json]
              segscope project compare P.segscope RUN_A RUN_B [--json OUT.json]

Un projet (docs/projects.md) conserve les clients importés, chaque exécution avec son
modèle ajusté, les noms de segments et la vue de l'explorateur dans un seul fichier
qui s'ouvre sans les données source.

  create      lit INPUT comme 'cluster' (mêmes options de lecture et de rôle) et
              écrit le projet ; avec --k, ajoute aussi la première exécution. Les colonnes
              de rôle personal sont répertoriées, mais leurs valeurs ne sont pas enregistrées.
    --hash-ids      remplacer les valeurs de --id-column par des hachages salés
    --note TEXT     l'annotation de la première exécution
  info        version du format, source, empreinte, confidentialité, colonnes et effectifs
  runs        chaque exécution : paramètres, métriques, annotation ; * marque la courante ;
              'même que' désigne une exécution antérieure aux mêmes données, spécification,
              options et graine (! si ses affectations diffèrent)
  --json      afficher du JSON au lieu du texte
  compare     où se trouvent dans l'exécution B les clients des segments de l'exécution A :
              tableau des effectifs et des parts, indice de Rand ajusté, et quels segments
              sont restés, scindés, fusionnés, disparus ou nouveaux (une part compte à partir
              de 20 % d'un segment) ; sur les clients que les deux exécutions affectent
    --json OUT.json  écrire aussi la comparaison en JSON

Ajoutez des exécutions avec 'segscope cluster --project P.segscope --k K'. Un projet
illisible, endommagé ou plus récent provoque une sortie avec le code 4.
</translation>
        </message>
        <message>
            <source>usage: segscope export P.segscope --out ASSIGN.csv [--run N] [--no-record]

Writes the assignments of run N (default: the current run) as 'cluster --out'
does: id,segment,distance per customer, ids as stored (hashed when the project
hashes them). See 'segscope project runs' for the run numbers. Each export is
recorded in the project for audit (--no-record leaves it untouched).
</source>
            <translation>utilisation : segscope export P.segscope --out ASSIGN.csv [--run N] [--no-record]

Écrit les affectations de l'exécution N (par défaut : l'exécution courante) comme le fait
'cluster --out' : id,segment,distance par client, identifiants tels qu'enregistrés (hachés
si le projet les hache). Voir 'segscope project runs' pour les numéros d'exécution. Chaque
export est enregistré dans le projet à des fins d'audit (--no-record le laisse intact).
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
            <translation>utilisation : segscope score P.segscope NEW.csv|NEW.db --out SCORES.csv|SCORES.jsonl [--run N]
                             [--json SUMMARY.json] [--format csv|jsonl] [--id-column C]
                             [--table T] [--delimiter D] [--date-order O] [--psi-threshold X]
                             [--share-threshold X] [--fail-on-drift] [--no-record] [--threads T]
                             [--quiet]

Affecte de nouveaux clients aux segments de l'exécution N (par défaut : l'exécution courante) avec
les transformations et le modèle propres à cette exécution, en lisant le fichier par blocs. Chaque
client reçoit son identifiant, son segment et le nom de celui-ci, sa distance au centre du segment,
sa marge par rapport au centre suivant, une confiance (0..1) et un indicateur d'anomalie avec sa
raison : plus éloigné que 99 clients sur 100 du segment, une modalité que l'exécution n'a jamais
vue, une valeur hors de la plage de l'exécution. Le résumé compare la part de chaque segment à sa
part dans l'exécution. Le fichier doit avoir les colonnes de l'exécution (une erreur nomme toute
colonne manquante) ; la colonne d'identifiant est celle du projet, sauf indication contraire de
--id-column. Dérive : indice de stabilité de population de chaque colonne et part de chaque segment
par rapport à celles de l'exécution ; le réentraînement est recommandé au-delà de --psi-threshold
(0.25) ou de --share-threshold (0.05), et --fail-on-drift sort alors avec le code 5. Le résumé de
chaque lot est enregistré dans le projet (--no-record le laisse intact). Voir docs/cli.md.
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
            <translation>utilisation : segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME
                                  [--id-column C] [--run N] [--out QUERY.sql] [--no-record]

Écrit une requête SQL qui affecte les clients de la table NAME aux segments de l'exécution N (par
défaut : la courante) dans l'entrepôt : valeurs d'imputation, transformations, mise à l'échelle et
poids de l'exécution, puis le centre le plus proche (ou la composante de mélange la plus probable).
Elle renvoie ce qu'écrit 'segscope score' : id, segment, segment_name, distance, margin, confidence
et anomaly (0/1). NAME peut être schema.table ; chaque partie est entre guillemets : écrivez-la
comme l'entrepôt. La colonne d'identifiant est celle du projet, sauf indication contraire de
--id-column. Une exécution par densité (DBSCAN, HDBSCAN) ne tient pas en une requête. La requête va
sur la sortie standard, sauf si --out nomme un fichier. Chaque requête écrite est consignée dans le
projet pour audit (--no-record le laisse intact). Voir docs/scoring-sql.md.
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
            <translation>utilisation : segscope serve P.segscope [--port N] [--bind ADDRESS] [--run N] [--threads T]
                             [--max-batch N] [--max-body-mb M] [--quiet]

Affecte des clients via HTTP aux segments de l'exécution N (par défaut : l'exécution courante) :
POST /score avec {"customers": [{"column": value, ...}, ...]} renvoie pour chaque client son
segment, sa distance, sa confiance et son indicateur d'anomalie, comme segscope score. GET /health
indique la version du modèle ; GET /model, les colonnes et les segments. Écoute par défaut sur
127.0.0.1, port 8750 (port 0 : un port libre quelconque ; la ligne écrite sur la sortie standard
indique lequel). Les requêtes malformées, trop volumineuses (plus de N clients, par défaut 10000, ou
M Mo, par défaut 16) ou au mauvais schéma reçoivent une réponse 4xx avec un message JSON. SIGHUP
recharge le projet (la nouvelle exécution courante est alors servie) ; SIGTERM et SIGINT arrêtent le
service. T threads de requête (par défaut : 4 par cœur, au moins 8). Voir docs/scoring-service.md.
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
            <translation>utilisation : segscope retrain P.segscope NEW.csv --out NEXT.segscope [--run N] [--if-drift]
                               [--fallback] [--silhouette-tolerance X] [--min-stability X]
                               [--min-segment-share X] [--psi-threshold X] [--share-threshold X]
                               [--json SUMMARY.json] [--no-record] [--quiet]

Réajuste l'exécution N (par défaut : la courante) sur les clients de NEW avec la même spécification
et les mêmes options, et juge le réajustement face à l'exécution sur ces mêmes clients. Le
réajustement remplace l'exécution si sa silhouette est inférieure d'au plus X à celle de l'exécution
(par défaut 0.02), si ses segments tiennent d'une graine à l'autre (stabilité d'au moins 0,8) et si
aucun ne contient moins de 2 % des clients. NEXT est alors écrit : un projet des clients de NEW dont
l'exécution poursuit la numérotation, avec les noms de segments, les personas et les notes reportés
sur les segments qui leur succèdent (appariés par clients communs) ; les segments restés, scindés,
fusionnés, retirés ou apparus sont affichés et enregistrés. Sinon, l'exécution est conservée et NEXT
n'est pas écrit ; --fallback essaie auparavant k-means avec ses réglages par défaut, selon les mêmes
règles. --if-drift ne réentraîne que si NEW a dérivé par rapport à l'exécution (au sens de segscope
score). Le projet enregistre chaque réentraînement (--no-record le laisse intact).
Code de sortie 0 si NEXT a été écrit, 6 si l'exécution est conservée. Voir docs/retraining.md.
</translation>
        </message>
        <message>
            <source>usage: segscope demo-data --out FILE.csv [--rows N] [--seed S] [--threads T] [--clv-inputs]

Writes the synthetic demo customer base (docs/demo-data.md): N customers (default 50000)
from seed S (default 7), with the generating segment in the column true_segment.
--clv-inputs adds the lifetime-value inputs frequency, recency, T and monetary_value
(weeks), for segscope clv; give them --role NAME=ignored when clustering the file.
</source>
            <translation>utilisation : segscope demo-data --out FILE.csv [--rows N] [--seed S] [--threads T] [--clv-inputs]

Écrit la base clients synthétique de démonstration (docs/demo-data.md) : N clients (par défaut
50000) issus de la graine S (par défaut 7), avec le segment générateur dans la colonne true_segment.
--clv-inputs ajoute les entrées de valeur vie client frequency, recency, T et monetary_value (en
semaines), pour segscope clv ; attribuez-leur --role NAME=ignored pour segmenter le fichier.
</translation>
        </message>
        <message>
            <source>usage: segscope help [COMMAND]
</source>
            <translation>utilisation : segscope help [COMMAND]
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
            <translation>utilisation : segscope COMMAND [options]

Commandes :
  cluster     répartir des clients en segments
  sweep       qualité d'ajustement sur une plage de k, et le k suggéré
  stability   solidité d'une segmentation selon les graines et les rééchantillonnages
  consensus   segments communs à de nombreuses segmentations ; accord de chaque client
  clv         ajuster les modèles d'achats et de dépenses ; valeur vie client
  embed       cartographier les clients en 2-D (UMAP ou PCA)
  report      le rapport de personas (PDF), le classeur (XLSX) et les tables CSV
  demo-data   écrire la base clients synthétique de démonstration
  project     créer un fichier projet, montrer son contenu et ses exécutions, les comparer
  export      écrire les affectations d'une exécution d'un projet
  score       affecter de nouveaux clients aux segments d'un projet (scoring), anomalies signalées
  export-sql  la requête SQL qui affecte une table de l'entrepôt aux segments d'un projet
  lift        l'uplift d'une campagne sur la conversion et le chiffre d'affaires, par segment
  retrain     réajuster une exécution sur de nouveaux clients ; ne la garder que si meilleure
  serve       affecter des clients via HTTP (JSON)
  help        afficher l'aide d'une commande

Options :
  --version   afficher la version
  --help      afficher cette aide

Codes de sortie : 0 ok, 2 erreur d'utilisation, 3 données d'entrée invalides, 4 erreur d'E/S,
5 dérive (score --fail-on-drift), 6 le modèle courant est conservé (retrain).
Voir 'segscope help COMMAND' pour les options d'une commande.
</translation>
        </message>
        <message>
            <source>segscope: unknown command '%1'
</source>
            <translation>segscope : commande inconnue '%1'
</translation>
        </message>
        <message>
            <source>--delimiter must be one character such as , ; | or the word tab or space (not a quote or a line break), not '%1'</source>
            <translation>--delimiter doit être un caractère comme , ; | ou le mot tab ou space (ni guillemet ni saut de ligne), pas '%1'</translation>
        </message>
        <message>
            <source>--date-order must be month-first (3/31/2024) or day-first (31/3/2024), not '%1'</source>
            <translation>--date-order doit valoir month-first (3/31/2024) ou day-first (31/3/2024), pas '%1'</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, such as 1997-09-30, not '%2'</source>
            <translation>--%1 doit être une date au format YYYY-MM-DD, comme 1997-09-30, pas '%2'</translation>
        </message>
        <message>
            <source>--table %1 reads a table of an SQLite database, but %2 is not one (it does not start with the SQLite header); leave out --table to read it as CSV</source>
            <translation>--table %1 lit une table d'une base SQLite, mais %2 n'en est pas une (il ne commence pas par l'en-tête SQLite) ; omettez --table pour le lire comme CSV</translation>
        </message>
        <message>
            <source>%1 (with --table NAME)</source>
            <translation>%1 (avec --table NAME)</translation>
        </message>
        <message>
            <source>a transaction log needs either --amount-column (what each line cost) or --price-column with --quantity-column (the unit price and the units)</source>
            <translation>un journal des transactions requiert soit --amount-column (le coût de chaque ligne), soit --price-column avec --quantity-column (le prix unitaire et les unités)</translation>
        </message>
        <message>
            <source>--price-column needs --quantity-column: a line's amount is quantity x unit price</source>
            <translation>--price-column requiert --quantity-column : le montant d'une ligne vaut quantité x prix unitaire</translation>
        </message>
        <message>
            <source>--%1 %2: %3 has no such column</source>
            <translation>--%1 %2 : %3 n'a pas cette colonne</translation>
        </message>
        <message>
            <source>Holm's method</source>
            <translation>méthode de Holm</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg</source>
            <translation>méthode de Benjamini-Hochberg</translation>
        </message>
        <message>
            <source>nothing (no correction)</source>
            <translation>aucun (pas de correction)</translation>
        </message>
        <message>
            <source>all</source>
            <translation>ensemble</translation>
        </message>
        <message>
            <source>
Conversion: treated against control; difference in points with its %1% interval (Newcombe); p-values adjusted by %2
</source>
            <translation>
Conversion : groupe test contre groupe témoin ; différence en points avec son intervalle à %1 % (Newcombe) ; ajustement des valeurs p : %2
</translation>
        </message>
        <message>
            <source>segment                    treated  control  treated  control  difference [interval]        lift     p adj.
</source>
            <translation>segment                       test   témoin     test   témoin  différence [intervalle]    uplift   p ajust.
</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>non comparé</translation>
        </message>
        <message>
            <source>
Revenue per customer: treated against control; difference with its %1% bootstrap interval; p-values (Welch) adjusted by %2
</source>
            <translation>
Chiffre d'affaires par client : groupe test contre groupe témoin ; différence avec son intervalle bootstrap à %1 % ; ajustement des valeurs p (Welch) : %2
</translation>
        </message>
        <message>
            <source>segment                    treated  control  difference [interval]            lift     p adj.
</source>
            <translation>segment                       test   témoin  différence [intervalle]        uplift   p ajust.
</translation>
        </message>
        <message>
            <source>lift needs the project and the campaign: segscope lift P.segscope CAMPAIGN.csv</source>
            <translation>lift requiert le projet et la campagne : segscope lift P.segscope CAMPAIGN.csv</translation>
        </message>
        <message>
            <source>--correction %1: the corrections are holm (family-wise error), bh (false discovery rate) and none</source>
            <translation>--correction %1 : les corrections sont holm (erreur par famille de tests), bh (taux de fausses découvertes) et none</translation>
        </message>
        <message>
            <source>the campaign</source>
            <translation>la campagne</translation>
        </message>
        <message>
            <source>%1 has no column '%2' (the customer id): name it with --id-column</source>
            <translation>%1 n'a pas de colonne '%2' (l'identifiant client) : indiquez-la avec --id-column</translation>
        </message>
        <message>
            <source>%1: which column holds the arm (treatment or control)? None is called %2: name it with --arm-column</source>
            <translation>%1 : quelle colonne contient le groupe (test ou témoin) ? Aucune ne s'appelle %2 : indiquez-la avec --arm-column</translation>
        </message>
        <message>
            <source>%1 has neither a conversion column (%2) nor a revenue column (%3): name one with --conversion-column or --revenue-column</source>
            <translation>%1 n'a ni colonne de conversion (%2) ni colonne de chiffre d'affaires (%3) : indiquez-en une avec --conversion-column ou --revenue-column</translation>
        </message>
        <message>
            <source>warning: segment %1: %2
</source>
            <translation>avertissement : segment %1 : %2
</translation>
        </message>
        <message>
            <source>unknown command '%1'</source>
            <translation>commande inconnue '%1'</translation>
        </message>
        <message>
            <source>segscope: %1
</source>
            <translation>segscope : %1
</translation>
        </message>
        <message>
            <source>Run 'segscope help' for usage.
</source>
            <translation>Tapez 'segscope help' pour obtenir de l'aide.
</translation>
        </message>
        <message>
            <source>segscope: error: %1
</source>
            <translation>segscope : erreur : %1
</translation>
        </message>
        <message>
            <source>segscope: cancelled
</source>
            <translation>segscope : annulé
</translation>
        </message>
        <message>
            <source>segscope: out of memory
</source>
            <translation>segscope : mémoire insuffisante
</translation>
        </message>
        <message>
            <source>segscope: internal error: %1
</source>
            <translation>segscope : erreur interne : %1
</translation>
        </message>
        <message>
            <source>--k-max %1 is below --k-min %2</source>
            <translation>--k-max %1 est inférieur à --k-min %2</translation>
        </message>
        <message>
            <source>sweep varies k, and %1 finds the number of segments itself: use cluster or stability</source>
            <translation>sweep fait varier k, et %1 détermine lui-même le nombre de segments : utilisez cluster ou stability</translation>
        </message>
        <message>
            <source>--k-max %1 needs more customers than that; %2 has %3</source>
            <translation>--k-max %1 requiert davantage de clients ; %2 en contient %3</translation>
        </message>
        <message>
            <source>prediction strength needs twice --k-max customers; not measured</source>
            <translation>la force de prédiction requiert deux fois --k-max clients ; non mesurée</translation>
        </message>
        <message>
            <source>Gap statistic: k = 1, the customers are no more grouped than uniform data.</source>
            <translation>Statistique gap : k = 1, les clients ne sont pas plus regroupés que des données uniformes.</translation>
        </message>
        <message>
            <source>Gap statistic: k = %1, the smallest k that k + 1 does not improve on.</source>
            <translation>Statistique gap : k = %1, le plus petit k que k + 1 n'améliore pas.</translation>
        </message>
        <message>
            <source>Gap statistic: the gap still grows at k = %1; more segments may be warranted.</source>
            <translation>Statistique gap : le gap croît encore à k = %1 ; davantage de segments pourraient se justifier.</translation>
        </message>
        <message>
            <source>Prediction strength: k = %1 is the largest k whose segments, found on half of the customers, predict which customers belong together in the other half (0.8 or more).</source>
            <translation>Force de prédiction : k = %1 est le plus grand k dont les segments, trouvés sur une moitié des clients, prédisent quels clients vont ensemble dans l'autre moitié (0,8 ou plus).</translation>
        </message>
        <message>
            <source>Prediction strength: no k from %1 to %2 reaches 0.8; its segments do not reproduce across halves of the customers.</source>
            <translation>Force de prédiction : aucun k de %1 à %2 n'atteint 0,8 ; les segments ne se reproduisent pas d'une moitié des clients à l'autre.</translation>
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
            <translation>inertie</translation>
        </message>
        <message>
            <source>silhouette</source>
            <translation>silhouette</translation>
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
            <translation>gap</translation>
        </message>
        <message>
            <source>PS</source>
            <translation>FP</translation>
        </message>
        <message>
            <source>stability needs --k, the number of segments</source>
            <translation>stability requiert --k, le nombre de segments</translation>
        </message>
        <message>
            <source>prediction strength %1 is below 0.8: %2 segments found on half of the customers do not reliably reproduce on the other half</source>
            <translation>force de prédiction %1 inférieure à 0,8 : les %2 segments trouvés sur une moitié des clients ne se reproduisent pas de façon fiable sur l'autre moitié</translation>
        </message>
        <message>
            <source>prediction strength (half predicts half, %1 splits): %2
</source>
            <translation>force de prédiction (une moitié prédit l'autre, %1 partages) : %2
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
            <translation>jaccard</translation>
        </message>
        <message>
            <source>  unstable</source>
            <translation>  instable</translation>
        </message>
        <message>
            <source>%1 needs exactly one project file (P.segscope)</source>
            <translation>%1 attend exactement un fichier projet (P.segscope)</translation>
        </message>
        <message>
            <source>project      %1 (format version %2, saved by SegmentScope %3 at %4)
</source>
            <translation>projet       %1 (version de format %2, enregistré par SegmentScope %3 le %4)
</translation>
        </message>
        <message>
            <source>source       %1 (imported %2)
</source>
            <translation>source       %1 (importée le %2)
</translation>
        </message>
        <message>
            <source>customers    %1, fingerprint %2
</source>
            <translation>clients      %1, empreinte %2
</translation>
        </message>
        <message>
            <source>ids          no id column
</source>
            <translation>identifiants aucune colonne d'identifiant
</translation>
        </message>
        <message>
            <source>ids          column '%1'%2
</source>
            <translation>identifiants colonne '%1'%2
</translation>
        </message>
        <message>
            <source>, replaced by salted hashes</source>
            <translation>, remplacés par des hachages salés</translation>
        </message>
        <message>
            <source>columns      %1 (%2 stored)
</source>
            <translation>colonnes     %1 (%2 enregistrées)
</translation>
        </message>
        <message>
            <source>personal data, not stored</source>
            <translation>données personnelles, non enregistrées</translation>
        </message>
        <message>
            <source>runs         %1, current %2
</source>
            <translation>exécutions   %1, courante : %2
</translation>
        </message>
        <message>
            <source>names        %1 segment names, %2 view settings, %3 documents
</source>
            <translation>noms         %1 noms de segments, %2 réglages de vue, %3 documents
</translation>
        </message>
        <message>
            <source>  run  created               algorithm   k        seed  silhouette  same as  note
</source>
            <translation> exéc.  création             algorithme  k      graine  silhouette même que  note
</translation>
        </message>
        <message>
            <source>(no runs: add one with segscope cluster --project %1 --k K)
</source>
            <translation>(aucune exécution : ajoutez-en une avec segscope cluster --project %1 --k K)
</translation>
        </message>
        <message>
            <source>same as: an earlier run with the same data, spec, options and seed (! when its assignments differ)
</source>
            <translation>même que : une exécution antérieure avec les mêmes données, spécification, options et graine (! si ses affectations diffèrent)
</translation>
        </message>
        <message>
            <source>--run %1: the project has no such run; its runs are %2</source>
            <translation>--run %1 : le projet n'a pas cette exécution ; ses exécutions : %2</translation>
        </message>
        <message>
            <source>project needs a subcommand: create, info, runs or compare</source>
            <translation>project requiert une sous-commande : create, info, runs ou compare</translation>
        </message>
        <message>
            <source>unknown project subcommand '%1'; the subcommands are create, info, runs and compare</source>
            <translation>sous-commande de project inconnue '%1' ; les sous-commandes sont create, info, runs et compare</translation>
        </message>
        <message>
            <source>export needs --out, the assignments file to write (ASSIGN.csv)</source>
            <translation>export requiert --out, le fichier des affectations à écrire (ASSIGN.csv)</translation>
        </message>
        <message>
            <source>report is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)</source>
            <translation>report n'est pas disponible : ce segscope a été compilé sans les bibliothèques graphiques (SEG_BUILD_GUI=OFF)</translation>
        </message>
        <message>
            <source>report --project takes no INPUT: the project holds the customers</source>
            <translation>report --project ne prend pas de INPUT : le projet contient les clients</translation>
        </message>
        <message>
            <source>--%1: report --project reports a run as it was made; reading and feature options belong to the run</source>
            <translation>--%1 : report --project présente une exécution telle qu'elle a été faite ; les options de lecture et de variables sont celles de l'exécution</translation>
        </message>
        <message>
            <source>--%1: report --project reports a run as it was made; its clustering options are the run's</source>
            <translation>--%1 : report --project présente une exécution telle qu'elle a été faite ; ses options de segmentation sont celles de l'exécution</translation>
        </message>
        <message>
            <source>--k: report --project reports a run as it was made, with its number of segments</source>
            <translation>--k : report --project présente une exécution telle qu'elle a été faite, avec son nombre de segments</translation>
        </message>
        <message>
            <source>--run needs --project</source>
            <translation>--run requiert --project</translation>
        </message>
        <message>
            <source>report needs exactly one INPUT file (CSV or SQLite) of customers, or --project P.segscope</source>
            <translation>report attend exactement un fichier INPUT de clients (CSV ou SQLite), ou --project P.segscope</translation>
        </message>
        <message>
            <source>report needs --k, the number of segments</source>
            <translation>report requiert --k, le nombre de segments</translation>
        </message>
        <message>
            <source>report needs an output: --pdf OUT.pdf, --xlsx OUT.xlsx, --segments-csv, --personas-csv or --customers-csv</source>
            <translation>report requiert une sortie : --pdf OUT.pdf, --xlsx OUT.xlsx, --segments-csv, --personas-csv ou --customers-csv</translation>
        </message>
        <message>
            <source>--page-size applies to --pdf</source>
            <translation>--page-size s'applique à --pdf</translation>
        </message>
        <message>
            <source>--algorithm %1: the report is made for a chosen number of segments; use kmeans, gmm or ward</source>
            <translation>--algorithm %1 : le rapport porte sur un nombre de segments choisi ; utilisez kmeans, gmm ou ward</translation>
        </message>
        <message>
            <source>--k %1: a report has at most 30 segments (one page each)</source>
            <translation>--k %1 : un rapport comporte au plus 30 segments (une page chacun)</translation>
        </message>
        <message>
            <source>--map must be pca or umap, not '%1'</source>
            <translation>--map doit valoir pca ou umap, pas '%1'</translation>
        </message>
        <message>
            <source>the value model's columns need --frequency-column, --recency-column and --tenure-column together (--%1 is missing)</source>
            <translation>les colonnes du modèle de valeur requièrent ensemble --frequency-column, --recency-column et --tenure-column (--%1 manque)</translation>
        </message>
        <message>
            <source>--page-size must be A4 or Letter, not '%1'</source>
            <translation>--page-size doit valoir A4 ou Letter, pas '%1'</translation>
        </message>
        <message>
            <source>--locale: '%1' is not a locale Qt knows (such as en_US, de_DE or fr_FR)</source>
            <translation>--locale : '%1' n'est pas une locale connue de Qt (comme en_US, de_DE ou fr_FR)</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>entrée standard</translation>
        </message>
        <message>
            <source>%1 customers, k = %2: analysis %3 s, writing %4 s
</source>
            <translation>%1 clients, k = %2 : analyse %3 s, écriture %4 s
</translation>
        </message>
        <message>
            <source>%1: %2 pages
</source>
            <translation>%1 : %2 pages
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
            <translation>retrain requiert le projet et les nouveaux clients : segscope retrain P.segscope NEW.csv --out NEXT.segscope</translation>
        </message>
        <message>
            <source>retrain needs --out, the project to write with the retrained run (the current project stays as it is)</source>
            <translation>retrain requiert --out, le projet à écrire avec l'exécution réentraînée (le projet actuel reste inchangé)</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>conforme</translation>
        </message>
        <message>
            <source>The refit replaces run %1: %2 holds it as run %3.
</source>
            <translation>Le réajustement remplace l'exécution %1 : %2 la contient comme exécution %3.
</translation>
        </message>
        <message>
            <source>The refit failed the rules; the default segmentation replaces run %1: %2 holds it as run %3.
</source>
            <translation>Le réajustement ne respecte pas les règles ; la segmentation par défaut remplace l'exécution %1 : %2 la contient comme exécution %3.
</translation>
        </message>
        <message>
            <source>Run %1 stays: no candidate passed the rules. Nothing was written to %2.
</source>
            <translation>L'exécution %1 est conservée : aucun candidat ne respecte les règles. Rien n'a été écrit dans %2.
</translation>
        </message>
        <message>
            <source>--format %1: the formats are csv and jsonl (JSON lines)</source>
            <translation>--format %1 : les formats sont csv et jsonl (JSON lines)</translation>
        </message>
        <message>
            <source>score needs the project and the customers to score: segscope score P.segscope NEW.csv --out SCORES.csv</source>
            <translation>score requiert le projet et les clients à affecter : segscope score P.segscope NEW.csv --out SCORES.csv</translation>
        </message>
        <message>
            <source>score needs --out, the file of scores to write (SCORES.csv, or .jsonl for JSON lines)</source>
            <translation>score requiert --out, le fichier des affectations à écrire (SCORES.csv, ou .jsonl pour JSON lines)</translation>
        </message>
        <message>
            <source>--id-column %1: %2 has no such column</source>
            <translation>--id-column %1 : %2 n'a pas cette colonne</translation>
        </message>
        <message>
            <source>drift: %1
</source>
            <translation>dérive : %1
</translation>
        </message>
        <message>
            <source>segment   customers   share   in the run  name
</source>
            <translation>segment     clients    part   part exéc.  nom
</translation>
        </message>
        <message>
            <source>in no segment: %1
</source>
            <translation>dans aucun segment : %1
</translation>
        </message>
        <message>
            <source>retraining recommended: the drift lines on standard error say why
</source>
            <translation>réentraînement recommandé : les lignes 'dérive' de la sortie d'erreur en donnent la raison
</translation>
        </message>
        <message>
            <source>%1 customers, fewer than %2% of all %3: probably outliers rather than a segment to market to</source>
            <translation>%1 clients, moins de %2 % de l'ensemble (%3) : probablement des valeurs atypiques plutôt qu'un segment à cibler</translation>
        </message>
        <message>
            <source>serve needs one project: segscope serve P.segscope [--port N] [--bind 127.0.0.1]</source>
            <translation>serve requiert un projet : segscope serve P.segscope [--port N] [--bind 127.0.0.1]</translation>
        </message>
        <message>
            <source>warning: serving on %1 without authentication: anyone who reaches this address can score customers and read the model's columns
</source>
            <translation>avertissement : écoute sur %1 sans authentification : quiconque atteint cette adresse peut affecter des clients et lire les colonnes du modèle
</translation>
        </message>
        <message>
            <source>serving run %1 of %2 (model version %3) on http://%4:%5
</source>
            <translation>exécution %1 de %2 servie (version du modèle %3) sur http://%4:%5
</translation>
        </message>
        <message>
            <source>reloaded %1: model version %2
</source>
            <translation>%1 rechargé : version du modèle %2
</translation>
        </message>
        <message>
            <source>reload failed, still serving model version %1: %2
</source>
            <translation>échec du rechargement, la version du modèle %1 reste servie : %2
</translation>
        </message>
        <message>
            <source>--outliers needs every customer in memory; --algorithm minibatch reads the file in chunks: leave out --outliers, or use --algorithm kmeans</source>
            <translation>--outliers requiert tous les clients en mémoire ; --algorithm minibatch lit le fichier par blocs : omettez --outliers ou utilisez --algorithm kmeans</translation>
        </message>
        <message>
            <source>--impute drop leaves customers out, which a file read in chunks cannot do before clustering; use --impute median or mean with --algorithm minibatch</source>
            <translation>--impute drop écarte des clients, ce qu'un fichier lu par blocs ne permet pas avant la segmentation ; utilisez --impute median ou mean avec --algorithm minibatch</translation>
        </message>
        <message>
            <source>on the sample: silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</source>
            <translation>sur l'échantillon : silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</translation>
        </message>
        <message>
            <source>%1 needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>%1 attend exactement un fichier INPUT (CSV ou SQLite)</translation>
        </message>
        <message>
            <source>%1 needs --json, the summary to write</source>
            <translation>%1 requiert --json, le résumé à écrire</translation>
        </message>
        <message>
            <source>the runs differ in the feature spec</source>
            <translation>les exécutions diffèrent par la spécification des variables</translation>
        </message>
        <message>
            <source>the runs differ in the clustering options</source>
            <translation>les exécutions diffèrent par les options de segmentation</translation>
        </message>
        <message>
            <source>the runs differ in the outlier rule</source>
            <translation>les exécutions diffèrent par la règle des valeurs atypiques</translation>
        </message>
        <message>
            <source>the column '%1' (--%2) does not exist; the columns are: %3</source>
            <translation>la colonne '%1' (--%2) n'existe pas ; les colonnes sont : %3</translation>
        </message>
        <message>
            <source>over %1 day(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>sur %1 jour(s) : %2 achats attendus, dépenses %3, CLV %4 (moyenne %5 par client)
</translation>
        </message>
        <message>
            <source>over %1 week(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>sur %1 semaine(s) : %2 achats attendus, dépenses %3, CLV %4 (moyenne %5 par client)
</translation>
        </message>
        <message>
            <source>over %1 month(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>sur %1 mois : %2 achats attendus, dépenses %3, CLV %4 (moyenne %5 par client)
</translation>
        </message>
        <message>
            <source>feature spec key 'groups[%1].columns[%2]': the column '%3' is not in standard input; the columns are: %4</source>
            <translation>spécification des variables, clé 'groups[%1].columns[%2]' : la colonne '%3' ne figure pas dans l'entrée standard ; les colonnes sont : %4</translation>
        </message>
        <message>
            <source>feature spec key 'groups[%1].columns[%2]': the column '%3' is not in %4; the columns are: %5</source>
            <translation>spécification des variables, clé 'groups[%1].columns[%2]' : la colonne '%3' ne figure pas dans %4 ; les colonnes sont : %5</translation>
        </message>
        <message>
            <source>the label column '%1' (--label-column) does not exist; the columns are: %2</source>
            <translation>la colonne des segments connus '%1' (--label-column) n'existe pas ; les colonnes sont : %2</translation>
        </message>
        <message>
            <source>no column named '%1'; the header was read as the single column '%2': if the file uses a delimiter other than ',', ';', tab or '|', give it with --delimiter</source>
            <translation>aucune colonne nommée '%1' ; l'en-tête a été lu comme la seule colonne '%2' : si le fichier utilise un séparateur autre que ',', ';', la tabulation ou '|', indiquez-le avec --delimiter</translation>
        </message>
        <message>
            <source>%1; to read it as customers, give --id-column %2 with the log's --date-column and --amount-column (or --price-column and --quantity-column) (docs/data-import.md, "Transaction logs"); if each row really is one customer, say that no column is the key with --id-column ''</source>
            <translation>%1 ; pour lire ces données comme des clients, indiquez --id-column %2 avec les options --date-column et --amount-column du journal (ou --price-column et --quantity-column) (docs/data-import.md, "Transaction logs") ; si chaque ligne est réellement un client, indiquez qu'aucune colonne n'est la clé avec --id-column ''</translation>
        </message>
        <message>
            <source>the project has no customer id column, so the campaign's customers cannot be found in it: create the project with --id-column</source>
            <translation>le projet n'a pas de colonne d'identifiant client, les clients de la campagne ne peuvent donc pas y être retrouvés : créez le projet avec --id-column</translation>
        </message>
        <message>
            <source>'%1' is neither a treatment value (%2) nor a control value (%3): name them with --treatment and --control</source>
            <translation>'%1' n'est ni une valeur du groupe test (%2) ni une valeur du groupe témoin (%3) : indiquez-les avec --treatment et --control</translation>
        </message>
        <message>
            <source>'%1' is not a conversion: 1 or 0 (yes/no, true/false) was expected</source>
            <translation>'%1' n'est pas une conversion : 1 ou 0 (yes/no, true/false) était attendu</translation>
        </message>
        <message>
            <source>%1 of the campaign's customers are not in the project (%2) and are left out</source>
            <translation>%1 clients de la campagne ne figurent pas dans le projet (%2) et sont écartés</translation>
        </message>
        <message>
            <source>the project has no run yet; add one with segscope cluster --project</source>
            <translation>le projet n'a encore aucune exécution ; ajoutez-en une avec segscope cluster --project</translation>
        </message>
        <message>
            <source>the value column '%1' does not exist</source>
            <translation>la colonne '%1' du modèle de valeur n'existe pas</translation>
        </message>
        <message>
            <source>segment %1 continues as new segment %2</source>
            <translation>le segment %1 se poursuit dans le nouveau segment %2</translation>
        </message>
        <message>
            <source>segment %1 split into new segments %2</source>
            <translation>le segment %1 s'est scindé en nouveaux segments %2</translation>
        </message>
        <message>
            <source>segment %1 merged with segment %2 into new segment %3</source>
            <translation>le segment %1 a fusionné avec le segment %2 en un nouveau segment %3</translation>
        </message>
        <message>
            <source>segment %1 merged with segments %2 into new segment %3</source>
            <translation>le segment %1 a fusionné avec les segments %2 en un nouveau segment %3</translation>
        </message>
        <message>
            <source>segment %1 retired: its customers spread over other segments</source>
            <translation>le segment %1 a été retiré : ses clients se répartissent dans d'autres segments</translation>
        </message>
        <message>
            <source>new segment %1 appeared</source>
            <translation>un nouveau segment %1 est apparu</translation>
        </message>
        <message>
            <source>new segment %1 appeared, mostly from segment %2</source>
            <translation>un nouveau segment %1 est apparu, issu principalement du segment %2</translation>
        </message>
        <message>
            <source>new segment %1 appeared, mostly from segments %2</source>
            <translation>un nouveau segment %1 est apparu, issu principalement des segments %2</translation>
        </message>
        <message>
            <source>the file has no column '%1', the project's customer id: the retrained project keeps the same key</source>
            <translation>le fichier n'a pas de colonne '%1', l'identifiant client du projet : le projet réentraîné conserve la même clé</translation>
        </message>
        <message>
            <source>Retrained on %1 from run %2 of %3 (the default segmentation: the refit failed the rules)</source>
            <translation>Réentraînement sur %1 à partir de l'exécution %2 de %3 (la segmentation par défaut : le réajustement ne respecte pas les règles)</translation>
        </message>
        <message>
            <source>Retrained on %1 from run %2 of %3</source>
            <translation>Réentraînement sur %1 à partir de l'exécution %2 de %3</translation>
        </message>
        <message>
            <source>cannot listen on %1:%2 (is another program using the port, or is the address not this machine's?)</source>
            <translation>impossible d'écouter sur %1:%2 (un autre programme utilise-t-il le port, ou l'adresse n'est-elle pas celle de cette machine ?)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s), %3 columns stored; no run yet (add one with segscope cluster --project)
</source>
            <translation>
                <numerusform>%1 : %2 client, %3 colonnes enregistrées ; aucune exécution pour l'instant (ajoutez-en une avec segscope cluster --project)
</numerusform>
                <numerusform>%1 : %2 clients, %3 colonnes enregistrées ; aucune exécution pour l'instant (ajoutez-en une avec segscope cluster --project)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 features: %3 segment(s) found, %4 customers in none (noise); inertia %5
</source>
            <translation>
                <numerusform>%1 lignes, %2 variables : %3 segment trouvé, %4 clients hors segment (bruit) ; inertie %5
</numerusform>
                <numerusform>%1 lignes, %2 variables : %3 segments trouvés, %4 clients hors segment (bruit) ; inertie %5
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4; the segments %5 runs agree on
</source>
            <translation>
                <numerusform>%1 lignes, %2 variable, k = %3 : inertie %4 ; les segments sur lesquels %5 exécutions s'accordent
</numerusform>
                <numerusform>%1 lignes, %2 variables, k = %3 : inertie %4 ; les segments sur lesquels %5 exécutions s'accordent
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4 after %5 iterations
</source>
            <translation>
                <numerusform>%1 lignes, %2 variable, k = %3 : inertie %4 après %5 itérations
</numerusform>
                <numerusform>%1 lignes, %2 variables, k = %3 : inertie %4 après %5 itérations
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4
</source>
            <translation>
                <numerusform>%1 lignes, %2 variable, k = %3 : inertie %4
</numerusform>
                <numerusform>%1 lignes, %2 variables, k = %3 : inertie %4
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>--min-samples %1 is more than the %2 customer(s)</source>
            <translation>
                <numerusform>--min-samples %1 dépasse le nombre de clients (%2)</numerusform>
                <numerusform>--min-samples %1 dépasse le nombre de clients (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>frequency and spend per purchase are correlated (%1 over %2 repeat customer(s)): the Gamma-Gamma model assumes they are not, so its values are biased</source>
            <translation>
                <numerusform>la fréquence et la dépense par achat sont corrélées (%1 sur %2 client récurrent) : le modèle Gamma-Gamma suppose qu'elles ne le sont pas, ses valeurs sont donc biaisées</numerusform>
                <numerusform>la fréquence et la dépense par achat sont corrélées (%1 sur %2 clients récurrents) : le modèle Gamma-Gamma suppose qu'elles ne le sont pas, ses valeurs sont donc biaisées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2 with repeat purchases), time unit %3
</source>
            <translation>
                <numerusform>%1 client (%2 avec des achats répétés), unité de temps %3
</numerusform>
                <numerusform>%1 clients (%2 avec des achats répétés), unité de temps %3
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 day(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>période de validation (%1 jour) : %2 achats prévus, %3 réalisés
</numerusform>
                <numerusform>période de validation (%1 jours) : %2 achats prévus, %3 réalisés
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 week(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>période de validation (%1 semaine) : %2 achats prévus, %3 réalisés
</numerusform>
                <numerusform>période de validation (%1 semaines) : %2 achats prévus, %3 réalisés
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 month(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>période de validation (%1 mois) : %2 achats prévus, %3 réalisés
</numerusform>
                <numerusform>période de validation (%1 mois) : %2 achats prévus, %3 réalisés
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %1 demo customer(s) (seed %2) to %3
</source>
            <translation>
                <numerusform>%1 client de démonstration (graine %2) écrit dans %3
</numerusform>
                <numerusform>%1 clients de démonstration (graine %2) écrits dans %3
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s): UMAP map (%3 start, %4 epochs) in %5 s</source>
            <translation>
                <numerusform>%1 lignes, %2 variable : carte UMAP (initialisation %3, %4 époques) en %5 s</numerusform>
                <numerusform>%1 lignes, %2 variables : carte UMAP (initialisation %3, %4 époques) en %5 s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s): PCA map in %3 s</source>
            <translation>
                <numerusform>%1 lignes, %2 variable : carte PCA en %3 s</numerusform>
                <numerusform>%1 lignes, %2 variables : carte PCA en %3 s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none of the campaign's %1 customer(s) is in the project (ids like '%2' in column '%3'): is it the same customer base, and the same id column?</source>
            <translation>
                <numerusform>aucun client de la campagne (%1 au total) ne figure dans le projet (identifiants comme '%2' dans la colonne '%3') : s'agit-il de la même base clients et de la même colonne d'identifiant ?</numerusform>
                <numerusform>aucun des %1 clients de la campagne ne figure dans le projet (identifiants comme '%2' dans la colonne '%3') : s'agit-il de la même base clients et de la même colonne d'identifiant ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 id(s) written with decimals (such as '%2') were matched to the project's whole-number ids</source>
            <translation>
                <numerusform>%1 identifiant écrit avec des décimales (comme '%2') a été associé aux identifiants entiers du projet</numerusform>
                <numerusform>%1 identifiants écrits avec des décimales (comme '%2') ont été associés aux identifiants entiers du projet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) are in no segment of the run (set aside as outliers, or left out for missing values): they count in the overall lift only</source>
            <translation>
                <numerusform>%1 client n'est dans aucun segment de l'exécution (mis de côté comme valeur atypique, ou écarté pour valeurs manquantes) : il ne compte que dans l'uplift global</numerusform>
                <numerusform>%1 clients ne sont dans aucun segment de l'exécution (mis de côté comme valeurs atypiques, ou écartés pour valeurs manquantes) : ils ne comptent que dans l'uplift global</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) have no revenue and are left out of the revenue comparison</source>
            <translation>
                <numerusform>%1 client n'a pas de chiffre d'affaires et est écarté de la comparaison du chiffre d'affaires</numerusform>
                <numerusform>%1 clients n'ont pas de chiffre d'affaires et sont écartés de la comparaison du chiffre d'affaires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %2 customers (%3 treated, %4 control) in run %5, %6 segment(s)
</source>
            <translation>
                <numerusform>Campagne %1 : %2 clients (%3 en groupe test, %4 en groupe témoin) dans l'exécution %5, %6 segment
</numerusform>
                <numerusform>Campagne %1 : %2 clients (%3 en groupe test, %4 en groupe témoin) dans l'exécution %5, %6 segments
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>
* significant at the %1% level, not corrected for testing %2 segment(s)
</source>
            <translation>
                <numerusform>
* significatif au seuil de %1 %, sans correction pour le test de %2 segment
</numerusform>
                <numerusform>
* significatif au seuil de %1 %, sans correction pour le test de %2 segments
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>
* significant at the %1% level after the correction for testing %2 segment(s)
</source>
            <translation>
                <numerusform>
* significatif au seuil de %1 % après correction pour le test de %2 segment
</numerusform>
                <numerusform>
* significatif au seuil de %1 % après correction pour le test de %2 segments
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 segment(s) are unstable (bootstrap Jaccard below 0.6): they may be artefacts of the seed or the sample; try another --k</source>
            <translation>
                <numerusform>%1 segment sur %2 est instable (Jaccard bootstrap inférieur à 0,6) : c'est peut-être un artefact de la graine ou de l'échantillon ; essayez une autre valeur de --k</numerusform>
                <numerusform>%1 segments sur %2 sont instables (Jaccard bootstrap inférieur à 0,6) : ce sont peut-être des artefacts de la graine ou de l'échantillon ; essayez une autre valeur de --k</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>same segments with %1 other seed(s): mean ARI %2
</source>
            <translation>
                <numerusform>mêmes segments avec %1 autre graine : ARI moyen %2
</numerusform>
                <numerusform>mêmes segments avec %1 autres graines : ARI moyen %2
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>same segments with noise of %1 added (%2 run(s)): mean ARI %3
</source>
            <translation>
                <numerusform>mêmes segments avec un bruit de %1 ajouté (%2 exécution) : ARI moyen %3
</numerusform>
                <numerusform>mêmes segments avec un bruit de %1 ajouté (%2 exécutions) : ARI moyen %3
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drift is not judged on %1 customer(s) (at least %2 are needed): run %3 stays; nothing was retrained.
</source>
            <translation>
                <numerusform>La dérive n'est pas évaluée sur %1 client (il en faut au moins %2) : l'exécution %3 est conservée ; rien n'a été réentraîné.
</numerusform>
                <numerusform>La dérive n'est pas évaluée sur %1 clients (il en faut au moins %2) : l'exécution %3 est conservée ; rien n'a été réentraîné.
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No drift beyond the thresholds on %1 customer(s): run %2 stays; nothing was retrained.
</source>
            <translation>
                <numerusform>Aucune dérive au-delà des seuils sur %1 client : l'exécution %2 est conservée ; rien n'a été réentraîné.
</numerusform>
                <numerusform>Aucune dérive au-delà des seuils sur %1 clients : l'exécution %2 est conservée ; rien n'a été réentraîné.
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %1 new customer(s):
model     segments silhouette stability smallest
</source>
            <translation>
                <numerusform>Sur %1 nouveau client :
modèle    segments silhouette stabilité  minimum
</numerusform>
                <numerusform>Sur %1 nouveaux clients :
modèle    segments silhouette stabilité  minimum
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) scored with run %2 (%3, %4 segments) in %5 s; %6 flagged as unlike the run's customers
</source>
            <translation>
                <numerusform>%1 client affecté avec l'exécution %2 (%3, %4 segments) en %5 s ; %6 signalé comme différent des clients de l'exécution
</numerusform>
                <numerusform>%1 clients affectés avec l'exécution %2 (%3, %4 segments) en %5 s ; %6 signalés comme différents des clients de l'exécution
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>drift not judged: %1 customer(s) are too few (at least %2)
</source>
            <translation>
                <numerusform>dérive non évaluée : %1 client, c'est trop peu (au moins %2)
</numerusform>
                <numerusform>dérive non évaluée : %1 clients, c'est trop peu (au moins %2)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no drift beyond the thresholds (population stability index %1, share change %2 point(s))
</source>
            <translation>
                <numerusform>aucune dérive au-delà des seuils (indice de stabilité de population %1, variation de part %2 point)
</numerusform>
                <numerusform>aucune dérive au-delà des seuils (indice de stabilité de population %1, variation de part %2 points)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>stopped after %1 request(s), %2 customers scored
</source>
            <translation>
                <numerusform>arrêté après %1 requête, %2 clients affectés
</numerusform>
                <numerusform>arrêté après %1 requêtes, %2 clients affectés
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>read in chunks of %1 rows: %2 passes over the file; transforms fitted and k-means started on a uniform sample of %3 row(s)
</source>
            <translation>
                <numerusform>lecture par blocs de %1 lignes : %2 passes sur le fichier ; transformations ajustées et k-means initialisé sur un échantillon uniforme de %3 ligne
</numerusform>
                <numerusform>lecture par blocs de %1 lignes : %2 passes sur le fichier ; transformations ajustées et k-means initialisé sur un échantillon uniforme de %3 lignes
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4 after %5 passes of mini-batches
</source>
            <translation>
                <numerusform>%1 lignes, %2 variable, k = %3 : inertie %4 après %5 passes de mini-lots
</numerusform>
                <numerusform>%1 lignes, %2 variables, k = %3 : inertie %4 après %5 passes de mini-lots
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
            <translation>utilisation : segscope lift P.segscope CAMPAIGN.csv [--run N] [--id-column C] [--arm-column C]
                            [--treatment VALUE] [--control VALUE] [--conversion-column C]
                            [--revenue-column C] [--correction holm|bh|none] [--level L]
                            [--resamples B] [--seed S] [--out LIFT.csv] [--json SUMMARY.json]
                            [--no-record] [--threads T] [--quiet]

Mesure l'effet d'une campagne sur la conversion et le chiffre d'affaires par client, globalement et
dans chaque segment de l'exécution N (par défaut : la courante). CAMPAIGN contient une ligne par
client : l'identifiant (colonne du projet, sauf si --id-column en désigne une autre), le groupe test
ou témoin (une colonne nommée arm, group, variant, treatment ... ; des valeurs comme
treatment/test/1 et control/holdout/0, ou --treatment et --control), et une colonne de conversion
(0/1, yes/no) et/ou de chiffre d'affaires. Pour l'ensemble et pour chaque segment, il indique les
taux ou moyennes des deux groupes, la différence avec son intervalle (Newcombe pour les taux, un
bootstrap de B rééchantillons, par défaut 2000, pour le chiffre d'affaires), l'uplift relatif, les
valeurs p corrigées entre segments (Holm par défaut), et la plus petite différence détectable avec
une puissance de 80 %. Il vérifie que les groupes étaient comparables avant la campagne (différences
de moyennes standardisées des variables de l'exécution et de la répartition par segment) et signale
ce qui peut fausser l'uplift. L'analyse est enregistrée dans le projet (--no-record le laisse
intact), où l'explorateur et le rapport de personas l'affichent. Voir docs/campaign-lift.md.
</translation>
        </message>
        <message numerus="yes">
            <source>%1 id(s) differ from the project's only in leading zeros (such as '%2' for '%3') and were matched to them</source>
            <translation>
                <numerusform>%1 identifiant ne diffère de celui du projet que par des zéros initiaux (comme '%2' pour '%3') et lui a été associé</numerusform>
                <numerusform>%1 identifiants ne diffèrent de ceux du projet que par des zéros initiaux (comme '%2' pour '%3') et leur ont été associés</numerusform>
            </translation>
        </message>
    </context>
</TS>
