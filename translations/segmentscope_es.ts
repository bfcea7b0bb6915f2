<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Text</name>
        <message>
            <source>the rows to assign hold missing values or values beyond 1e+120, which cannot be clustered</source>
            <translation>las filas que se van a asignar contienen valores faltantes o de magnitud superior a 1e+120, que no se pueden agrupar</translation>
        </message>
        <message>
            <source>the rows have %1 features but the model was fitted on %2</source>
            <translation>las filas tienen %1 variables, pero el modelo se ajustó con %2</translation>
        </message>
        <message>
            <source>unknown clustering algorithm '%1'; available: %2</source>
            <translation>algoritmo de agrupamiento desconocido '%1'; disponibles: %2</translation>
        </message>
        <message>
            <source>DBSCAN found no segment: no customer has %1 customers (itself included) within eps = %2, so every one is noise; raise eps or lower the minimum samples</source>
            <translation>DBSCAN no encontró ningún segmento: ningún cliente tiene %1 clientes (incluido él mismo) a una distancia de eps = %2 o menos, así que todos son ruido; aumente eps o reduzca el mínimo de muestras</translation>
        </message>
        <message>
            <source>HDBSCAN found no segment: no group of at least %1 customers stands out from the rest; lower the minimum cluster size</source>
            <translation>HDBSCAN no encontró ningún segmento: ningún grupo de al menos %1 clientes se distingue del resto; reduzca el tamaño mínimo de clúster</translation>
        </message>
        <message>
            <source>the co-association matrix needs at least one run</source>
            <translation>la matriz de coasociación necesita al menos una ejecución</translation>
        </message>
        <message>
            <source>the runs of a co-association matrix label different numbers of rows</source>
            <translation>las ejecuciones de una matriz de coasociación etiquetan números de filas distintos</translation>
        </message>
        <message>
            <source>consensus clustering needs k &gt;= 1</source>
            <translation>el agrupamiento por consenso necesita k &gt;= 1</translation>
        </message>
        <message>
            <source>consensus clustering needs at least one clustering to run</source>
            <translation>el agrupamiento por consenso necesita al menos un agrupamiento que ejecutar</translation>
        </message>
        <message>
            <source>consensus clustering needs at least one run per clustering</source>
            <translation>el agrupamiento por consenso necesita al menos una ejecución por agrupamiento</translation>
        </message>
        <message>
            <source>the share of customers each run draws must be above 0 and at most 1</source>
            <translation>la proporción de clientes que extrae cada ejecución debe ser mayor que 0 y como máximo 1</translation>
        </message>
        <message>
            <source>the reference sample must hold from k = %1 to %2 customers</source>
            <translation>la muestra de referencia debe contener de k = %1 a %2 clientes</translation>
        </message>
        <message>
            <source>k = %1 consensus segments need as many customers; there are %2</source>
            <translation>k = %1 segmentos de consenso necesitan al menos ese número de clientes; hay %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 with k = %2 cannot run on %n customer(s) per run</source>
            <translation>
                <numerusform>%1 con k = %2 no se puede ejecutar con %n cliente por ejecución</numerusform>
                <numerusform>%1 con k = %2 no se puede ejecutar con %n clientes por ejecución</numerusform>
            </translation>
        </message>
        <message>
            <source>consensus clustering cannot run %1: its members must cut the customers into k segments</source>
            <translation>el agrupamiento por consenso no puede ejecutar %1: sus miembros deben dividir a los clientes en k segmentos</translation>
        </message>
        <message>
            <source>DBSCAN needs at least one row</source>
            <translation>DBSCAN necesita al menos una fila</translation>
        </message>
        <message>
            <source>the DBSCAN radius eps must be a finite number &gt; 0</source>
            <translation>el radio eps de DBSCAN debe ser un número finito &gt; 0</translation>
        </message>
        <message>
            <source>the DBSCAN minimum samples must be at least 1</source>
            <translation>el mínimo de muestras de DBSCAN debe ser al menos 1</translation>
        </message>
        <message>
            <source>HDBSCAN needs at least one row</source>
            <translation>HDBSCAN necesita al menos una fila</translation>
        </message>
        <message>
            <source>the HDBSCAN minimum cluster size must be at least 2</source>
            <translation>el tamaño mínimo de clúster de HDBSCAN debe ser al menos 2</translation>
        </message>
        <message>
            <source>the HDBSCAN minimum samples must be at least 1 (or 0 for the minimum cluster size)</source>
            <translation>el mínimo de muestras de HDBSCAN debe ser al menos 1 (o 0 para usar el tamaño mínimo de clúster)</translation>
        </message>
        <message>
            <source>the k-distance curve needs at least one row</source>
            <translation>la curva de k-distancias necesita al menos una fila</translation>
        </message>
        <message>
            <source>the k-distance curve's minimum samples must be between 1 and the number of rows (%1)</source>
            <translation>el mínimo de muestras de la curva de k-distancias debe estar entre 1 y el número de filas (%1)</translation>
        </message>
        <message>
            <source>the core points, their labels and their radii must be as many (%1, %2 and %3)</source>
            <translation>los puntos núcleo, sus etiquetas y sus radios deben ser el mismo número (%1, %2 y %3)</translation>
        </message>
        <message>
            <source>the rows to assign have %1 features but the core points have %2</source>
            <translation>las filas que se van a asignar tienen %1 variables, pero los puntos núcleo tienen %2</translation>
        </message>
        <message>
            <source>the Gaussian mixture's component %1 has a covariance matrix that is not positive definite (it holds too few rows, or rows that lie on a line or plane); use a larger covariance regularization or the diagonal covariance</source>
            <translation>el componente %1 de la mezcla gaussiana tiene una matriz de covarianza que no es definida positiva (contiene muy pocas filas, o filas situadas sobre una recta o un plano); use una regularización de la covarianza mayor o la covarianza diagonal</translation>
        </message>
        <message>
            <source>the Gaussian mixture's component %1 has a zero variance (its rows share a value); use a larger covariance regularization</source>
            <translation>el componente %1 de la mezcla gaussiana tiene varianza cero (sus filas comparten un mismo valor); use una regularización de la covarianza mayor</translation>
        </message>
        <message>
            <source>the Gaussian mixture's density of some rows is not a finite number (a component's covariance is nearly singular); use a larger covariance regularization</source>
            <translation>la densidad de la mezcla gaussiana en algunas filas no es un número finito (la covarianza de un componente es casi singular); use una regularización de la covarianza mayor</translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the number of rows (%2)</source>
            <translation>k = %1 debe estar entre 1 y el número de filas (%2)</translation>
        </message>
        <message>
            <source>the number of Gaussian mixture initialisations must be at least 1</source>
            <translation>el número de inicializaciones de la mezcla gaussiana debe ser al menos 1</translation>
        </message>
        <message>
            <source>the Gaussian mixture iteration limit must be at least 1</source>
            <translation>el límite de iteraciones de la mezcla gaussiana debe ser al menos 1</translation>
        </message>
        <message>
            <source>the Gaussian mixture tolerance must be a finite number &gt;= 0</source>
            <translation>la tolerancia de la mezcla gaussiana debe ser un número finito &gt;= 0</translation>
        </message>
        <message>
            <source>the covariance regularization must be a finite number &gt;= 0</source>
            <translation>la regularización de la covarianza debe ser un número finito &gt;= 0</translation>
        </message>
        <message>
            <source>the Gaussian mixture was fitted to %1 features, but the data has %2</source>
            <translation>la mezcla gaussiana se ajustó con %1 variables, pero los datos tienen %2</translation>
        </message>
        <message>
            <source>the Gaussian mixture model's weights, means and covariances do not fit together</source>
            <translation>los pesos, las medias y las covarianzas del modelo de mezcla gaussiana no son coherentes entre sí</translation>
        </message>
        <message>
            <source>the number of k-means restarts must be at least 1</source>
            <translation>el número de reinicios de k-means debe ser al menos 1</translation>
        </message>
        <message>
            <source>the k-means iteration limit must be at least 1</source>
            <translation>el límite de iteraciones de k-means debe ser al menos 1</translation>
        </message>
        <message>
            <source>the k-means tolerance must be a finite number &gt;= 0</source>
            <translation>la tolerancia de k-means debe ser un número finito &gt;= 0</translation>
        </message>
        <message>
            <source>the initial centroids must be a %1 × %2 matrix, not %3 × %4</source>
            <translation>los centroides iniciales deben formar una matriz de %1 × %2, no de %3 × %4</translation>
        </message>
        <message>
            <source>the initial centroids must be finite numbers</source>
            <translation>los centroides iniciales deben ser números finitos</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 but the data has only %n distinct row(s)</source>
            <translation>
                <numerusform>k = %1, pero los datos solo tienen %n fila distinta</numerusform>
                <numerusform>k = %1, pero los datos solo tienen %n filas distintas</numerusform>
            </translation>
        </message>
        <message>
            <source>mini-batch k-means needs k &gt;= 1, got %1</source>
            <translation>mini-batch k-means necesita k &gt;= 1, pero recibió %1</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a batch size of at least 1 row</source>
            <translation>mini-batch k-means necesita un tamaño de lote de al menos 1 fila</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a number of passes &gt;= 0</source>
            <translation>mini-batch k-means necesita un número de pasadas &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a tolerance &gt;= 0</source>
            <translation>mini-batch k-means necesita una tolerancia &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a reassignment ratio &gt;= 0</source>
            <translation>mini-batch k-means necesita una proporción de reasignación &gt;= 0</translation>
        </message>
        <message>
            <source>mini-batch k-means needs a start sample of at least k = %1 rows, got %2</source>
            <translation>mini-batch k-means necesita una muestra inicial de al menos k = %1 filas, pero recibió %2</translation>
        </message>
        <message>
            <source>row %1 of a block of %2 rows holds a missing value or a value beyond 1e+120, which cannot be clustered</source>
            <translation>la fila %1 de un bloque de %2 filas contiene un valor faltante o de magnitud superior a 1e+120, que no se puede agrupar</translation>
        </message>
        <message>
            <source>the rows have %1 features but the start sample has %2</source>
            <translation>las filas tienen %1 variables, pero la muestra inicial tiene %2</translation>
        </message>
        <message>
            <source>%1 needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %2, feature %3 of the feature matrix holds %4</source>
            <translation>%1 necesita valores finitos de magnitud no superior a 1e+120 (para que las distancias al cuadrado sigan siendo finitas), pero la fila %2, variable %3, de la matriz de variables contiene %4</translation>
        </message>
        <message>
            <source>the Gaussian mixture needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>la mezcla gaussiana necesita valores finitos de magnitud no superior a 1e+120 (para que las distancias al cuadrado sigan siendo finitas), pero la fila %1, variable %2, de la matriz de variables contiene %3</translation>
        </message>
        <message>
            <source>Ward clustering needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>el agrupamiento de Ward necesita valores finitos de magnitud no superior a 1e+120 (para que las distancias al cuadrado sigan siendo finitas), pero la fila %1, variable %2, de la matriz de variables contiene %3</translation>
        </message>
        <message>
            <source>the k-distance curve needs finite values of magnitude up to 1e+120 (so that squared distances stay finite), but row %1, feature %2 of the feature matrix holds %3</source>
            <translation>la curva de k-distancias necesita valores finitos de magnitud no superior a 1e+120 (para que las distancias al cuadrado sigan siendo finitas), pero la fila %1, variable %2, de la matriz de variables contiene %3</translation>
        </message>
        <message>
            <source>the exact Ward limit must be at least 2 rows</source>
            <translation>el límite exacto de Ward debe ser de al menos 2 filas</translation>
        </message>
        <message>
            <source>the number of micro-clusters (%1) must be at least k (%2)</source>
            <translation>el número de microclústeres (%1) debe ser al menos k (%2)</translation>
        </message>
        <message>
            <source>the number of micro-clusters (%1) must not exceed the exact Ward limit (%2)</source>
            <translation>el número de microclústeres (%1) no debe superar el límite exacto de Ward (%2)</translation>
        </message>
        <message>
            <source>Ward clustering takes at most %1 leaves; lower the exact limit or the number of micro-clusters</source>
            <translation>el agrupamiento de Ward admite como máximo %1 hojas; reduzca el límite exacto o el número de microclústeres</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 but the data has only %n distinct row(s) in a sample of its rows</source>
            <translation>
                <numerusform>k = %1, pero los datos solo tienen %n fila distinta en una muestra de sus filas</numerusform>
                <numerusform>k = %1, pero los datos solo tienen %n filas distintas en una muestra de sus filas</numerusform>
            </translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the 1 leaf of the tree</source>
            <translation>k = %1 debe ser 1: el árbol tiene una sola hoja</translation>
        </message>
        <message numerus="yes">
            <source>k = %1 must be between 1 and the %n leaves of the tree</source>
            <translation>
                <numerusform>k = %1 debe estar entre 1 y el número de hojas del árbol (%n)</numerusform>
                <numerusform>k = %1 debe estar entre 1 y el número de hojas del árbol (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the tree has %n row(s), the data %1</source>
            <translation>
                <numerusform>el árbol tiene %n fila y los datos, %1</numerusform>
                <numerusform>el árbol tiene %n filas y los datos, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>k = %1 must be between 1 and the number of leaves (%2)</source>
            <translation>k = %1 debe estar entre 1 y el número de hojas (%2)</translation>
        </message>
        <message>
            <source>a dendrogram of 1 leaf has %1 merges, not %2</source>
            <translation>un dendrograma de 1 hoja debe tener %1 fusiones, no %2</translation>
        </message>
        <message numerus="yes">
            <source>a dendrogram of %n leaves has %1 merges, not %2</source>
            <translation>
                <numerusform>un dendrograma de %n hoja debe tener %1 fusiones, no %2</numerusform>
                <numerusform>un dendrograma de %n hojas debe tener %1 fusiones, no %2</numerusform>
            </translation>
        </message>
        <message>
            <source>merge %1 of the dendrogram joins cluster %2, which does not exist yet</source>
            <translation>la fusión %1 del dendrograma une el clúster %2, que aún no existe</translation>
        </message>
        <message>
            <source>merge %1 of the dendrogram joins cluster %2, which was merged before</source>
            <translation>la fusión %1 del dendrograma une el clúster %2, que ya se había fusionado antes</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>fila %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file: a row in it</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>column '%1'</source>
            <translation>columna '%1'</translation>
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
            <translation>columna %1 (%2)</translation>
        </message>
        <message>
            <source>%1 key '%2' is given twice (%3); a key may appear only once in an object</source>
            <translation>la clave '%2' de la %1 aparece dos veces (%3); una clave solo puede aparecer una vez en un objeto</translation>
        </message>
        <message>
            <source>%1 key '%2': the number %3 is out of range (%4)</source>
            <translation>clave '%2' de la %1: el número %3 está fuera de rango (%4)</translation>
        </message>
        <message>
            <source>the %1 is not valid JSON: %2</source>
            <translation>la %1 no es un JSON válido: %2</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>línea %1, columna %2</translation>
        </message>
        <message>
            <source>age</source>
            <translation>edad</translation>
        </message>
        <message>
            <source>sexual orientation</source>
            <translation>orientación sexual</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>género</translation>
        </message>
        <message>
            <source>ethnic origin</source>
            <translation>origen étnico</translation>
        </message>
        <message>
            <source>nationality</source>
            <translation>nacionalidad</translation>
        </message>
        <message>
            <source>religion or belief</source>
            <translation>religión o creencias</translation>
        </message>
        <message>
            <source>health</source>
            <translation>salud</translation>
        </message>
        <message>
            <source>political opinion</source>
            <translation>opiniones políticas</translation>
        </message>
        <message>
            <source>trade union membership</source>
            <translation>afiliación sindical</translation>
        </message>
        <message>
            <source>genetic or biometric data</source>
            <translation>datos genéticos o biométricos</translation>
        </message>
        <message>
            <source>whole numbers %1–%2 in %3 values and a name like a code: a category, not a quantity</source>
            <translation>números enteros de %1 a %2 con %3 valores distintos y un nombre de código: una categoría, no una cantidad</translation>
        </message>
        <message>
            <source>unknown column role '%1'; the roles are: %2</source>
            <translation>rol de columna desconocido '%1'; los roles son: %2</translation>
        </message>
        <message>
            <source>the column has no name</source>
            <translation>la columna no tiene nombre</translation>
        </message>
        <message>
            <source>its name marks a key</source>
            <translation>su nombre indica una clave</translation>
        </message>
        <message>
            <source>its name marks known segments</source>
            <translation>su nombre indica segmentos conocidos</translation>
        </message>
        <message>
            <source>its name marks personal data</source>
            <translation>su nombre indica datos personales</translation>
        </message>
        <message>
            <source>its name marks a number that names something (a key), not a quantity</source>
            <translation>su nombre indica un número que identifica algo (una clave), no una cantidad</translation>
        </message>
        <message>
            <source>every cell is missing</source>
            <translation>faltan todos los valores</translation>
        </message>
        <message>
            <source>its cells are dates</source>
            <translation>sus celdas son fechas</translation>
        </message>
        <message>
            <source>most of its cells are numbers, but some are not</source>
            <translation>la mayoría de sus celdas son números, pero algunas no</translation>
        </message>
        <message>
            <source>its cells are a few text values</source>
            <translation>sus celdas son unos pocos valores de texto</translation>
        </message>
        <message>
            <source>its cells are codes with too many distinct values to be categories</source>
            <translation>sus celdas son códigos con demasiados valores distintos para ser categorías</translation>
        </message>
        <message>
            <source>its cells are free text or keys</source>
            <translation>sus celdas son texto libre o claves</translation>
        </message>
        <message>
            <source>its cells are yes/no values</source>
            <translation>sus celdas son valores sí/no</translation>
        </message>
        <message>
            <source>its name marks an amount of money</source>
            <translation>su nombre indica un importe monetario</translation>
        </message>
        <message>
            <source>its cells are numbers</source>
            <translation>sus celdas son números</translation>
        </message>
        <message>
            <source>a role (%1) was set for the column '%2', but there is no such column; the columns are: %3</source>
            <translation>se asignó un rol (%1) a la columna '%2', pero no existe esa columna; las columnas son: %3</translation>
        </message>
        <message>
            <source>column '%1' cannot be %2: %3</source>
            <translation>la columna '%1' no puede ser %2: %3</translation>
        </message>
        <message>
            <source>its cells are %1 values; a category is a code or a few text values</source>
            <translation>sus celdas son valores %1; una categoría es un código o unos pocos valores de texto</translation>
        </message>
        <message>
            <source>its cells are %1 values, not numbers</source>
            <translation>sus celdas son valores %1, no números</translation>
        </message>
        <message>
            <source>its cells are %1 values, not dates</source>
            <translation>sus celdas son valores %1, no fechas</translation>
        </message>
        <message>
            <source>row %1 holds '%2', which is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)</source>
            <translation>la fila %1 contiene '%2', que no es una fecha (como 2024-03-31, 3/31/2024, 31.03.2024 o 20240331)</translation>
        </message>
        <message>
            <source>column '%1' repeats: %2 rows for %3 ids (id '%4' has %5 rows). The data looks like a transaction log (a row per purchase or invoice line), not one row per customer, and clustering it would make segments of purchases. Read it as one row per customer instead: from its dates and amounts, each customer's purchases, time since the last one and spend</source>
            <translation>la columna '%1' se repite: %2 filas para %3 ids (el id '%4' tiene %5 filas). Los datos parecen un registro de transacciones (una fila por compra o por línea de factura), no una fila por cliente, y agruparlos produciría segmentos de compras. Léalos en su lugar como una fila por cliente: a partir de sus fechas e importes, las compras de cada cliente, el tiempo desde la última y el gasto</translation>
        </message>
        <message>
            <source>cannot read back columns kept in a temporary file in %1: %2</source>
            <translation>no se pueden volver a leer las columnas guardadas en un archivo temporal en %1: %2</translation>
        </message>
        <message>
            <source>the file is shorter than written</source>
            <translation>el archivo es más corto de lo que se escribió</translation>
        </message>
        <message>
            <source>cannot keep columns in a temporary file in %1: %2</source>
            <translation>no se pueden guardar columnas en un archivo temporal en %1: %2</translation>
        </message>
        <message>
            <source>the column is not kept in the temporary file</source>
            <translation>la columna no está guardada en el archivo temporal</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulador</translation>
        </message>
        <message>
            <source>spaces</source>
            <translation>espacios</translation>
        </message>
        <message>
            <source>%1 (for example "CSV UTF-8" in a spreadsheet program)</source>
            <translation>%1 (por ejemplo, "CSV UTF-8" en un programa de hojas de cálculo)</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>the delimiter cannot be a quote or a line break</source>
            <translation>el delimitador no puede ser una comilla ni un salto de línea</translation>
        </message>
        <message>
            <source>the value holds a NUL byte (byte offset %1), which text never does: the file is not UTF-8 text (it may be a binary file or damaged)</source>
            <translation>el valor contiene un byte NUL (posición de byte %1), algo que un texto nunca contiene: el archivo no es texto UTF-8 (puede ser un archivo binario o estar dañado)</translation>
        </message>
        <message>
            <source>the quoted value that starts on line %1 is longer than %2, the most a row may hold; a closing double quote may be missing</source>
            <translation>el valor entre comillas que empieza en la línea %1 supera %2, el máximo que puede ocupar una fila; puede que falten las comillas dobles de cierre</translation>
        </message>
        <message>
            <source>no line break in the first %1 of the row; a row (the header too) may hold at most %1</source>
            <translation>no hay ningún salto de línea en los primeros %1 de la fila; una fila (también la cabecera) puede ocupar como máximo %1</translation>
        </message>
        <message>
            <source>no ',', ';', tab or '|' splits the header and the first rows evenly, but runs of spaces do: the columns were taken to be separated by spaces (%1 columns)</source>
            <translation>ni ',' ni ';' ni el tabulador ni '|' dividen la cabecera y las primeras filas de forma uniforme, pero las secuencias de espacios sí: se consideró que las columnas están separadas por espacios (%1 columnas)</translation>
        </message>
        <message>
            <source>no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of spaces split the header into %1 fields but the line of row %2 into %3; the file was read as one column</source>
            <translation>no se encontró ningún delimitador: ',', ';', el tabulador y '|' no aparecen en la cabecera, y las secuencias de espacios dividen la cabecera en %1 campos, pero la línea de la fila %2 en %3; el archivo se leyó como una sola columna</translation>
        </message>
        <message>
            <source>no delimiter was found: ',', ';', tab and '|' do not occur in the header, and runs of spaces split the header into %1 fields but there are no rows to compare; the file was read as one column</source>
            <translation>no se encontró ningún delimitador: ',', ';', el tabulador y '|' no aparecen en la cabecera, y las secuencias de espacios dividen la cabecera en %1 campos, pero no hay filas con las que comparar; el archivo se leyó como una sola columna</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 would split the header and the first rows as evenly; if the columns are wrong, choose the delimiter</source>
            <translation>se tomó como delimitador %1, pero con %2 la cabecera y las primeras filas quedarían divididas de forma igual de uniforme; si las columnas no son correctas, elija el delimitador</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 also occurs in the header; if the columns are wrong, choose the delimiter</source>
            <translation>se tomó como delimitador %1, pero %2 también aparece en la cabecera; si las columnas no son correctas, elija el delimitador</translation>
        </message>
        <message>
            <source>the delimiter was taken to be %1, but %2 also occur in the header; if the columns are wrong, choose the delimiter</source>
            <translation>se tomó como delimitador %1, pero %2 también aparecen en la cabecera; si las columnas no son correctas, elija el delimitador</translation>
        </message>
        <message>
            <source>the quoted value that starts on line %1 is never closed; a closing double quote is missing</source>
            <translation>el valor entre comillas que empieza en la línea %1 nunca se cierra; faltan las comillas dobles de cierre</translation>
        </message>
        <message>
            <source>unexpected text after a closing quote (byte offset %1); a double quote inside a quoted value must be doubled ("")</source>
            <translation>texto inesperado después de unas comillas de cierre (posición de byte %1); unas comillas dobles dentro de un valor entre comillas deben duplicarse ("")</translation>
        </message>
        <message>
            <source>the row has more than %1 fields, but the header has %2; a value that contains the delimiter %3 must be enclosed in double quotes</source>
            <translation>la fila tiene más de %1 campos, pero la cabecera tiene %2; un valor que contenga el delimitador %3 debe ir entre comillas dobles</translation>
        </message>
        <message>
            <source>the header has more than %1 fields; a table may have at most %1 columns</source>
            <translation>la cabecera tiene más de %1 campos; una tabla puede tener como máximo %1 columnas</translation>
        </message>
        <message>
            <source>invalid UTF-8 at byte offset %1 (byte %2); save the file as UTF-8 (it may be Latin-1 or Windows-1252)</source>
            <translation>secuencia UTF-8 no válida en la posición de byte %1 (byte %2); guarde el archivo como UTF-8 (puede estar en Latin-1 o Windows-1252)</translation>
        </message>
        <message>
            <source>every name in the header row is a number (%1): the file may have no header row, and its first row was taken as the column names</source>
            <translation>todos los nombres de la fila de cabecera son números (%1): puede que el archivo no tenga fila de cabecera, y su primera fila se tomó como nombres de columna</translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 y %2 más</translation>
        </message>
        <message>
            <source>row %1 starts with a byte order mark (U+FEFF), as where two files were joined into one; it was removed from the first value</source>
            <translation>la fila %1 empieza con una marca de orden de bytes (U+FEFF), como cuando se unen dos archivos en uno; se quitó del primer valor</translation>
        </message>
        <message>
            <source>rows %1 start with a byte order mark (U+FEFF), as where two files were joined into one; it was removed from the first value</source>
            <translation>las filas %1 empiezan con una marca de orden de bytes (U+FEFF), como cuando se unen dos archivos en uno; se quitó del primer valor</translation>
        </message>
        <message>
            <source>row %1 repeats the header row, as where two files were joined into one; skipped as data</source>
            <translation>la fila %1 repite la fila de cabecera, como cuando se unen dos archivos en uno; no se tomó como datos</translation>
        </message>
        <message>
            <source>rows %1 repeat the header row, as where two files were joined into one; skipped as data</source>
            <translation>las filas %1 repiten la fila de cabecera, como cuando se unen dos archivos en uno; no se tomaron como datos</translation>
        </message>
        <message>
            <source>row %1 holds only spaces or tabs and was skipped; the header is row %2</source>
            <translation>la fila %1 solo contiene espacios o tabuladores y se omitió; la cabecera es la fila %2</translation>
        </message>
        <message>
            <source>rows %1 to %2 hold only spaces or tabs and were skipped; the header is row %3</source>
            <translation>las filas %1 a %2 solo contienen espacios o tabuladores y se omitieron; la cabecera es la fila %3</translation>
        </message>
        <message>
            <source>reading the file in chunks needs the type of every column, and '%1' has none</source>
            <translation>leer el archivo por bloques requiere el tipo de cada columna, y '%1' no tiene ninguno</translation>
        </message>
        <message>
            <source>%1; the header was read as one column: if the file uses a delimiter other than ',', ';', tab or '|', choose it</source>
            <translation>%1; la cabecera se leyó como una sola columna: si el archivo usa un delimitador distinto de ',', ';', el tabulador o '|', elíjalo</translation>
        </message>
        <message numerus="yes">
            <source>the row has %n field(s), but the header has %1</source>
            <translation>
                <numerusform>la fila tiene %n campo, pero la cabecera tiene %1</numerusform>
                <numerusform>la fila tiene %n campos, pero la cabecera tiene %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; the columns are separated by spaces, so a value with a space in it must be enclosed in double quotes, and a missing value must be written (NA), not left blank</source>
            <translation>%1; las columnas están separadas por espacios, así que un valor que contenga un espacio debe ir entre comillas dobles, y un valor faltante debe escribirse (NA), no dejarse en blanco</translation>
        </message>
        <message>
            <source>%1; a value that contains the delimiter %2 must be enclosed in double quotes</source>
            <translation>%1; un valor que contenga el delimitador %2 debe ir entre comillas dobles</translation>
        </message>
        <message>
            <source>%1; check for a missing delimiter or a line break inside an unquoted value</source>
            <translation>%1; compruebe si falta un delimitador o si hay un salto de línea dentro de un valor sin comillas</translation>
        </message>
        <message>
            <source>the file is empty; expected a header row and data rows</source>
            <translation>el archivo está vacío; se esperaba una fila de cabecera y filas de datos</translation>
        </message>
        <message>
            <source>the file has a header row but no data rows</source>
            <translation>el archivo tiene una fila de cabecera, pero ninguna fila de datos</translation>
        </message>
        <message>
            <source>the column '%1' starts with an invisible byte order mark (U+FEFF), as when a file is saved with two of them: remove it</source>
            <translation>la columna '%1' empieza con una marca de orden de bytes (U+FEFF) invisible, como cuando un archivo se guarda con dos: elimínela</translation>
        </message>
        <message>
            <source>column '%1' holds whole numbers that are all dates written YYYYMMDD (row %2: %3); read as dates, not as numbers</source>
            <translation>la columna '%1' contiene números enteros que son todos fechas escritas como YYYYMMDD (fila %2: %3); se leen como fechas, no como números</translation>
        </message>
        <message>
            <source>column '%1' holds dates such as %2 whose day and month could be either way round (no day above 12); read as day/month/year (the default order when a column does not show it)</source>
            <translation>la columna '%1' contiene fechas como %2 cuyo día y mes podrían estar en cualquier orden (ningún día es mayor que 12); se leen como día/mes/año (el orden predeterminado cuando una columna no lo deja claro)</translation>
        </message>
        <message>
            <source>column '%1' holds dates such as %2 whose day and month could be either way round (no day above 12); read as month/day/year (the default order when a column does not show it)</source>
            <translation>la columna '%1' contiene fechas como %2 cuyo día y mes podrían estar en cualquier orden (ningún día es mayor que 12); se leen como mes/día/año (el orden predeterminado cuando una columna no lo deja claro)</translation>
        </message>
        <message>
            <source>read as categorical text, nothing was converted</source>
            <translation>se lee como texto categórico; no se convirtió nada</translation>
        </message>
        <message>
            <source>read as identifier text, nothing was converted</source>
            <translation>se lee como texto identificador; no se convirtió nada</translation>
        </message>
        <message>
            <source>column '%1' holds whole numbers written with leading zeros (row %2: %3), as codes and customer numbers are; read as text, so the zeros are kept</source>
            <translation>la columna '%1' contiene números enteros escritos con ceros a la izquierda (fila %2: %3), como los códigos y los números de cliente; se lee como texto, para conservar los ceros</translation>
        </message>
        <message>
            <source>column '%1' mixes numbers and text: %2 of %3 values are numbers, but row %4 holds %5; %6</source>
            <translation>la columna '%1' mezcla números y texto: %2 de %3 valores son números, pero la fila %4 contiene %5; %6</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a decimal comma or a thousands separator (row %2: %3); %4; %5</source>
            <translation>la columna '%1' parece contener números con coma decimal o separador de miles (fila %2: %3); %4; %5</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a decimal comma (row %2: %3); %4; %5</source>
            <translation>la columna '%1' parece contener números con coma decimal (fila %2: %3); %4; %5</translation>
        </message>
        <message>
            <source>a decimal comma is read only from files delimited by ';' or tabs: write the numbers with '.' as the decimal mark</source>
            <translation>la coma decimal solo se lee en archivos delimitados por ';' o tabuladores: escriba los números con '.' como separador decimal</translation>
        </message>
        <message>
            <source>a decimal comma is read only when every value of the column is an integer or uses it: write every number with the same decimal mark</source>
            <translation>la coma decimal solo se lee cuando todos los valores de la columna son enteros o la usan: escriba todos los números con el mismo separador decimal</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with thousands separators (row %2: %3); %4; %5</source>
            <translation>la columna '%1' parece contener números con separadores de miles (fila %2: %3); %4; %5</translation>
        </message>
        <message>
            <source>remove the thousands separators to use it as numbers</source>
            <translation>quite los separadores de miles para usarla como números</translation>
        </message>
        <message>
            <source>column '%1' looks like numbers with a currency or percent sign (row %2: %3); %4; %5</source>
            <translation>la columna '%1' parece contener números con un símbolo de moneda o de porcentaje (fila %2: %3); %4; %5</translation>
        </message>
        <message>
            <source>remove the signs to use it as numbers</source>
            <translation>quite los símbolos para usarla como números</translation>
        </message>
        <message>
            <source>column '%1' looks like dates, but row %2 holds %3, which is not a date in the same format; %4</source>
            <translation>la columna '%1' parece contener fechas, pero la fila %2 contiene %3, que no es una fecha en el mismo formato; %4</translation>
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
            <translation>%1 bytes</translation>
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
            <translation>entrada estándar</translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>no se puede leer la entrada estándar: %1</translation>
        </message>
        <message>
            <source>cannot open the %1: %2</source>
            <translation>no se puede abrir el %1: %2</translation>
        </message>
        <message>
            <source>cannot read the %1: %2</source>
            <translation>no se puede leer el %1: %2</translation>
        </message>
        <message>
            <source>cannot read the %1: it is a folder</source>
            <translation>no se puede leer el %1: es una carpeta</translation>
        </message>
        <message>
            <source>standard input is a terminal; redirect a file or a pipe into it</source>
            <translation>la entrada estándar es un terminal; redirija a ella un archivo o una canalización</translation>
        </message>
        <message>
            <source>cannot read the %1: it is a terminal</source>
            <translation>no se puede leer el %1: es un terminal</translation>
        </message>
        <message>
            <source>the %1 is a named pipe that no program opened for writing within %2 s; start the program that writes to it, or give a regular file</source>
            <translation>el %1 es una canalización con nombre que ningún programa abrió para escritura en %2 s; inicie el programa que escribe en ella o indique un archivo normal</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1 to keep a copy of the input: %2; set TMPDIR to a writable folder</source>
            <translation>no se puede crear un archivo temporal en %1 para guardar una copia de la entrada: %2; asigne a TMPDIR una carpeta con permiso de escritura</translation>
        </message>
        <message>
            <source>cannot read the temporary copy of the input in %1: %2</source>
            <translation>no se puede leer la copia temporal de la entrada en %1: %2</translation>
        </message>
        <message>
            <source>it is shorter than written</source>
            <translation>es más corta de lo que se escribió</translation>
        </message>
        <message>
            <source>the input is longer than %1, the most read from standard input, a pipe or a device; save it to a file and give the file name</source>
            <translation>la entrada supera %1, el máximo que se lee de la entrada estándar, una canalización o un dispositivo; guárdela en un archivo e indique el nombre del archivo</translation>
        </message>
        <message>
            <source>cannot keep a copy of the input in the temporary folder %1: %2; set TMPDIR to a folder with more room, or save the input to a file</source>
            <translation>no se puede guardar una copia de la entrada en la carpeta temporal %1: %2; asigne a TMPDIR una carpeta con más espacio o guarde la entrada en un archivo</translation>
        </message>
        <message>
            <source>cannot read the %1 again: %2</source>
            <translation>no se puede volver a leer el %1: %2</translation>
        </message>
        <message>
            <source>the %1 holds a NUL byte at byte offset %2; it is not a text file</source>
            <translation>el %1 contiene un byte NUL en la posición de byte %2; no es un archivo de texto</translation>
        </message>
        <message>
            <source>the %1 is larger than %2, the most it may be</source>
            <translation>el %1 supera %2, el tamaño máximo permitido</translation>
        </message>
        <message>
            <source>an SQLite database can only be read from a file, not from standard input, a pipe or a device; give the database's file name</source>
            <translation>una base de datos SQLite solo se puede leer desde un archivo, no desde la entrada estándar, una canalización ni un dispositivo; indique el nombre del archivo de la base de datos</translation>
        </message>
        <message>
            <source>the database has no tables</source>
            <translation>la base de datos no tiene tablas</translation>
        </message>
        <message>
            <source>the database has several tables; choose one of: %1</source>
            <translation>la base de datos tiene varias tablas; elija una de estas: %1</translation>
        </message>
        <message>
            <source>cannot mark '%1' sensitive: %2 has no such column</source>
            <translation>no se puede marcar '%1' como sensible: %2 no tiene esa columna</translation>
        </message>
        <message>
            <source>the file is not a valid SQLite database (SQLite: %1); it may be damaged or cut short</source>
            <translation>el archivo no es una base de datos SQLite válida (SQLite: %1); puede estar dañado o incompleto</translation>
        </message>
        <message>
            <source>cannot read the database: %1</source>
            <translation>no se puede leer la base de datos: %1</translation>
        </message>
        <message>
            <source>the database is cut short: the file holds %1 bytes, less than the 100-byte header of an SQLite database</source>
            <translation>la base de datos está incompleta: el archivo ocupa %1 bytes, menos que la cabecera de 100 bytes de una base de datos SQLite</translation>
        </message>
        <message>
            <source>the database is cut short: its header gives %1 pages of %2 bytes (%3 bytes), but the file holds %4; copy the whole file again</source>
            <translation>la base de datos está incompleta: su cabecera indica %1 páginas de %2 bytes (%3 bytes), pero el archivo ocupa %4; vuelva a copiar el archivo completo</translation>
        </message>
        <message>
            <source>cannot open the file: no such file</source>
            <translation>no se puede abrir el archivo: no existe</translation>
        </message>
        <message>
            <source>the file is not an SQLite database</source>
            <translation>el archivo no es una base de datos SQLite</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>memoria insuficiente</translation>
        </message>
        <message>
            <source>cannot open the database: %1</source>
            <translation>no se puede abrir la base de datos: %1</translation>
        </message>
        <message>
            <source>%1, table '%2'</source>
            <translation>%1, tabla '%2'</translation>
        </message>
        <message>
            <source>there is no table or view named '%1'; the database has no tables</source>
            <translation>no hay ninguna tabla ni vista llamada '%1'; la base de datos no tiene tablas</translation>
        </message>
        <message>
            <source>there is no table or view named '%1'; the tables are: %2</source>
            <translation>no hay ninguna tabla ni vista llamada '%1'; las tablas son: %2</translation>
        </message>
        <message>
            <source>reading the table in chunks needs the type of every column, and '%1' has none</source>
            <translation>leer la tabla por bloques requiere el tipo de cada columna, y '%1' no tiene ninguno</translation>
        </message>
        <message>
            <source>the text is not valid UTF-8 (byte %1 of the value)</source>
            <translation>el texto no es UTF-8 válido (byte %1 del valor)</translation>
        </message>
        <message>
            <source>the text holds a NUL byte (byte %1 of the value); text cannot contain NUL bytes</source>
            <translation>el texto contiene un byte NUL (byte %1 del valor); un texto no puede contener bytes NUL</translation>
        </message>
        <message>
            <source>the cell holds binary data (a BLOB); only numbers, text and NULL can be imported</source>
            <translation>la celda contiene datos binarios (un BLOB); solo se pueden importar números, texto y NULL</translation>
        </message>
        <message>
            <source>the table has no rows</source>
            <translation>la tabla no tiene filas</translation>
        </message>
        <message>
            <source>no column named '%1'; the columns are: %2</source>
            <translation>no hay ninguna columna llamada '%1'; las columnas son: %2</translation>
        </message>
        <message>
            <source>column %1 (%2) has no name in the header row; it is called '%3'</source>
            <translation>la columna %1 (%2) no tiene nombre en la fila de cabecera; se le asigna el nombre '%3'</translation>
        </message>
        <message>
            <source>the column name '%1' appears twice in the header row (columns %2 (%3) and %4 (%5)); column names must be unique</source>
            <translation>el nombre de columna '%1' aparece dos veces en la fila de cabecera (columnas %2 (%3) y %4 (%5)); los nombres de columna deben ser únicos</translation>
        </message>
        <message>
            <source>a type (%1) was set for the column '%2', but there is no such column; the columns are: %3</source>
            <translation>se asignó un tipo (%1) a la columna '%2', pero no existe esa columna; las columnas son: %3</translation>
        </message>
        <message>
            <source>the customer id column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de id de cliente '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>row %1 %2</source>
            <translation>fila %1 %2</translation>
        </message>
        <message numerus="yes">
            <source>the column is set to integer, but %n cell(s) cannot be read as whole numbers: %1</source>
            <translation>
                <numerusform>la columna está definida como integer, pero %n celda no se puede leer como número entero: %1</numerusform>
                <numerusform>la columna está definida como integer, pero %n celdas no se pueden leer como números enteros: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to boolean, but %n cell(s) cannot be read as true/false values (true/false, yes/no, t/f, y/n or 1/0): %1</source>
            <translation>
                <numerusform>la columna está definida como boolean, pero %n celda no se puede leer como valor verdadero/falso (true/false, yes/no, t/f, y/n o 1/0): %1</numerusform>
                <numerusform>la columna está definida como boolean, pero %n celdas no se pueden leer como valores verdadero/falso (true/false, yes/no, t/f, y/n o 1/0): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to date, but %n cell(s) cannot be read as dates (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331): %1</source>
            <translation>
                <numerusform>la columna está definida como date, pero %n celda no se puede leer como fecha (como 2024-03-31, 3/31/2024, 31.03.2024 o 20240331): %1</numerusform>
                <numerusform>la columna está definida como date, pero %n celdas no se pueden leer como fechas (como 2024-03-31, 3/31/2024, 31.03.2024 o 20240331): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the column is set to real, but %n cell(s) cannot be read as numbers: %1</source>
            <translation>
                <numerusform>la columna está definida como real, pero %n celda no se puede leer como número: %1</numerusform>
                <numerusform>la columna está definida como real, pero %n celdas no se pueden leer como números: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' is entirely missing (all %2 values are empty or missing markers)</source>
            <translation>la columna '%1' no tiene ningún valor (sus %2 valores están vacíos o son marcadores de valor faltante)</translation>
        </message>
        <message>
            <source>column '%1' holds an integer too large to be stored exactly: row %2 %3 is read as %4 (numbers beyond 2^53 = 9007199254740992 keep about 16 significant digits)</source>
            <translation>la columna '%1' contiene un entero demasiado grande para almacenarse con exactitud: la fila %2 %3 se lee como %4 (los números superiores a 2^53 = 9007199254740992 conservan unas 16 cifras significativas)</translation>
        </message>
        <message numerus="yes">
            <source>%1; %n more value(s) like it</source>
            <translation>
                <numerusform>%1; %n valor más como este</numerusform>
                <numerusform>%1; %n valores más como este</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' holds only integers of %2 or more digits, some too large to be stored exactly (row %3 %4); they look like codes, so the column is read as identifier text</source>
            <translation>la columna '%1' solo contiene enteros de %2 cifras o más, algunos demasiado grandes para almacenarse con exactitud (fila %3 %4); parecen códigos, así que la columna se lee como texto identificador</translation>
        </message>
        <message numerus="yes">
            <source>the customer id is missing in %n row(s): %1; every row needs an id</source>
            <translation>
                <numerusform>falta el id de cliente en %n fila: %1; cada fila necesita un id</numerusform>
                <numerusform>falta el id de cliente en %n filas: %1; cada fila necesita un id</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1 appears in rows %2 and %3</source>
            <translation>el id %1 aparece en las filas %2 y %3</translation>
        </message>
        <message>
            <source>%1; and %2 more repeated ids</source>
            <translation>%1; y %2 ids repetidos más</translation>
        </message>
        <message>
            <source>%1; customer ids must be unique</source>
            <translation>%1; los ids de cliente deben ser únicos</translation>
        </message>
        <message>
            <source>%1; %2 rows for %3 ids look like a transaction log (a row per purchase): turn it into one row per customer first</source>
            <translation>%1; %2 filas para %3 ids parecen un registro de transacciones (una fila por compra): conviértalo antes en una fila por cliente</translation>
        </message>
        <message>
            <source>column '%1' holds numbers with a decimal comma (row %2: %3), read with ',' as the decimal mark (%3 is %4)</source>
            <translation>la columna '%1' contiene números con coma decimal (fila %2: %3), que se leen con ',' como separador decimal (%3 es %4)</translation>
        </message>
        <message>
            <source>cannot append rows with %1 columns to a table of %2</source>
            <translation>no se pueden añadir filas con %1 columnas a una tabla de %2</translation>
        </message>
        <message>
            <source>cannot append rows: column %1 is '%2' (%3), not '%4' (%5)</source>
            <translation>no se pueden añadir filas: la columna %1 es '%2' (%3), no '%4' (%5)</translation>
        </message>
        <message>
            <source>the %1 is %2 (it starts with a byte order mark); save it as UTF-8</source>
            <translation>el %1 está en %2 (empieza con una marca de orden de bytes); guárdelo como UTF-8</translation>
        </message>
        <message>
            <source>the %1 is %2 (every second byte is NUL); save it as UTF-8</source>
            <translation>el %1 está en %2 (uno de cada dos bytes es NUL); guárdelo como UTF-8</translation>
        </message>
        <message>
            <source>the %1 is %2 (three bytes of every four are NUL); save it as UTF-8</source>
            <translation>el %1 está en %2 (tres de cada cuatro bytes son NUL); guárdelo como UTF-8</translation>
        </message>
        <message>
            <source>a decimal comma or a thousands separator</source>
            <translation>una coma decimal o un separador de miles</translation>
        </message>
        <message>
            <source>a decimal comma</source>
            <translation>una coma decimal</translation>
        </message>
        <message>
            <source>thousands separators</source>
            <translation>separadores de miles</translation>
        </message>
        <message>
            <source>a currency or percent sign</source>
            <translation>un símbolo de moneda o de porcentaje</translation>
        </message>
        <message>
            <source>no special style</source>
            <translation>ningún formato especial</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>datos de demostración</translation>
        </message>
        <message>
            <source>a lifetime-value model input (frequency, recency, T, monetary value in weeks): the purchase history of orders, days_since_last_order and tenure_days in the models' terms, so not clustered on</source>
            <translation>una entrada del modelo de valor de vida del cliente (frecuencia, recencia, T, valor monetario, en semanas): el historial de compras de orders, days_since_last_order y tenure_days expresado en los términos del modelo, por lo que no se usa para agrupar</translation>
        </message>
        <message>
            <source>PCA failed: the covariance of the data is not finite (does the data contain NaN or infinite values?)</source>
            <translation>PCA falló: la covarianza de los datos no es finita (¿contienen los datos valores NaN o infinitos?)</translation>
        </message>
        <message>
            <source>PCA failed: the covariance eigen-decomposition did not converge (does the data contain NaN or infinite values?)</source>
            <translation>PCA falló: la descomposición en valores propios de la covarianza no convergió (¿contienen los datos valores NaN o infinitos?)</translation>
        </message>
        <message>
            <source>PCA failed: the leading principal axes did not converge after %1 Lanczos steps</source>
            <translation>PCA falló: los ejes principales dominantes no convergieron tras %1 pasos de Lanczos</translation>
        </message>
        <message>
            <source>PCA was fitted on %1 features but the new rows have %2</source>
            <translation>PCA se ajustó con %1 variables, pero las filas nuevas tienen %2</translation>
        </message>
        <message>
            <source>PCA needs between 1 and %1 components (the number of features), not %2</source>
            <translation>PCA necesita entre 1 y %1 componentes (el número de variables), no %2</translation>
        </message>
        <message>
            <source>PCA needs at least one row of data</source>
            <translation>PCA necesita al menos una fila de datos</translation>
        </message>
        <message>
            <source>the Lanczos PCA solver finds fewer components than half the features, but %1 of %2 were asked for</source>
            <translation>el solucionador PCA de Lanczos calcula menos componentes que la mitad de las variables, pero se pidieron %1 de %2</translation>
        </message>
        <message>
            <source>UMAP needs finite values; prepared row %1, feature %2 is %3</source>
            <translation>UMAP necesita valores finitos; la fila preparada %1, variable %2, vale %3</translation>
        </message>
        <message>
            <source>unknown metric '%1'; accepted values: euclidean, manhattan, cosine</source>
            <translation>métrica desconocida '%1'; valores aceptados: euclidean, manhattan, cosine</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be at least 2 and less than the number of rows (%2)</source>
            <translation>%1 está fuera de rango: debe ser al menos 2 y menor que el número de filas (%2)</translation>
        </message>
        <message>
            <source>%1 rows are too few: the map is fitted on them, so they must be more than neighbors (%2)</source>
            <translation>%1 filas son muy pocas: el mapa se ajusta con ellas, así que deben ser más que neighbors (%2)</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be a positive number</source>
            <translation>%1 está fuera de rango: debe ser un número positivo</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 or more</source>
            <translation>%1 está fuera de rango: debe ser 0 o más</translation>
        </message>
        <message>
            <source>%1 is greater than spread (%2); min_dist must not exceed spread</source>
            <translation>%1 es mayor que spread (%2); min_dist no debe superar spread</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 (chosen by size) to 100000</source>
            <translation>%1 está fuera de rango: debe estar entre 0 (según el tamaño) y 100000</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 0 to 1000</source>
            <translation>%1 está fuera de rango: debe estar entre 0 y 1000</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be between 0 and 1</source>
            <translation>%1 está fuera de rango: debe estar entre 0 y 1</translation>
        </message>
        <message>
            <source>UMAP supports at most 2147483647 rows, not %1</source>
            <translation>UMAP admite como máximo 2147483647 filas, no %1</translation>
        </message>
        <message>
            <source>the neighbour graph has %1 disconnected parts, so the map starts from the principal components</source>
            <translation>el grafo de vecinos tiene %1 partes desconectadas, así que el mapa parte de los componentes principales</translation>
        </message>
        <message>
            <source>the spectral start did not converge, so the map starts from the principal components</source>
            <translation>el inicio espectral no convergió, así que el mapa parte de los componentes principales</translation>
        </message>
        <message>
            <source>UMAP transform: the rows have %1 features, the map was fitted on %2</source>
            <translation>transformación UMAP: las filas tienen %1 variables, y el mapa se ajustó con %2</translation>
        </message>
        <message>
            <source>no treated customers: the campaign cannot be judged here</source>
            <translation>no hay clientes del grupo de prueba: aquí no se puede evaluar la campaña</translation>
        </message>
        <message>
            <source>no control customers: the campaign cannot be judged here</source>
            <translation>no hay clientes del grupo de control: aquí no se puede evaluar la campaña</translation>
        </message>
        <message>
            <source>fewer than 5 conversions (or non-conversions) expected in an arm: the p-value's normal approximation is rough; the interval is the better guide</source>
            <translation>menos de 5 conversiones (o no conversiones) esperadas en un grupo: la aproximación normal del valor p es burda; el intervalo es mejor guía</translation>
        </message>
        <message>
            <source>conversion: no significant difference, but only a difference of %1 points or more would be found with %2 power: a smaller effect may have been missed</source>
            <translation>conversión: no hay diferencia significativa, pero con una potencia del %2 solo se detectaría una diferencia de %1 puntos o más: puede que un efecto menor haya pasado desapercibido</translation>
        </message>
        <message>
            <source>revenue: no significant difference, but only a difference of %1 per customer or more would be found with %2 power: a smaller effect may have been missed</source>
            <translation>ingresos: no hay diferencia significativa, pero con una potencia del %2 solo se detectaría una diferencia de %1 por cliente o más: puede que un efecto menor haya pasado desapercibido</translation>
        </message>
        <message>
            <source>the confidence level must lie between 0.5 and 1</source>
            <translation>el nivel de confianza debe estar entre 0.5 y 1</translation>
        </message>
        <message>
            <source>the power must lie between 0.5 and 1</source>
            <translation>la potencia debe estar entre 0.5 y 1</translation>
        </message>
        <message>
            <source>at least 100 bootstrap resamples are needed</source>
            <translation>se necesitan al menos 100 remuestreos bootstrap</translation>
        </message>
        <message>
            <source>the campaign's columns differ in length</source>
            <translation>las columnas de la campaña tienen longitudes distintas</translation>
        </message>
        <message>
            <source>the campaign has neither conversions nor revenue to compare</source>
            <translation>la campaña no tiene conversiones ni ingresos que comparar</translation>
        </message>
        <message>
            <source>covariate '%1' has the wrong number of customers</source>
            <translation>la covariable '%1' tiene un número de clientes incorrecto</translation>
        </message>
        <message>
            <source>customer %1 is in segment %2, which the run lacks</source>
            <translation>el cliente %1 está en el segmento %2, que no existe en la ejecución</translation>
        </message>
        <message>
            <source>customer %1: a conversion is 0 or 1 (no or yes)</source>
            <translation>cliente %1: una conversión es 0 o 1 (no o sí)</translation>
        </message>
        <message>
            <source>the campaign has no treated customers: lift compares the two arms</source>
            <translation>la campaña no tiene clientes del grupo de prueba: el uplift compara los dos grupos</translation>
        </message>
        <message>
            <source>the campaign has no control customers: lift compares the two arms</source>
            <translation>la campaña no tiene clientes del grupo de control: el uplift compara los dos grupos</translation>
        </message>
        <message>
            <source>revenue: fewer than two customers with a known revenue in an arm</source>
            <translation>ingresos: menos de dos clientes con ingresos conocidos en un grupo</translation>
        </message>
        <message>
            <source>segment %1 '%2'</source>
            <translation>segmento %1 '%2'</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>segmento %1</translation>
        </message>
        <message>
            <source>%1 (SMD %2)</source>
            <translation>%1 (DME %2)</translation>
        </message>
        <message>
            <source>the arms differed before the campaign in %1: these may confound the lift, as if the campaign had caused the difference</source>
            <translation>los grupos ya diferían antes de la campaña en %1: estas diferencias pueden confundirse con el uplift, como si la campaña las hubiera causado</translation>
        </message>
        <message>
            <source>the arms hold the segments in different shares: the overall lift mixes them unequally; the per-segment lifts compare like with like</source>
            <translation>los grupos contienen los segmentos en proporciones distintas: el uplift global los mezcla de forma desigual; el uplift por segmento compara grupos equiparables</translation>
        </message>
        <message>
            <source>the gap statistic needs kMax &gt;= 1, at least one reference set and one restart</source>
            <translation>el estadístico gap necesita kMax &gt;= 1, al menos un conjunto de referencia y un reinicio</translation>
        </message>
        <message>
            <source>prediction strength needs 2 &lt;= kMin &lt;= kMax and at least one split</source>
            <translation>la fuerza de predicción necesita 2 &lt;= kMin &lt;= kMax y al menos una división</translation>
        </message>
        <message>
            <source>prediction strength's strata must have one label per row</source>
            <translation>los estratos de la fuerza de predicción deben tener una etiqueta por fila</translation>
        </message>
        <message>
            <source>prediction strength for k up to %1 needs at least %2 customers, twice as many; there are %3</source>
            <translation>la fuerza de predicción para k hasta %1 necesita al menos %2 clientes, el doble; hay %3</translation>
        </message>
        <message>
            <source>label %1 at row index %2 is invalid: cluster ids are &gt;= 0, and -1 marks noise</source>
            <translation>la etiqueta %1 en el índice de fila %2 no es válida: los ids de clúster son &gt;= 0, y -1 indica ruido</translation>
        </message>
        <message>
            <source>the data has %1 rows but there are %2 labels</source>
            <translation>los datos tienen %1 filas, pero hay %2 etiquetas</translation>
        </message>
        <message>
            <source>the two labelings have different lengths (%1 and %2)</source>
            <translation>los dos etiquetados tienen longitudes distintas (%1 y %2)</translation>
        </message>
        <message>
            <source>run %1 has no labels</source>
            <translation>la ejecución %1 no tiene etiquetas</translation>
        </message>
        <message>
            <source>run %1 has not one label per row</source>
            <translation>la ejecución %1 no tiene una etiqueta por fila</translation>
        </message>
        <message>
            <source>the rows of run %1 are not ascending</source>
            <translation>las filas de la ejecución %1 no están en orden ascendente</translation>
        </message>
        <message>
            <source>run %1 has the label %2 outside its %3 segments</source>
            <translation>la ejecución %1 tiene la etiqueta %2, fuera de sus %3 segmentos</translation>
        </message>
        <message>
            <source>trustworthiness: the map has %1 rows, the data %2</source>
            <translation>fiabilidad (trustworthiness): el mapa tiene %1 filas y los datos, %2</translation>
        </message>
        <message>
            <source>trustworthiness: k = %1 needs at least 2k + 1 rows, there are %2</source>
            <translation>fiabilidad (trustworthiness): k = %1 necesita al menos 2k + 1 filas; hay %2</translation>
        </message>
        <message>
            <source>trustworthiness: the map has %1 points, the data %2 rows</source>
            <translation>fiabilidad (trustworthiness): el mapa tiene %1 puntos y los datos, %2 filas</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>what failed: the system's reason</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no file name given</source>
            <translation>no se indicó ningún nombre de archivo</translation>
        </message>
        <message>
            <source>is a directory, not a file</source>
            <translation>es un directorio, no un archivo</translation>
        </message>
        <message>
            <source>permission denied: the file is read-only (its owner has no write permission), so it is not replaced</source>
            <translation>permiso denegado: el archivo es de solo lectura (su propietario no tiene permiso de escritura), así que no se reemplaza</translation>
        </message>
        <message>
            <source>permission denied: this user may not write the file, so it is not replaced</source>
            <translation>permiso denegado: este usuario no puede escribir en el archivo, así que no se reemplaza</translation>
        </message>
        <message>
            <source>cannot write</source>
            <translation>no se puede escribir</translation>
        </message>
        <message>
            <source>cannot write: the folder %1 does not exist</source>
            <translation>no se puede escribir: la carpeta %1 no existe</translation>
        </message>
        <message>
            <source>cannot write: %1 is not a folder</source>
            <translation>no se puede escribir: %1 no es una carpeta</translation>
        </message>
        <message>
            <source>cannot write into the folder %1</source>
            <translation>no se puede escribir en la carpeta %1</translation>
        </message>
        <message>
            <source>is a folder, not a file: name a file to write in it</source>
            <translation>es una carpeta, no un archivo: indique un archivo dentro de ella en el que escribir</translation>
        </message>
        <message>
            <source>is neither a regular file nor a character device or FIFO; refusing to write to it</source>
            <translation>no es un archivo normal, ni un dispositivo de caracteres ni una FIFO; no se escribirá en él</translation>
        </message>
        <message>
            <source>cannot open</source>
            <translation>no se puede abrir</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1</source>
            <translation>no se puede crear un archivo temporal en %1</translation>
        </message>
        <message>
            <source>cannot set the permissions of the temporary file</source>
            <translation>no se pueden establecer los permisos del archivo temporal</translation>
        </message>
        <message>
            <source>the file could not be written</source>
            <translation>no se pudo escribir el archivo</translation>
        </message>
        <message>
            <source>the file was already committed</source>
            <translation>la escritura del archivo ya se había confirmado</translation>
        </message>
        <message>
            <source>cannot name the temporary file</source>
            <translation>no se puede asignar un nombre al archivo temporal</translation>
        </message>
        <message>
            <source>cannot keep the old file while replacing it</source>
            <translation>no se puede conservar el archivo anterior mientras se reemplaza</translation>
        </message>
        <message>
            <source>cannot replace the file</source>
            <translation>no se puede reemplazar el archivo</translation>
        </message>
        <message>
            <source>is the same file as %1; each output needs a file of its own</source>
            <translation>es el mismo archivo que %1; cada salida necesita su propio archivo</translation>
        </message>
        <message>
            <source>%1 could not be put back: %2</source>
            <translation>no se pudo restaurar %1: %2</translation>
        </message>
        <message>
            <source>%1 could not be put back: %2 (its old content is in %3)</source>
            <translation>no se pudo restaurar %1: %2 (su contenido anterior está en %3)</translation>
        </message>
        <message>
            <source>%1; the files replaced before it were put back</source>
            <translation>%1; se restauraron los archivos reemplazados antes que él</translation>
        </message>
        <message>
            <source>cannot read the symbolic link %1</source>
            <translation>no se puede leer el enlace simbólico %1</translation>
        </message>
        <message>
            <source>cannot look up %1</source>
            <translation>no se puede consultar %1</translation>
        </message>
        <message>
            <source>cannot follow the symbolic links</source>
            <translation>no se pueden seguir los enlaces simbólicos</translation>
        </message>
        <message>
            <source>only %1 of %2 customers are left after setting aside the outliers beyond a robust z of %3, fewer than the %4 segments asked for; raise the outlier threshold or turn it off</source>
            <translation>solo quedan %1 de %2 clientes tras apartar los valores atípicos más allá de una z robusta de %3, menos que los %4 segmentos solicitados; aumente el umbral de valores atípicos o desactívelo</translation>
        </message>
        <message>
            <source>%1 of %2 customers were set aside as outliers (a feature beyond a robust z of %3) and are in no segment</source>
            <translation>%1 de %2 clientes se apartaron como valores atípicos (alguna variable más allá de una z robusta de %3) y no están en ningún segmento</translation>
        </message>
        <message>
            <source>the Gaussian mixture treats the 0/1 features of the categorical columns %1 as continuous: segments tend to split by category rather than by behaviour; leave those columns out, or compare with k-means</source>
            <translation>la mezcla gaussiana trata como continuas las variables 0/1 de las columnas categóricas %1: los segmentos tienden a dividirse por categoría más que por comportamiento; excluya esas columnas o compare con k-means</translation>
        </message>
        <message>
            <source>%1 stopped at its limit of %2 iterations before converging</source>
            <translation>%1 se detuvo en su límite de %2 iteraciones antes de converger</translation>
        </message>
        <message numerus="yes">
            <source>it found %n segment(s)</source>
            <translation>
                <numerusform>encontró %n segmento</numerusform>
                <numerusform>encontró %n segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>its segments change with the seed (stability %1, below %2)</source>
            <translation>sus segmentos cambian con la semilla (estabilidad %1, inferior a %2)</translation>
        </message>
        <message>
            <source>its smallest segment holds %1 of the customers, below %2</source>
            <translation>su segmento más pequeño contiene el %1 de los clientes, menos del %2</translation>
        </message>
        <message>
            <source>its separation (silhouette) is undefined</source>
            <translation>su separación (silueta) no está definida</translation>
        </message>
        <message>
            <source>it separates the customers less well than the current model (silhouette %1 against %2)</source>
            <translation>separa a los clientes peor que el modelo actual (silueta %1 frente a %2)</translation>
        </message>
        <message>
            <source>segment matching needs a label for every customer</source>
            <translation>el emparejamiento de segmentos necesita una etiqueta para cada cliente</translation>
        </message>
        <message>
            <source>feature spec key '%1': %2</source>
            <translation>clave '%1' de la especificación: %2</translation>
        </message>
        <message>
            <source>unknown key; accepted keys: %1</source>
            <translation>clave desconocida; claves aceptadas: %1</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>se esperaba un número</translation>
        </message>
        <message>
            <source>the weight %1 is out of range; %2</source>
            <translation>el peso %1 está fuera de rango; %2</translation>
        </message>
        <message>
            <source>expected a text value</source>
            <translation>se esperaba un valor de texto</translation>
        </message>
        <message>
            <source>a weight is a number from %1 to %2</source>
            <translation>un peso es un número de %1 a %2</translation>
        </message>
        <message>
            <source>unknown transform '%1'; accepted values: %2</source>
            <translation>transformación desconocida '%1'; valores aceptados: %2</translation>
        </message>
        <message>
            <source>unknown scaling '%1'; accepted values: %2</source>
            <translation>escalado desconocido '%1'; valores aceptados: %2</translation>
        </message>
        <message>
            <source>unknown imputation '%1'; accepted values: %2</source>
            <translation>imputación desconocida '%1'; valores aceptados: %2</translation>
        </message>
        <message>
            <source>the feature spec has no groups; list at least one group with its columns</source>
            <translation>la especificación no tiene grupos; incluya al menos un grupo con sus columnas</translation>
        </message>
        <message>
            <source>every group of the feature spec is disabled ("enabled": false): %1; enable a group to cluster its columns</source>
            <translation>todos los grupos de la especificación están desactivados ("enabled": false): %1; active un grupo para agrupar sus columnas</translation>
        </message>
        <message>
            <source>no enabled group of the feature spec lists a column</source>
            <translation>ningún grupo activado de la especificación incluye una columna</translation>
        </message>
        <message>
            <source>no enabled group of the feature spec lists a column; the disabled groups are %1</source>
            <translation>ningún grupo activado de la especificación incluye una columna; los grupos desactivados son %1</translation>
        </message>
        <message>
            <source>no column was named; name the columns to cluster</source>
            <translation>no se indicó ninguna columna; indique las columnas que desea agrupar</translation>
        </message>
        <message>
            <source>column '%1' holds identifiers (free text or keys) and cannot be a feature</source>
            <translation>la columna '%1' contiene identificadores (texto libre o claves) y no puede ser una variable</translation>
        </message>
        <message>
            <source>no column named %1; the columns are: %2</source>
            <translation>no hay ninguna columna llamada %1; las columnas son: %2</translation>
        </message>
        <message>
            <source>feature spec</source>
            <translation>especificación</translation>
        </message>
        <message>
            <source>the feature spec must be a JSON object</source>
            <translation>la especificación debe ser un objeto JSON</translation>
        </message>
        <message>
            <source>expected a whole number from 1 to 10000</source>
            <translation>se esperaba un número entero de 1 a 10000</translation>
        </message>
        <message>
            <source>expected two quantiles, e.g. [0.01, 0.99]</source>
            <translation>se esperaban dos cuantiles, p. ej. [0.01, 0.99]</translation>
        </message>
        <message>
            <source>expected 0 &lt;= lower &lt; upper &lt;= 1</source>
            <translation>se esperaba 0 &lt;= inferior &lt; superior &lt;= 1</translation>
        </message>
        <message>
            <source>missing; a feature spec lists its feature groups</source>
            <translation>falta; una especificación enumera sus grupos de variables</translation>
        </message>
        <message>
            <source>expected an array of groups</source>
            <translation>se esperaba un array de grupos</translation>
        </message>
        <message>
            <source>expected an object with "name" and "columns"</source>
            <translation>se esperaba un objeto con "name" y "columns"</translation>
        </message>
        <message>
            <source>every group needs a non-empty name</source>
            <translation>cada grupo necesita un nombre no vacío</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>se esperaba true o false</translation>
        </message>
        <message>
            <source>expected an array of column names</source>
            <translation>se esperaba un array de nombres de columna</translation>
        </message>
        <message>
            <source>expected the column name</source>
            <translation>se esperaba el nombre de la columna</translation>
        </message>
        <message>
            <source>expected a column name or an object with "column"</source>
            <translation>se esperaba un nombre de columna o un objeto con "column"</translation>
        </message>
        <message>
            <source>empty column name</source>
            <translation>nombre de columna vacío</translation>
        </message>
        <message>
            <source>column '%1' is listed more than once</source>
            <translation>la columna '%1' aparece más de una vez</translation>
        </message>
        <message>
            <source>feature spec file</source>
            <translation>archivo de especificación</translation>
        </message>
        <message>
            <source>a decimal comma is read only from files delimited by ';' or tabs, in columns whose every value is an integer or uses it: write the numbers with '.' as the decimal mark</source>
            <translation>la coma decimal solo se lee en archivos delimitados por ';' o tabuladores, en columnas cuyos valores son todos enteros o la usan: escriba los números con '.' como separador decimal</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma or a thousands separator ('%1'), which are not read as numbers; %2, or leave the column out</source>
            <translation>la columna parece contener números con coma decimal o separador de miles ('%1'), que no se leen como números; %2, o excluya la columna</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma ('%1'), which are not read as numbers; %2, or leave the column out</source>
            <translation>la columna parece contener números con coma decimal ('%1'), que no se leen como números; %2, o excluya la columna</translation>
        </message>
        <message>
            <source>the column looks like numbers with thousands separators ('%1'), which are not read as numbers; remove the thousands separators, or leave the column out</source>
            <translation>la columna parece contener números con separadores de miles ('%1'), que no se leen como números; quite los separadores de miles o excluya la columna</translation>
        </message>
        <message>
            <source>the column looks like numbers with a currency or percent sign ('%1'), which are not read as numbers; remove the currency or percent signs, or leave the column out</source>
            <translation>la columna parece contener números con un símbolo de moneda o de porcentaje ('%1'), que no se leen como números; quite los símbolos de moneda o de porcentaje, o excluya la columna</translation>
        </message>
        <message>
            <source>the column looks like numbers with a decimal comma (row %1: '%2'), but '%3' has a thousands separator too, and thousands separators are never read as part of a number; remove them (a decimal comma alone is read in files delimited by ';' or tabs), or leave the column out</source>
            <translation>la columna parece contener números con coma decimal (fila %1: '%2'), pero '%3' también tiene un separador de miles, y los separadores de miles nunca se leen como parte de un número; quítelos (la coma decimal sola se lee en archivos delimitados por ';' o tabuladores) o excluya la columna</translation>
        </message>
        <message>
            <source>row %1 '%2'</source>
            <translation>fila %1 '%2'</translation>
        </message>
        <message>
            <source>expected numbers, but 1 of %1 cells is not: %2; correct them, leave them empty if they are missing, or leave the column out</source>
            <translation>se esperaban números, pero 1 de %1 celdas no lo es: %2; corríjala, déjela vacía si falta el valor o excluya la columna</translation>
        </message>
        <message numerus="yes">
            <source>expected numbers, but %n of %1 cells are not: %2; correct them, leave them empty if they are missing, or leave the column out</source>
            <translation>
                <numerusform>se esperaban números, pero %n de %1 celdas no lo es: %2; corríjala, déjela vacía si falta el valor o excluya la columna</numerusform>
                <numerusform>se esperaban números, pero %n de %1 celdas no lo son: %2; corríjalas, déjelas vacías si faltan los valores o excluya la columna</numerusform>
            </translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a categorical column</source>
            <translation>la columna es %1, pero las variables ajustadas esperan una columna categórica</translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a date column</source>
            <translation>la columna es %1, pero las variables ajustadas esperan una columna de fecha</translation>
        </message>
        <message>
            <source>the column is %1, but the fitted features expect a numeric column</source>
            <translation>la columna es %1, pero las variables ajustadas esperan una columna numérica</translation>
        </message>
        <message>
            <source>the value %1 is too large to cluster: feature values must lie within ±%2 so that squared distances stay finite; correct the value, or give the column in larger units (thousands, millions)</source>
            <translation>el valor %1 es demasiado grande para agrupar: los valores de las variables deben estar dentro de ±%2 para que las distancias al cuadrado sigan siendo finitas; corrija el valor o exprese la columna en unidades mayores (miles, millones)</translation>
        </message>
        <message>
            <source>the value %1 becomes %2 after scaling (centre %3, scale %4, weight %5), beyond the ±%6 that can be clustered; the column's spread is too small for its scaling: use zscore or minmax scaling, or leave the column out</source>
            <translation>el valor %1 pasa a ser %2 tras el escalado (centro %3, escala %4, peso %5), más allá del ±%6 que se puede agrupar; la dispersión de la columna es demasiado pequeña para su escalado: use el escalado zscore o minmax, o excluya la columna</translation>
        </message>
        <message>
            <source>the log1p transform needs values of 0 or more, but this cell holds %1 (a date after the newest date seen when fitting); use the transform "none" or "winsorize" for this column</source>
            <translation>la transformación log1p necesita valores de 0 o más, pero esta celda contiene %1 (una fecha posterior a la más reciente vista durante el ajuste); use la transformación "none" o "winsorize" para esta columna</translation>
        </message>
        <message>
            <source>the log1p transform needs values of 0 or more, but this cell holds %1; use the transform "none" or "winsorize" for this column</source>
            <translation>la transformación log1p necesita valores de 0 o más, pero esta celda contiene %1; use la transformación "none" o "winsorize" para esta columna</translation>
        </message>
        <message>
            <source>the feature spec lists this column more than once</source>
            <translation>la especificación incluye esta columna más de una vez</translation>
        </message>
        <message>
            <source>the column holds identifiers (free text or keys) and cannot be a feature; remove it from the feature spec</source>
            <translation>la columna contiene identificadores (texto libre o claves) y no puede ser una variable; quítela de la especificación</translation>
        </message>
        <message>
            <source>the transform "%1" applies to numeric columns, but this column is categorical</source>
            <translation>la transformación "%1" se aplica a columnas numéricas, pero esta columna es categórica</translation>
        </message>
        <message>
            <source>the weight of the group '%1' is %2, out of range; %3</source>
            <translation>el peso del grupo '%1' es %2, fuera de rango; %3</translation>
        </message>
        <message>
            <source>the column's weight is %1, out of range; %2</source>
            <translation>el peso de la columna es %1, fuera de rango; %2</translation>
        </message>
        <message>
            <source>the feature spec names %1, but the table has no such column; the columns are: %2</source>
            <translation>la especificación nombra %1, pero la tabla no tiene esa columna; las columnas son: %2</translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the mean (%2)</source>
            <translation>
                <numerusform>columna '%1': se completó %n valor faltante con la media (%2)</numerusform>
                <numerusform>columna '%1': se completaron %n valores faltantes con la media (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the most frequent value (%2)</source>
            <translation>
                <numerusform>columna '%1': se completó %n valor faltante con el valor más frecuente (%2)</numerusform>
                <numerusform>columna '%1': se completaron %n valores faltantes con el valor más frecuente (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the median (%2)</source>
            <translation>
                <numerusform>columna '%1': se completó %n valor faltante con la mediana (%2)</numerusform>
                <numerusform>columna '%1': se completaron %n valores faltantes con la mediana (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>column '%1': filled %n missing cell(s) with the most frequent level '%2'</source>
            <translation>
                <numerusform>columna '%1': se completó %n valor faltante con el nivel más frecuente, '%2'</numerusform>
                <numerusform>columna '%1': se completaron %n valores faltantes con el nivel más frecuente, '%2'</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1' is constant (every value is %2) and was left out</source>
            <translation>la columna '%1' es constante (todos los valores son %2) y se excluyó</translation>
        </message>
        <message>
            <source>column '%1' is constant after winsorizing (every value becomes %2) and was left out</source>
            <translation>la columna '%1' es constante tras la winsorización (todos los valores pasan a ser %2) y se excluyó</translation>
        </message>
        <message>
            <source>column '%1': the interquartile range is 0, so it is scaled by its standard deviation</source>
            <translation>columna '%1': el rango intercuartílico es 0, así que se escala por su desviación estándar</translation>
        </message>
        <message>
            <source>column '%1' is constant (every value is '%2') and was left out</source>
            <translation>la columna '%1' es constante (todos los valores son '%2') y se excluyó</translation>
        </message>
        <message>
            <source>column '%1': %2 less frequent levels were pooled into '%3'</source>
            <translation>columna '%1': %2 niveles menos frecuentes se agruparon en '%3'</translation>
        </message>
        <message>
            <source>the column has no values (every cell is empty, NULL or a missing marker), so it cannot be a feature</source>
            <translation>la columna no tiene valores (todas las celdas están vacías, son NULL o son marcadores de valor faltante), así que no puede ser una variable</translation>
        </message>
        <message>
            <source>every row misses at least one feature value, so imputation "drop" leaves no rows; choose median, mean or mode imputation</source>
            <translation>a todas las filas les falta al menos un valor de variable, así que la imputación "drop" no deja ninguna fila; elija la imputación median, mean o mode</translation>
        </message>
        <message>
            <source>dropped %1 of %2 rows with a missing feature value (imputation "drop")</source>
            <translation>se descartaron %1 de %2 filas con algún valor de variable faltante (imputación "drop")</translation>
        </message>
        <message>
            <source>column '%1' is marked sensitive: segments that use it treat customers differently by it, which may be unlawful or unfair in marketing; leave it out of the features unless that is intended</source>
            <translation>la columna '%1' está marcada como sensible: los segmentos que la usan tratan a los clientes de forma distinta según ella, lo que puede ser ilegal o injusto en marketing; exclúyala de las variables salvo que sea intencionado</translation>
        </message>
        <message>
            <source>column '%1' looks like a sensitive attribute (%2): segments that use it treat customers differently by it, which may be unlawful or unfair in marketing; leave it out of the features unless that is intended</source>
            <translation>la columna '%1' parece un atributo sensible (%2): los segmentos que la usan tratan a los clientes de forma distinta según ella, lo que puede ser ilegal o injusto en marketing; exclúyala de las variables salvo que sea intencionado</translation>
        </message>
        <message>
            <source>no usable feature remains: every selected column is constant (%1); a feature needs at least two different values</source>
            <translation>no queda ninguna variable utilizable: todas las columnas seleccionadas son constantes (%1); una variable necesita al menos dos valores distintos</translation>
        </message>
        <message>
            <source>the table part has fewer rows than the prepared data</source>
            <translation>la parte de la tabla tiene menos filas que los datos preparados</translation>
        </message>
        <message>
            <source>the rows of a stored transform are not rows of the table</source>
            <translation>las filas de una transformación almacenada no son filas de la tabla</translation>
        </message>
        <message>
            <source>unknown time unit '%1'; accepted values: day, week, month</source>
            <translation>unidad de tiempo desconocida '%1'; valores aceptados: day, week, month</translation>
        </message>
        <message>
            <source>the customer column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de cliente '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the date column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de fecha '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>give the amount column, or the unit price and quantity columns</source>
            <translation>indique la columna de importe, o las columnas de precio unitario y cantidad</translation>
        </message>
        <message>
            <source>give the amount column or the unit price column, not both</source>
            <translation>indique la columna de importe o la de precio unitario, no ambas</translation>
        </message>
        <message>
            <source>a unit price needs the quantity column: a line's amount is quantity x price</source>
            <translation>un precio unitario necesita la columna de cantidad: el importe de una línea es cantidad x precio</translation>
        </message>
        <message>
            <source>the unit price column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de precio unitario '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the amount column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de importe '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the quantity column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de cantidad '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the channel column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de canal '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the category column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de categoría '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the holdout end %1 must be after the calibration end %2</source>
            <translation>el fin del periodo de validación (%1) debe ser posterior al fin del periodo de calibración (%2)</translation>
        </message>
        <message>
            <source>the customer id is missing</source>
            <translation>falta el id de cliente</translation>
        </message>
        <message>
            <source>the date is missing</source>
            <translation>falta la fecha</translation>
        </message>
        <message>
            <source>'%1' is not a date (such as 2024-03-31, 3/31/2024, 31.03.2024 or 20240331)</source>
            <translation>'%1' no es una fecha (como 2024-03-31, 3/31/2024, 31.03.2024 o 20240331)</translation>
        </message>
        <message>
            <source>the date %1 is in the future (after %2)</source>
            <translation>la fecha %1 es futura (posterior a %2)</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>'%1' no es un número</translation>
        </message>
        <message>
            <source>the unit price is missing</source>
            <translation>falta el precio unitario</translation>
        </message>
        <message>
            <source>the amount is missing</source>
            <translation>falta el importe</translation>
        </message>
        <message>
            <source>the quantity is missing: without it the line has no amount</source>
            <translation>falta la cantidad: sin ella, la línea no tiene importe</translation>
        </message>
        <message>
            <source>'%1' is not a number: without it the line has no amount</source>
            <translation>'%1' no es un número: sin una cantidad válida, la línea no tiene importe</translation>
        </message>
        <message>
            <source>every cell equals row %1: counted once</source>
            <translation>todas las celdas son iguales a las de la fila %1: se cuenta una sola vez</translation>
        </message>
        <message>
            <source>every cell equals row %1: kept</source>
            <translation>todas las celdas son iguales a las de la fila %1: se conserva</translation>
        </message>
        <message>
            <source>a negative amount (%1 x %2) is a return, not a purchase</source>
            <translation>un importe negativo (%1 x %2) es una devolución, no una compra</translation>
        </message>
        <message>
            <source>a negative amount (%1) is a return, not a purchase</source>
            <translation>un importe negativo (%1) es una devolución, no una compra</translation>
        </message>
        <message>
            <source>'%1' is not a number: the purchase counts, its quantity does not</source>
            <translation>'%1' no es un número: la compra se cuenta, pero su cantidad no</translation>
        </message>
        <message>
            <source>%1 row(s) missing id (left out)</source>
            <translation>%1 fila(s) sin id (omitidas)</translation>
        </message>
        <message>
            <source>%1 row(s) bad date (left out)</source>
            <translation>%1 fila(s) con fecha no válida (omitidas)</translation>
        </message>
        <message>
            <source>%1 row(s) future date (left out)</source>
            <translation>%1 fila(s) con fecha futura (omitidas)</translation>
        </message>
        <message>
            <source>%1 row(s) bad amount (left out)</source>
            <translation>%1 fila(s) con importe no válido (omitidas)</translation>
        </message>
        <message>
            <source>%1 row(s) return</source>
            <translation>%1 fila(s) de devolución</translation>
        </message>
        <message>
            <source>%1 customer(s) first bought after %2</source>
            <translation>%1 cliente(s) con primera compra posterior a %2</translation>
        </message>
        <message>
            <source>no customer made a purchase on or before the calibration end %1 (%2 rows)</source>
            <translation>ningún cliente hizo una compra en la fecha de fin de la calibración, %1, o antes (%2 filas)</translation>
        </message>
        <message>
            <source>no customer made a purchase on or before the calibration end %1 (%2 rows; %3)</source>
            <translation>ningún cliente hizo una compra en la fecha de fin de la calibración, %1, o antes (%2 filas; %3)</translation>
        </message>
        <message>
            <source>the frequency column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de frecuencia '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the recency column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de recencia '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the T column '%1' does not exist; the columns are: %2</source>
            <translation>la columna T '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the monetary column '%1' does not exist; the columns are: %2</source>
            <translation>la columna de valor monetario '%1' no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>the value is missing</source>
            <translation>falta el valor</translation>
        </message>
        <message>
            <source>the frequency %1 is not a whole number of repeat purchases (0, 1, 2, ...)</source>
            <translation>la frecuencia %1 no es un número entero de compras repetidas (0, 1, 2, ...)</translation>
        </message>
        <message>
            <source>T %1 is negative (the time from the first purchase to the end of calibration)</source>
            <translation>T %1 es negativo (el tiempo desde la primera compra hasta el fin de la calibración)</translation>
        </message>
        <message>
            <source>T is 0 but the frequency is %1: repeat purchases need time after the first purchase</source>
            <translation>T es 0, pero la frecuencia es %1: las compras repetidas necesitan tiempo después de la primera compra</translation>
        </message>
        <message>
            <source>the recency %1 is not between 0 and T (%2)</source>
            <translation>la recencia %1 no está entre 0 y T (%2)</translation>
        </message>
        <message>
            <source>the recency %1 must be 0 when the frequency is 0 (no repeat purchase)</source>
            <translation>la recencia %1 debe ser 0 cuando la frecuencia es 0 (sin compras repetidas)</translation>
        </message>
        <message>
            <source>the monetary value %1 is negative</source>
            <translation>el valor monetario %1 es negativo</translation>
        </message>
        <message>
            <source>the table has no customers</source>
            <translation>la tabla no tiene clientes</translation>
        </message>
        <message>
            <source>the customer each purchase belongs to</source>
            <translation>el cliente al que pertenece cada compra</translation>
        </message>
        <message>
            <source>purchase days in calibration (lines on one day are one purchase)</source>
            <translation>días con compras en la calibración (las líneas de un mismo día son una sola compra)</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in days</source>
            <translation>tiempo desde la última compra hasta el fin de la calibración, en días</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in weeks</source>
            <translation>tiempo desde la última compra hasta el fin de la calibración, en semanas</translation>
        </message>
        <message>
            <source>time from the last purchase to the calibration end in months</source>
            <translation>tiempo desde la última compra hasta el fin de la calibración, en meses</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in days</source>
            <translation>tiempo desde la primera compra hasta el fin de la calibración, en días</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in weeks</source>
            <translation>tiempo desde la primera compra hasta el fin de la calibración, en semanas</translation>
        </message>
        <message>
            <source>time from the first purchase to the calibration end in months</source>
            <translation>tiempo desde la primera compra hasta el fin de la calibración, en meses</translation>
        </message>
        <message>
            <source>the calibration purchases' summed amounts</source>
            <translation>la suma de los importes de las compras de la calibración</translation>
        </message>
        <message>
            <source>total spend per purchase day (an average: its segment totals would mean nothing)</source>
            <translation>gasto total por día de compra (una media: sus totales por segmento no tendrían sentido)</translation>
        </message>
        <message>
            <source>the summed value of returns (negative amounts)</source>
            <translation>el valor sumado de las devoluciones (importes negativos)</translation>
        </message>
        <message>
            <source>the summed quantity of the purchase lines</source>
            <translation>la cantidad sumada de las líneas de compra</translation>
        </message>
        <message>
            <source>distinct categories bought</source>
            <translation>categorías distintas compradas</translation>
        </message>
        <message>
            <source>the share of the customer's purchase lines in channel '%1'</source>
            <translation>la proporción de las líneas de compra del cliente en el canal '%1'</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: repeat purchases x</source>
            <translation>una entrada de los modelos de valor de vida del cliente, reservada para ellos: compras repetidas x</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in days (not the time since the last purchase)</source>
            <translation>una entrada de los modelos de valor de vida del cliente, reservada para ellos: t_x, de la primera a la última compra, en días (no el tiempo desde la última compra)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in weeks (not the time since the last purchase)</source>
            <translation>una entrada de los modelos de valor de vida del cliente, reservada para ellos: t_x, de la primera a la última compra, en semanas (no el tiempo desde la última compra)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: t_x, first to last purchase in months (not the time since the last purchase)</source>
            <translation>una entrada de los modelos de valor de vida del cliente, reservada para ellos: t_x, de la primera a la última compra, en meses (no el tiempo desde la última compra)</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in days</source>
            <translation>una entrada de los modelos de valor de vida del cliente, reservada para ellos: de la primera compra al fin de la calibración, en días</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in weeks</source>
            <translation>una entrada de los modelos de valor de vida del cliente, reservada para ellos: de la primera compra al fin de la calibración, en semanas</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: first purchase to the calibration end in months</source>
            <translation>una entrada de los modelos de valor de vida del cliente, reservada para ellos: de la primera compra al fin de la calibración, en meses</translation>
        </message>
        <message>
            <source>an input of the lifetime-value models, kept for them: the mean repeat purchase (0 without a repeat purchase)</source>
            <translation>una entrada de los modelos de valor de vida del cliente, reservada para ellos: la compra repetida media (0 sin compras repetidas)</translation>
        </message>
        <message>
            <source>missing for one-time buyers, so not segmented on unless chosen</source>
            <translation>falta en los clientes con una sola compra, así que no se usa para segmentar salvo que se elija</translation>
        </message>
        <message>
            <source>when the customer first bought</source>
            <translation>cuándo compró el cliente por primera vez</translation>
        </message>
        <message>
            <source>purchase days in the holdout period, against which forecasts are checked: never a feature</source>
            <translation>días con compras en el periodo de validación, con el que se comprueban las previsiones: nunca es una variable</translation>
        </message>
        <message>
            <source>spend in the holdout period, against which forecasts are checked: never a feature</source>
            <translation>gasto en el periodo de validación, con el que se comprueban las previsiones: nunca es una variable</translation>
        </message>
        <message>
            <source>%1 row(s) without a customer id left out</source>
            <translation>se omitieron %1 fila(s) sin id de cliente</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid date left out</source>
            <translation>se omitieron %1 fila(s) sin una fecha válida</translation>
        </message>
        <message>
            <source>%1 row(s) dated in the future left out</source>
            <translation>se omitieron %1 fila(s) con fecha futura</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid amount left out</source>
            <translation>se omitieron %1 fila(s) sin un importe válido</translation>
        </message>
        <message>
            <source>%1 row(s) with a negative amount counted as returns, not purchases</source>
            <translation>se contaron %1 fila(s) con importe negativo como devoluciones, no como compras</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) counted once</source>
            <translation>se contaron una sola vez %1 línea(s) duplicada(s)</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) kept</source>
            <translation>se conservaron %1 línea(s) duplicada(s)</translation>
        </message>
        <message>
            <source>%1 row(s) with a quantity that is not a number: their quantity left out</source>
            <translation>%1 fila(s) con una cantidad no numérica: se omitió su cantidad</translation>
        </message>
        <message>
            <source>%1; the first: %2</source>
            <translation>%1; la primera: %2</translation>
        </message>
        <message>
            <source>no cell of the date column is a date</source>
            <translation>ninguna celda de la columna de fecha es una fecha</translation>
        </message>
        <message>
            <source>calibration to %1, holdout to %2</source>
            <translation>calibración hasta %1, validación hasta %2</translation>
        </message>
        <message>
            <source>calibration to %1</source>
            <translation>calibración hasta %1</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in days)</source>
            <translation>%1 filas de transacciones leídas como %2 clientes (%3, en días)</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in weeks)</source>
            <translation>%1 filas de transacciones leídas como %2 clientes (%3, en semanas)</translation>
        </message>
        <message>
            <source>%1 transaction rows read as %2 customers (%3, in months)</source>
            <translation>%1 filas de transacciones leídas como %2 clientes (%3, en meses)</translation>
        </message>
        <message>
            <source>%1 customer(s) first bought after the calibration end: not in the table</source>
            <translation>%1 cliente(s) con primera compra posterior al fin de la calibración: no están en la tabla</translation>
        </message>
        <message>
            <source>%1 purchase line(s) after %2 left out</source>
            <translation>se omitieron %1 línea(s) de compra posterior(es) a %2</translation>
        </message>
        <message>
            <source>segment %1 holds '%2' at %3 times its share among all customers (%4% against %5%)</source>
            <translation>el segmento %1 contiene '%2' en una proporción %3 veces mayor que entre todos los clientes (%4% frente a %5%)</translation>
        </message>
        <message>
            <source>the number of segments must not be negative</source>
            <translation>el número de segmentos no debe ser negativo</translation>
        </message>
        <message>
            <source>there are %1 segment labels for %2 prepared rows</source>
            <translation>hay %1 etiquetas de segmento para %2 filas preparadas</translation>
        </message>
        <message>
            <source>segment label %1 is outside 0..%2 (and -1 for noise)</source>
            <translation>la etiqueta de segmento %1 está fuera de 0..%2 (y -1 para el ruido)</translation>
        </message>
        <message>
            <source>the money column must hold amounts, but it is %1</source>
            <translation>la columna monetaria debe contener importes, pero es %1</translation>
        </message>
        <message>
            <source>%1 of %2 is more than the archive can hold</source>
            <translation>%1 de %2 supera la capacidad del archivo serializado</translation>
        </message>
        <message>
            <source>a text length</source>
            <translation>una longitud de texto</translation>
        </message>
        <message>
            <source>a text is not valid UTF-8</source>
            <translation>un texto no es UTF-8 válido</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>a %1 x %2 matrix is more than the archive can hold</source>
            <translation>una matriz de %1 x %2 supera la capacidad del archivo serializado</translation>
        </message>
        <message>
            <source>%1 %2 is unknown</source>
            <translation>%1: valor %2 desconocido</translation>
        </message>
        <message>
            <source>%1 is %2, not 0 or 1</source>
            <translation>%1 vale %2, no 0 ni 1</translation>
        </message>
        <message>
            <source>%1 is of version %2, written by a newer SegmentScope; this one reads up to version %3</source>
            <translation>%1: versión %2, escrita por un SegmentScope más reciente; esta versión lee hasta la versión %3</translation>
        </message>
        <message>
            <source>a lifetime-value fit</source>
            <translation>un ajuste de valor de vida del cliente</translation>
        </message>
        <message>
            <source>time unit</source>
            <translation>unidad de tiempo</translation>
        </message>
        <message>
            <source>fit status</source>
            <translation>estado del ajuste</translation>
        </message>
        <message>
            <source>a lifetime-value model has a parameter that is not a positive number</source>
            <translation>un modelo de valor de vida del cliente tiene un parámetro que no es un número positivo</translation>
        </message>
        <message>
            <source>a feature column</source>
            <translation>una columna de variable</translation>
        </message>
        <message>
            <source>transform</source>
            <translation>transformación</translation>
        </message>
        <message>
            <source>a feature group</source>
            <translation>un grupo de variables</translation>
        </message>
        <message>
            <source>a group's enabled flag</source>
            <translation>el indicador de activación de un grupo</translation>
        </message>
        <message>
            <source>a group's column count</source>
            <translation>el número de columnas de un grupo</translation>
        </message>
        <message>
            <source>a feature spec</source>
            <translation>una especificación</translation>
        </message>
        <message>
            <source>a group count</source>
            <translation>un número de grupos</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>escalado</translation>
        </message>
        <message>
            <source>imputation</source>
            <translation>imputación</translation>
        </message>
        <message>
            <source>a fitted feature</source>
            <translation>una variable ajustada</translation>
        </message>
        <message>
            <source>a feature's one-hot flag</source>
            <translation>el indicador one-hot de una variable</translation>
        </message>
        <message>
            <source>a feature's pooled flag</source>
            <translation>el indicador de niveles agrupados de una variable</translation>
        </message>
        <message>
            <source>a feature's date flag</source>
            <translation>el indicador de fecha de una variable</translation>
        </message>
        <message>
            <source>a fitted transform</source>
            <translation>una transformación ajustada</translation>
        </message>
        <message>
            <source>a feature count</source>
            <translation>un número de variables</translation>
        </message>
        <message>
            <source>k-means options</source>
            <translation>opciones de k-means</translation>
        </message>
        <message>
            <source>k-means method</source>
            <translation>método de k-means</translation>
        </message>
        <message>
            <source>the history flag</source>
            <translation>el indicador de historial</translation>
        </message>
        <message>
            <source>a nearest-centroid model</source>
            <translation>un modelo de centroide más cercano</translation>
        </message>
        <message>
            <source>Gaussian mixture options</source>
            <translation>opciones de la mezcla gaussiana</translation>
        </message>
        <message>
            <source>covariance type</source>
            <translation>tipo de covarianza</translation>
        </message>
        <message>
            <source>a Gaussian mixture model</source>
            <translation>un modelo de mezcla gaussiana</translation>
        </message>
        <message>
            <source>a mixture's weight count</source>
            <translation>el número de pesos de una mezcla</translation>
        </message>
        <message>
            <source>a Gaussian mixture's weights, means and covariances do not fit together</source>
            <translation>los pesos, las medias y las covarianzas de una mezcla gaussiana no son coherentes entre sí</translation>
        </message>
        <message>
            <source>Ward options</source>
            <translation>opciones de Ward</translation>
        </message>
        <message>
            <source>DBSCAN options</source>
            <translation>opciones de DBSCAN</translation>
        </message>
        <message>
            <source>HDBSCAN options</source>
            <translation>opciones de HDBSCAN</translation>
        </message>
        <message>
            <source>mini-batch k-means options</source>
            <translation>opciones de mini-batch k-means</translation>
        </message>
        <message>
            <source>consensus options</source>
            <translation>opciones de consenso</translation>
        </message>
        <message>
            <source>a consensus member count</source>
            <translation>un número de miembros del consenso</translation>
        </message>
        <message>
            <source>consensus member</source>
            <translation>miembro del consenso</translation>
        </message>
        <message>
            <source>resampling</source>
            <translation>remuestreo</translation>
        </message>
        <message>
            <source>a core-point model</source>
            <translation>un modelo de puntos núcleo</translation>
        </message>
        <message>
            <source>a core point count</source>
            <translation>un número de puntos núcleo</translation>
        </message>
        <message>
            <source>a core radius count</source>
            <translation>un número de radios de núcleo</translation>
        </message>
        <message>
            <source>a core-point model's points, labels, radii and centres do not fit together</source>
            <translation>los puntos, las etiquetas, los radios y los centros de un modelo de puntos núcleo no son coherentes entre sí</translation>
        </message>
        <message>
            <source>outlier options</source>
            <translation>opciones de valores atípicos</translation>
        </message>
        <message>
            <source>%1 alternative %2 is unknown</source>
            <translation>%1: alternativa %2 desconocida</translation>
        </message>
        <message>
            <source>a segmentation</source>
            <translation>una segmentación</translation>
        </message>
        <message>
            <source>clustering options</source>
            <translation>opciones de agrupamiento</translation>
        </message>
        <message>
            <source>algorithm</source>
            <translation>algoritmo</translation>
        </message>
        <message>
            <source>score kind</source>
            <translation>tipo de puntuación</translation>
        </message>
        <message>
            <source>cluster model</source>
            <translation>modelo de agrupamiento</translation>
        </message>
        <message>
            <source>clustering status</source>
            <translation>estado del agrupamiento</translation>
        </message>
        <message>
            <source>a membership count</source>
            <translation>un número de pertenencias</translation>
        </message>
        <message>
            <source>a merge count</source>
            <translation>un número de fusiones</translation>
        </message>
        <message>
            <source>the dendrogram's summarised flag</source>
            <translation>el indicador de resumen del dendrograma</translation>
        </message>
        <message>
            <source>a dendrogram of %1 leaves has %2 merges</source>
            <translation>un dendrograma de %1 hojas tiene %2 fusiones</translation>
        </message>
        <message>
            <source>a dendrogram merge has no finite height</source>
            <translation>una fusión del dendrograma no tiene una altura finita</translation>
        </message>
        <message>
            <source>a dendrogram is not a tree of its leaves: %1</source>
            <translation>un dendrograma no es un árbol de sus hojas: %1</translation>
        </message>
        <message>
            <source>a k sweep</source>
            <translation>un barrido de k</translation>
        </message>
        <message>
            <source>a k count</source>
            <translation>un número de valores de k</translation>
        </message>
        <message>
            <source>the k of a sweep are not ascending from 1</source>
            <translation>los k de un barrido no son ascendentes desde 1</translation>
        </message>
        <message>
            <source>it is not a Boost.Serialization binary archive</source>
            <translation>no es un archivo binario de Boost.Serialization</translation>
        </message>
        <message>
            <source>the archive cannot be read (%1)</source>
            <translation>no se puede leer el archivo serializado (%1)</translation>
        </message>
        <message>
            <source>the archive ends early</source>
            <translation>el archivo serializado termina antes de tiempo</translation>
        </message>
        <message>
            <source>a length is out of range</source>
            <translation>una longitud está fuera de rango</translation>
        </message>
        <message>
            <source>bytes follow the end of the archive</source>
            <translation>hay bytes después del final del archivo serializado</translation>
        </message>
        <message>
            <source>the project file is damaged: %1: %2</source>
            <translation>el archivo de proyecto está dañado: %1: %2</translation>
        </message>
        <message>
            <source>it ends early</source>
            <translation>termina antes de tiempo</translation>
        </message>
        <message>
            <source>a number is too large</source>
            <translation>un número es demasiado grande</translation>
        </message>
        <message>
            <source>a number is too long</source>
            <translation>un número es demasiado largo</translation>
        </message>
        <message>
            <source>%1 is %2, more than the %3 possible</source>
            <translation>%1 vale %2, más que el máximo posible de %3</translation>
        </message>
        <message>
            <source>it ends early (%1 bytes wanted, %2 left)</source>
            <translation>termina antes de tiempo (se necesitaban %1 bytes y quedan %2)</translation>
        </message>
        <message>
            <source>%1 bytes follow the end</source>
            <translation>hay %1 bytes después del final</translation>
        </message>
        <message>
            <source>it claims %1 bytes from %2 compressed bytes</source>
            <translation>declara %1 bytes a partir de %2 bytes comprimidos</translation>
        </message>
        <message>
            <source>the compressed data is longer than recorded</source>
            <translation>los datos comprimidos son más largos de lo registrado</translation>
        </message>
        <message>
            <source>the compressed data is shorter than recorded</source>
            <translation>los datos comprimidos son más cortos de lo registrado</translation>
        </message>
        <message>
            <source>the compressed data is invalid</source>
            <translation>los datos comprimidos no son válidos</translation>
        </message>
        <message>
            <source>decimal places %1 beyond %2</source>
            <translation>%1 decimales, más de %2</translation>
        </message>
        <message>
            <source>fewer bytes than cells</source>
            <translation>menos bytes que celdas</translation>
        </message>
        <message>
            <source>a value beyond 2^53</source>
            <translation>un valor superior a 2^53</translation>
        </message>
        <message>
            <source>unknown number encoding %1</source>
            <translation>codificación numérica desconocida %1</translation>
        </message>
        <message>
            <source>its content hash does not match</source>
            <translation>su hash de contenido no coincide</translation>
        </message>
        <message>
            <source>%1 bytes cannot hold %2 cells</source>
            <translation>%1 bytes no pueden contener %2 celdas</translation>
        </message>
        <message>
            <source>the level count</source>
            <translation>el número de niveles</translation>
        </message>
        <message>
            <source>a level's length</source>
            <translation>la longitud de un nivel</translation>
        </message>
        <message>
            <source>a level code</source>
            <translation>un código de nivel</translation>
        </message>
        <message>
            <source>a text's length</source>
            <translation>la longitud de un texto</translation>
        </message>
        <message>
            <source>the row count</source>
            <translation>el número de filas</translation>
        </message>
        <message>
            <source>a row gap</source>
            <translation>un salto de filas</translation>
        </message>
        <message>
            <source>row %1 is beyond the table's %2 rows</source>
            <translation>la fila %1 supera las %2 filas de la tabla</translation>
        </message>
        <message>
            <source>a segment number</source>
            <translation>un número de segmento</translation>
        </message>
        <message>
            <source>unknown score flag</source>
            <translation>indicador de puntuación desconocido</translation>
        </message>
        <message>
            <source>the salt '%1' is not hexadecimal digits</source>
            <translation>la sal '%1' no está formada por dígitos hexadecimales</translation>
        </message>
        <message>
            <source>the salt '%1' is not an even number of hexadecimal digits</source>
            <translation>la sal '%1' no tiene un número par de dígitos hexadecimales</translation>
        </message>
        <message>
            <source>two different ids got the same hash with this salt; import again (a new salt is drawn)</source>
            <translation>dos ids distintos obtuvieron el mismo hash con esta sal; vuelva a importar (se generará una sal nueva)</translation>
        </message>
        <message>
            <source>hashing ids needs the id column</source>
            <translation>para sustituir los ids por hashes se necesita la columna de id</translation>
        </message>
        <message>
            <source>the id column '%1' is marked as personal data; hash the ids instead, or name no id column</source>
            <translation>la columna de id '%1' está marcada como datos personales; en su lugar, sustituya los ids por hashes o no indique ninguna columna de id</translation>
        </message>
        <message>
            <source>the id column '%1' is not in the table</source>
            <translation>la columna de id '%1' no está en la tabla</translation>
        </message>
        <message>
            <source>the ids of '%1' are salted hashes already</source>
            <translation>los ids de '%1' ya son hashes con sal</translation>
        </message>
        <message>
            <source>the table's ids are salted hashes: name their id column</source>
            <translation>los ids de la tabla son hashes con sal: indique su columna de id</translation>
        </message>
        <message>
            <source>every column is personal data: nothing is left to store in a project</source>
            <translation>todas las columnas son datos personales: no queda nada que guardar en un proyecto</translation>
        </message>
        <message>
            <source>the run's rows are not ascending rows of the project's table</source>
            <translation>las filas de la ejecución no son filas ascendentes de la tabla del proyecto</translation>
        </message>
        <message>
            <source>the run has not one label per row</source>
            <translation>la ejecución no tiene una etiqueta por fila</translation>
        </message>
        <message>
            <source>the project holds no column '%1'</source>
            <translation>el proyecto no contiene ninguna columna '%1'</translation>
        </message>
        <message>
            <source>'%1' is the customer id column; hash the ids instead</source>
            <translation>'%1' es la columna de id de cliente; en su lugar, sustituya los ids por hashes</translation>
        </message>
        <message>
            <source>run %1 uses the column '%2' as a feature; delete the run first</source>
            <translation>la ejecución %1 usa la columna '%2' como variable; elimine antes la ejecución</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>what failed: SQLite's reason</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: reading it takes too long (a damaged or hostile file)</source>
            <translation>%1: su lectura tarda demasiado (un archivo dañado o malicioso)</translation>
        </message>
        <message>
            <source>the project file is damaged: table '%1' cannot be read</source>
            <translation>el archivo de proyecto está dañado: no se puede leer la tabla '%1'</translation>
        </message>
        <message>
            <source>cannot write table '%1'</source>
            <translation>no se puede escribir la tabla '%1'</translation>
        </message>
        <message>
            <source>the text is not valid UTF-8</source>
            <translation>el texto no es UTF-8 válido</translation>
        </message>
        <message>
            <source>the project file is damaged: table '%1', row %2, column '%3': %4</source>
            <translation>el archivo de proyecto está dañado: tabla '%1', fila %2, columna '%3': %4</translation>
        </message>
        <message>
            <source>a whole number</source>
            <comment>an SQLite value type</comment>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>a number</source>
            <comment>an SQLite value type</comment>
            <translation>un número</translation>
        </message>
        <message>
            <source>text</source>
            <comment>an SQLite value type</comment>
            <translation>texto</translation>
        </message>
        <message>
            <source>a blob</source>
            <comment>an SQLite value type</comment>
            <translation>un blob</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <translation>se esperaba %1 y se encontró %2</translation>
        </message>
        <message>
            <source>unknown column type '%1'</source>
            <translation>tipo de columna desconocido '%1'</translation>
        </message>
        <message>
            <source>unknown column role '%1'</source>
            <translation>rol de columna desconocido '%1'</translation>
        </message>
        <message>
            <source>not a SegmentScope project: the file is not an SQLite database (it is empty)</source>
            <translation>no es un proyecto de SegmentScope: el archivo no es una base de datos SQLite (está vacío)</translation>
        </message>
        <message>
            <source>not a SegmentScope project: the file is not an SQLite database</source>
            <translation>no es un proyecto de SegmentScope: el archivo no es una base de datos SQLite</translation>
        </message>
        <message>
            <source>the project file is damaged: it is truncated (%1 bytes, shorter than one database page)</source>
            <translation>el archivo de proyecto está dañado: está truncado (%1 bytes, menos que una página de la base de datos)</translation>
        </message>
        <message>
            <source>not a SegmentScope project: an SQLite database of another program (application_id %1, a project has 0x53675363)</source>
            <translation>no es un proyecto de SegmentScope: es una base de datos SQLite de otro programa (application_id %1; un proyecto tiene 0x53675363)</translation>
        </message>
        <message>
            <source>the project was written by a newer SegmentScope: its format version is %1, this version reads format versions up to %2; open it with a newer SegmentScope</source>
            <translation>el proyecto se escribió con un SegmentScope más reciente: su versión de formato es %1, y esta versión lee versiones de formato hasta la %2; ábralo con un SegmentScope más reciente</translation>
        </message>
        <message>
            <source>not a SegmentScope project: format version 0 was never written</source>
            <translation>no es un proyecto de SegmentScope: la versión de formato 0 nunca se ha escrito</translation>
        </message>
        <message>
            <source>the project file is damaged: it is truncated (%1 bytes of %2)</source>
            <translation>el archivo de proyecto está dañado: está truncado (%1 bytes de %2)</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta' has no '%1'</source>
            <translation>el archivo de proyecto está dañado: la tabla 'meta' no tiene '%1'</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta', '%1' is '%2', expected a whole number from %3 to %4</source>
            <translation>el archivo de proyecto está dañado: tabla 'meta', '%1' es '%2'; se esperaba un número entero de %3 a %4</translation>
        </message>
        <message>
            <source>invalid JSON (%1)</source>
            <translation>contenido JSON no válido (%1)</translation>
        </message>
        <message>
            <source>the project file is damaged: run %1: %2</source>
            <translation>el archivo de proyecto está dañado: ejecución %1: %2</translation>
        </message>
        <message>
            <source>its centres are not one per segment in the features' dimension</source>
            <translation>sus centros no son uno por segmento en la dimensión de las variables</translation>
        </message>
        <message>
            <source>its model's centres differ from its centres</source>
            <translation>los centros de su modelo difieren de sus centros</translation>
        </message>
        <message>
            <source>its mixture's means differ from its centres</source>
            <translation>las medias de su mezcla difieren de sus centros</translation>
        </message>
        <message>
            <source>its core-point model's centres differ from its centres</source>
            <translation>los centros de su modelo de puntos núcleo difieren de sus centros</translation>
        </message>
        <message>
            <source>its memberships are not one per customer</source>
            <translation>sus pertenencias no son una por cliente</translation>
        </message>
        <message>
            <source>its scores are not one per customer</source>
            <translation>sus puntuaciones no son una por cliente</translation>
        </message>
        <message>
            <source>it sets aside more customers than it segments</source>
            <translation>aparta más clientes de los que segmenta</translation>
        </message>
        <message>
            <source>its options are for another algorithm</source>
            <translation>sus opciones son de otro algoritmo</translation>
        </message>
        <message>
            <source>its feature '%1' needs the column '%2', which the project does not hold</source>
            <translation>su variable '%1' necesita la columna '%2', que el proyecto no contiene</translation>
        </message>
        <message>
            <source>(new project)</source>
            <translation>(proyecto nuevo)</translation>
        </message>
        <message>
            <source>cannot make the project</source>
            <translation>no se puede crear el proyecto</translation>
        </message>
        <message>
            <source>the project's column list does not match its table</source>
            <translation>la lista de columnas del proyecto no coincide con su tabla</translation>
        </message>
        <message>
            <source>cannot open the project: %1</source>
            <translation>no se puede abrir el proyecto: %1</translation>
        </message>
        <message>
            <source>cannot open the project: it is a folder</source>
            <translation>no se puede abrir el proyecto: es una carpeta</translation>
        </message>
        <message>
            <source>cannot open the project: it is not a regular file</source>
            <translation>no se puede abrir el proyecto: no es un archivo normal</translation>
        </message>
        <message>
            <source>cannot read the project: it shrank while reading</source>
            <translation>no se puede leer el proyecto: su tamaño se redujo durante la lectura</translation>
        </message>
        <message>
            <source>cannot read the project: %1</source>
            <translation>no se puede leer el proyecto: %1</translation>
        </message>
        <message>
            <source>cannot open the project</source>
            <translation>no se puede abrir el proyecto</translation>
        </message>
        <message>
            <source>the project file is damaged: it has no table '%1'</source>
            <translation>el archivo de proyecto está dañado: no tiene la tabla '%1'</translation>
        </message>
        <message>
            <source>cannot migrate the project</source>
            <translation>no se puede migrar el proyecto</translation>
        </message>
        <message>
            <source>the project file is damaged: table 'meta': %1</source>
            <translation>el archivo de proyecto está dañado: tabla 'meta': %1</translation>
        </message>
        <message>
            <source>a personal column is stored</source>
            <translation>hay almacenada una columna de datos personales</translation>
        </message>
        <message>
            <source>a negative size</source>
            <translation>un tamaño negativo</translation>
        </message>
        <message>
            <source>expected 16 hexadecimal digits</source>
            <translation>se esperaban 16 dígitos hexadecimales</translation>
        </message>
        <message>
            <source>the project file is damaged: it has %1 rows but no stored column</source>
            <translation>el archivo de proyecto está dañado: tiene %1 filas, pero ninguna columna almacenada</translation>
        </message>
        <message>
            <source>the project file is damaged: its data does not match its fingerprint</source>
            <translation>el archivo de proyecto está dañado: sus datos no coinciden con la huella de los datos registrada</translation>
        </message>
        <message>
            <source>the project file is damaged: its id column '%1' is not stored</source>
            <translation>el archivo de proyecto está dañado: su columna de id '%1' no está almacenada</translation>
        </message>
        <message>
            <source>run id %1 is not below the next id %2</source>
            <translation>el id de ejecución %1 no es menor que el siguiente id, %2</translation>
        </message>
        <message>
            <source>run %1 model</source>
            <translation>modelo de la ejecución %1</translation>
        </message>
        <message>
            <source>a segment count of %1</source>
            <translation>un número de segmentos de %1</translation>
        </message>
        <message>
            <source>run %1 assignments</source>
            <translation>asignaciones de la ejecución %1</translation>
        </message>
        <message>
            <source>the project file is damaged: its current run %1 does not exist</source>
            <translation>el archivo de proyecto está dañado: su ejecución actual, %1, no existe</translation>
        </message>
        <message>
            <source>a segment key out of range</source>
            <translation>una clave de segmento fuera de rango</translation>
        </message>
        <message>
            <source>a version out of range</source>
            <translation>una versión fuera de rango</translation>
        </message>
        <message>
            <source>the run segments row %1 of a table of %2 rows</source>
            <translation>la ejecución segmenta la fila %1 de una tabla de %2 filas</translation>
        </message>
        <message>
            <source>the segments were made with %1 values in this column, but it holds %2 values here</source>
            <translation>los segmentos se crearon con valores %1 en esta columna, pero aquí contiene valores %2</translation>
        </message>
        <message numerus="yes">
            <source>the segments need the column(s) %1, which the file lacks</source>
            <translation>
                <numerusform>los segmentos necesitan la columna %1, que falta en el archivo</numerusform>
                <numerusform>los segmentos necesitan las columnas %1, que faltan en el archivo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the segments need the column(s) %1, which the file lacks; if it was renamed, its new name may be one of %2</source>
            <translation>
                <numerusform>los segmentos necesitan la columna %1, que falta en el archivo; si se le cambió el nombre, su nuevo nombre puede ser uno de estos: %2</numerusform>
                <numerusform>los segmentos necesitan las columnas %1, que faltan en el archivo; si se les cambió el nombre, su nuevo nombre puede ser uno de estos: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>column '%1': population stability index %2 above %3</source>
            <translation>columna '%1': índice de estabilidad poblacional %2, superior a %3</translation>
        </message>
        <message>
            <source>segment %1 '%2': %3% of the customers against %4% in the run, a change above %5 points</source>
            <translation>segmento %1 '%2': %3% de los clientes frente al %4% en la ejecución, un cambio de más de %5 puntos</translation>
        </message>
        <message>
            <source>segment %1: %2% of the customers against %3% in the run, a change above %4 points</source>
            <translation>segmento %1: %2% de los clientes frente al %3% en la ejecución, un cambio de más de %4 puntos</translation>
        </message>
        <message>
            <source>customer %1, column '%2': %3</source>
            <translation>cliente %1, columna '%2': %3</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>un array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 no es un número</translation>
        </message>
        <message>
            <source>%1 is not yes or no (true/false, 1/0, "yes"/"no")</source>
            <translation>%1 no es sí ni no (true/false, 1/0, "yes"/"no")</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY-MM-DD, with a time if need be)</source>
            <translation>%1 no es una fecha (YYYY-MM-DD, con hora si es necesario)</translation>
        </message>
        <message>
            <source>the customers must be a JSON array of objects, one per customer</source>
            <translation>los clientes deben ser un array JSON de objetos, uno por cliente</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>la solicitud</translation>
        </message>
        <message>
            <source>customer %1 is %2, not an object of columns and values</source>
            <translation>el cliente %1 es %2, no un objeto de columnas y valores</translation>
        </message>
        <message>
            <source>%1 is not a finite number</source>
            <translation>%1 no es un número finito</translation>
        </message>
        <message>
            <source>%1 is not a category (text or a number)</source>
            <translation>%1 no es una categoría (texto o un número)</translation>
        </message>
        <message>
            <source>customer %1 has none of the columns the segments read (%2)</source>
            <translation>el cliente %1 no tiene ninguna de las columnas que leen los segmentos (%2)</translation>
        </message>
        <message>
            <source>unknown SQL dialect '%1': the dialects are sqlite, postgresql, spark and bigquery</source>
            <translation>dialecto SQL desconocido '%1': los dialectos son sqlite, postgresql, spark y bigquery</translation>
        </message>
        <message>
            <source>the scoring model has no column '%1'</source>
            <translation>el modelo de scoring no tiene ninguna columna '%1'</translation>
        </message>
        <message>
            <source>the scoring query needs the name of the table to score</source>
            <translation>la consulta de scoring necesita el nombre de la tabla que se va a asignar</translation>
        </message>
        <message>
            <source>the scoring query needs the column that identifies a customer</source>
            <translation>la consulta de scoring necesita la columna que identifica a un cliente</translation>
        </message>
        <message>
            <source>a density run (DBSCAN, HDBSCAN) assigns new customers by their nearest core customer, which one query cannot carry: score it with segscope score, or export a k-means, mini-batch, Ward, consensus or Gaussian mixture run</source>
            <translation>una ejecución de densidad (DBSCAN, HDBSCAN) asigna los nuevos clientes según su cliente núcleo más cercano, algo que una sola consulta no puede expresar: asígnelos con segscope score o exporte una ejecución de k-means, mini-batch, Ward, consenso o mezcla gaussiana</translation>
        </message>
        <message>
            <source>the run has no segment with a centre to score into</source>
            <translation>la ejecución no tiene ningún segmento con un centro al que asignar clientes</translation>
        </message>
        <message>
            <source>the database has several tables; choose one</source>
            <translation>la base de datos tiene varias tablas; elija una</translation>
        </message>
        <message>
            <source>a sample needs at least one row</source>
            <translation>una muestra necesita al menos una fila</translation>
        </message>
        <message>
            <source>no customers to fit the BG/NBD model to</source>
            <translation>no hay clientes con los que ajustar el modelo BG/NBD</translation>
        </message>
        <message>
            <source>customer %1 has x = %2, t_x = %3, T = %4; the BG/NBD model needs x &gt;= 0, 0 &lt;= t_x &lt;= T, and T &gt; 0 when x &gt; 0</source>
            <translation>el cliente %1 tiene x = %2, t_x = %3, T = %4; el modelo BG/NBD necesita x &gt;= 0, 0 &lt;= t_x &lt;= T y T &gt; 0 cuando x &gt; 0</translation>
        </message>
        <message>
            <source>no customer has a repeat purchase with a positive value, so the Gamma-Gamma spend model cannot be fitted</source>
            <translation>ningún cliente tiene una compra repetida con valor positivo, así que no se puede ajustar el modelo de gasto Gamma-Gamma</translation>
        </message>
        <message>
            <source>the BG/NBD fit ended with status '%1': its forecasts may be off</source>
            <translation>el ajuste BG/NBD terminó con el estado '%1': sus previsiones pueden no ser exactas</translation>
        </message>
        <message>
            <source>the Gamma-Gamma fit has q &lt;= 1: customers without a repeat purchase get no expected value</source>
            <translation>el ajuste Gamma-Gamma tiene q &lt;= 1: los clientes sin compras repetidas no reciben ningún valor esperado</translation>
        </message>
        <message>
            <source>no customer has a repeat purchase with a value: no lifetime value</source>
            <translation>ningún cliente tiene una compra repetida con valor: no hay valor de vida del cliente</translation>
        </message>
        <message>
            <source>%1 is out of range: it must be 1 or more</source>
            <translation>%1 está fuera de rango: debe ser 1 o más</translation>
        </message>
        <message numerus="yes">
            <source>only %n treated customer(s) (fewer than %1): its estimates are fragile</source>
            <translation>
                <numerusform>solo %n cliente del grupo de prueba (menos de %1): sus estimaciones son poco fiables</numerusform>
                <numerusform>solo %n clientes del grupo de prueba (menos de %1): sus estimaciones son poco fiables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>only %n control customer(s) (fewer than %1): its estimates are fragile</source>
            <translation>
                <numerusform>solo %n cliente del grupo de control (menos de %1): sus estimaciones son poco fiables</numerusform>
                <numerusform>solo %n clientes del grupo de control (menos de %1): sus estimaciones son poco fiables</numerusform>
            </translation>
        </message>
        <message>
            <source>the project stores no column '%1'</source>
            <translation>el proyecto no guarda ninguna columna '%1'</translation>
        </message>
        <message>
            <source>request body</source>
            <translation>petición</translation>
        </message>
        <message>
            <source>the %1 nests arrays and objects more than %2 deep (%3)</source>
            <translation>la %1 anida matrices y objetos en más de %2 niveles (%3)</translation>
        </message>
        <message>
            <source>%1 purchase line(s) have no channel: channel shares count the lines that have one; %2 customer(s) with none have no shares (filled as missing cells)</source>
            <translation>%1 línea(s) de compra sin canal: las cuotas por canal cuentan las líneas que lo tienen; %2 cliente(s) sin ningún canal no tienen cuotas (se completan como celdas vacías)</translation>
        </message>
        <message>
            <source>%1 purchase line(s) have no channel: channel shares count the lines that have one</source>
            <translation>%1 línea(s) de compra sin canal: las cuotas por canal cuentan las líneas que lo tienen</translation>
        </message>
        <message>
            <source>%1: SQLite ran out of memory reading it, as it does on some damaged files</source>
            <translation>%1: SQLite se quedó sin memoria al leerlo, como ocurre con algunos archivos dañados</translation>
        </message>
        <message>
            <source>cannot read the database: SQLite ran out of memory reading it, as it does on some damaged files (check it with: sqlite3 FILE 'PRAGMA integrity_check')</source>
            <translation>no se puede leer la base de datos: SQLite se quedó sin memoria al leerla, como ocurre con algunos archivos dañados (compruébela con: sqlite3 ARCHIVO 'PRAGMA integrity_check')</translation>
        </message>
        <message>
            <source>expected {"customers": [...]} or an array of customers</source>
            <translation>se esperaba {"customers": [...]} o una matriz de clientes</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Customer segmentation for marketers. Without a file, shows the start page (or opens the demo customers, as the preferences say).</source>
            <translation>Segmentación de clientes para profesionales del marketing. Sin un archivo, muestra la página de inicio (o abre los clientes de demostración, según las preferencias).</translation>
        </message>
        <message>
            <source>Project (.segscope), CSV file or SQLite database to open.</source>
            <translation>Proyecto (.segscope), archivo CSV o base de datos SQLite que se abrirá.</translation>
        </message>
        <message>
            <source>Open the demo customers (the default).</source>
            <translation>Abrir los clientes de demostración (opción predeterminada).</translation>
        </message>
        <message>
            <source>Number of segments (2-30).</source>
            <translation>Número de segmentos (2-30).</translation>
        </message>
        <message>
            <source>The clustering algorithm: kmeans (the default), gmm (Gaussian mixture), ward, dbscan or hdbscan.</source>
            <translation>El algoritmo de agrupamiento: kmeans (predeterminado), gmm (mezcla gaussiana), ward, dbscan o hdbscan.</translation>
        </message>
        <message>
            <source>DBSCAN's radius (default: suggested from the data).</source>
            <translation>Radio de DBSCAN (predeterminado: sugerido a partir de los datos).</translation>
        </message>
        <message>
            <source>DBSCAN's or HDBSCAN's min samples.</source>
            <translation>Mínimo de muestras (min samples) de DBSCAN o HDBSCAN.</translation>
        </message>
        <message>
            <source>HDBSCAN's minimum segment size (default: 1% of the customers).</source>
            <translation>Tamaño mínimo de segmento de HDBSCAN (predeterminado: 1% de los clientes).</translation>
        </message>
        <message>
            <source>Set aside customers beyond this robust z on any feature (as segscope cluster --outliers; 0, the default, keeps all).</source>
            <translation>Apartar a los clientes que superen esta z robusta en cualquier variable (como segscope cluster --outliers; 0, el valor predeterminado, los conserva todos).</translation>
        </message>
        <message>
            <source>Save a PNG of the window once the first result is complete, then exit.</source>
            <translation>Guardar una imagen PNG de la ventana cuando el primer resultado esté completo y salir.</translation>
        </message>
        <message>
            <source>Window size, e.g. 1600x1000.</source>
            <translation>Tamaño de la ventana, p. ej., 1600x1000.</translation>
        </message>
        <message>
            <source>Use the dark theme.</source>
            <translation>Usar el tema oscuro.</translation>
        </message>
        <message>
            <source>The colours: system, light, dark or high-contrast (default: the preferences').</source>
            <translation>Los colores: system, light, dark o high-contrast (predeterminado: el de las preferencias).</translation>
        </message>
        <message>
            <source>The interface language: en, de, fr or es (default: the preferences', else the system's).</source>
            <translation>El idioma de la interfaz: en, de, fr o es (predeterminado: el de las preferencias o, si no, el del sistema).</translation>
        </message>
        <message>
            <source>Show the start page (with --screenshot: its picture, without data).</source>
            <translation>Mostrar la página de inicio (con --screenshot: su imagen, sin datos).</translation>
        </message>
        <message>
            <source>Show the Personas tab.</source>
            <translation>Mostrar la pestaña Personas.</translation>
        </message>
        <message>
            <source>Show the Runs tab (a project's run history).</source>
            <translation>Mostrar la pestaña Ejecuciones (el historial de ejecuciones de un proyecto).</translation>
        </message>
        <message>
            <source>Show the Scoring tab (the batches scored with the current run).</source>
            <translation>Mostrar la pestaña Scoring (los lotes asignados con la ejecución actual).</translation>
        </message>
        <message>
            <source>Show the Lift tab (the latest campaign analysed against the current run).</source>
            <translation>Mostrar la pestaña Uplift (la última campaña analizada frente a la ejecución actual).</translation>
        </message>
        <message>
            <source>Show the Value tab (size against value).</source>
            <translation>Mostrar la pestaña Valor (tamaño frente a valor).</translation>
        </message>
        <message>
            <source>Show the Model tab (the purchase model's check).</source>
            <translation>Mostrar la pestaña Modelo (la comprobación del modelo de compra).</translation>
        </message>
        <message>
            <source>Show the Tree tab (Ward's tree).</source>
            <translation>Mostrar la pestaña Árbol (el árbol de Ward).</translation>
        </message>
        <message>
            <source>The segment map: umap (the default) or pca.</source>
            <translation>El mapa de segmentos: umap (predeterminado) o pca.</translation>
        </message>
        <message>
            <source>give at most one file</source>
            <translation>indique como máximo un archivo</translation>
        </message>
        <message>
            <source>give either a file or --demo, not both</source>
            <translation>indique un archivo o --demo, no ambos</translation>
        </message>
        <message>
            <source>--k must be a whole number from 2 to 30</source>
            <translation>--k debe ser un número entero de 2 a 30</translation>
        </message>
        <message>
            <source>--%1 applies to --algorithm %2 only</source>
            <translation>--%1 solo se aplica a --algorithm %2</translation>
        </message>
        <message>
            <source>--eps must be a number above 0</source>
            <translation>--eps debe ser un número mayor que 0</translation>
        </message>
        <message>
            <source>--%1 must be a whole number of at least %2</source>
            <translation>--%1 debe ser un número entero igual o mayor que %2</translation>
        </message>
        <message>
            <source>--outliers must be a number from 0 to 100</source>
            <translation>--outliers debe ser un número de 0 a 100</translation>
        </message>
        <message>
            <source>--size must look like 1600x1000 (at least 400x300)</source>
            <translation>--size debe tener la forma 1600x1000 (como mínimo 400x300)</translation>
        </message>
        <message>
            <source>--theme must be system, light, dark or high-contrast</source>
            <translation>--theme debe ser system, light, dark o high-contrast</translation>
        </message>
        <message>
            <source>--lang must be one of %1</source>
            <translation>--lang debe ser uno de estos valores: %1</translation>
        </message>
        <message>
            <source>--start-page opens no file: leave out the file and --demo</source>
            <translation>--start-page no abre ningún archivo: omita el archivo y --demo</translation>
        </message>
        <message>
            <source>--map must be umap or pca</source>
            <translation>--map debe ser umap o pca</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>no se pudo codificar la imagen</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>no complete result within 10 minutes</source>
            <translation>ningún resultado completo en 10 minutos</translation>
        </message>
    </context>
    <context>
        <name>seg::AlgorithmPage</name>
        <message>
            <source>How many times k-means starts from different customers and keeps the best result. More restarts make the segments less dependent on luck and take longer; 10 is plenty for most data.</source>
            <translation>Cuántas veces k-means parte de clientes distintos y conserva el mejor resultado. Con más reinicios, los segmentos dependen menos del azar, pero el cálculo tarda más; 10 bastan para la mayoría de los datos.</translation>
        </message>
        <message>
            <source>How many times k-means starts, on a sample of the customers, from different customers; the best start is then refined on everyone in batches.</source>
            <translation>Cuántas veces k-means parte, sobre una muestra de los clientes, de clientes distintos; el mejor inicio se refina después con todos los clientes, por lotes.</translation>
        </message>
        <message>
            <source>&amp;Batch size:</source>
            <translation>Tamaño de &amp;lote:</translation>
        </message>
        <message>
            <source>Customers per batch: each batch moves the segment centres a little. Larger batches move them more smoothly and take a little longer.</source>
            <translation>Clientes por lote: cada lote desplaza un poco los centros de los segmentos. Los lotes más grandes los desplazan de forma más suave y tardan algo más.</translation>
        </message>
        <message>
            <source>For millions of customers: nearly the segments of k-means in a fraction of the time.</source>
            <translation>Para millones de clientes: casi los mismos segmentos que k-means en una fracción del tiempo.</translation>
        </message>
        <message>
            <source>&amp;Runs per algorithm:</source>
            <translation>Ejec&amp;uciones por algoritmo:</translation>
        </message>
        <message>
            <source>How many times k-means, the Gaussian mixture and Ward each run on a different 80% of the customers. More runs make each customer's agreement more precise and take longer.</source>
            <translation>Cuántas veces se ejecutan k-means, la mezcla gaussiana y Ward, cada uno sobre un 80% distinto de los clientes. Con más ejecuciones, el acuerdo de cada cliente es más preciso, pero el cálculo tarda más.</translation>
        </message>
        <message>
            <source>The segments many runs of k-means, the Gaussian mixture and Ward agree on. Each customer's agreement (in its tooltip) says how often the runs put it with its segment; pale points on the map are customers the runs disagree on.</source>
            <translation>Los segmentos en los que coinciden muchas ejecuciones de k-means, la mezcla gaussiana y Ward. El acuerdo de cada cliente (en su información emergente) indica con qué frecuencia las ejecuciones lo sitúan en su segmento; los puntos pálidos del mapa son clientes sobre los que las ejecuciones discrepan.</translation>
        </message>
        <message>
            <source>Diagonal</source>
            <translation>Diagonal</translation>
        </message>
        <message>
            <source>Each segment has its own spread along each feature. Fast, and enough for most customer data.</source>
            <translation>Cada segmento tiene su propia dispersión en cada variable. Rápido y suficiente para la mayoría de los datos de clientes.</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Completa</translation>
        </message>
        <message>
            <source>Segments may also be tilted: features that move together within a segment (spend and visits, say) are modelled. Slower with many features, and needs more customers per segment.</source>
            <translation>Los segmentos también pueden estar inclinados: se modelan las variables que varían juntas dentro de un segmento (por ejemplo, gasto y visitas). Más lento con muchas variables y necesita más clientes por segmento.</translation>
        </message>
        <message>
            <source>The shape each segment may take. Diagonal: its own spread along each feature. Full: also tilted, when features move together within a segment.</source>
            <translation>La forma que puede tomar cada segmento. Diagonal: su propia dispersión en cada variable. Completa: además inclinada, cuando las variables varían juntas dentro de un segmento.</translation>
        </message>
        <message>
            <source>EM r&amp;uns:</source>
            <translation>Aj&amp;ustes EM:</translation>
        </message>
        <message>
            <source>How many times the mixture is fitted from different starts; the most likely fit is kept. More runs are steadier and slower.</source>
            <translation>Cuántas veces se ajusta la mezcla desde distintos inicios; se conserva el ajuste más verosímil. Más ajustes dan resultados más estables, pero tardan más.</translation>
        </message>
        <message>
            <source>Nothing to set beyond k. These %1 customers are more than Ward's exact limit of %2: the tree joins %3 k-means micro-clusters instead of single customers.</source>
            <translation>Nada que configurar aparte de k. Estos %1 clientes superan el límite exacto de Ward, %2: el árbol une %3 microclústeres de k-means en lugar de clientes individuales.</translation>
        </message>
        <message>
            <source>Nothing to set beyond k. Exact up to %1 customers; above that the tree joins %2 k-means micro-clusters instead of single customers.</source>
            <translation>Nada que configurar aparte de k. Exacto hasta %1 clientes; por encima, el árbol une %2 microclústeres de k-means en lugar de clientes individuales.</translation>
        </message>
        <message>
            <source>Take the radius from the data: the knee of the curve of each customer's distance to its min-samples-th nearest neighbour, where crowded customers end and sparse ones begin.</source>
            <translation>Tomar el radio de los datos: el codo de la curva de la distancia de cada cliente a su vecino más cercano número min-samples, donde terminan los clientes concentrados y empiezan los dispersos.</translation>
        </message>
        <message>
            <source>Suggest a radius from the data</source>
            <translation>Sugerir un radio a partir de los datos</translation>
        </message>
        <message>
            <source>How close two customers must be to count as neighbours (in scaled feature units). Larger: fewer, bigger segments and less noise; smaller: more customers left as noise.</source>
            <translation>Distancia máxima entre dos clientes para que cuenten como vecinos (en unidades de variables escaladas). Mayor: menos segmentos, más grandes y con menos ruido; menor: más clientes quedan como ruido.</translation>
        </message>
        <message>
            <source>How many customers (itself included) must lie within the radius for a customer to be the core of a segment. Larger: only dense groups become segments, more noise.</source>
            <translation>Cuántos clientes (incluido él mismo) deben estar dentro del radio para que un cliente sea núcleo de un segmento. Mayor: solo los grupos densos se convierten en segmentos, más ruido.</translation>
        </message>
        <message>
            <source>Radius from the data: %1, the knee of the %2-nearest-neighbour distances.</source>
            <translation>Radio a partir de los datos: %1, el codo de las distancias al %2.º vecino más cercano.</translation>
        </message>
        <message>
            <source>Radius from the data: the knee of the %1-nearest-neighbour distances, computed as DBSCAN runs.</source>
            <translation>Radio a partir de los datos: el codo de las distancias al %1.º vecino más cercano, calculado al ejecutar DBSCAN.</translation>
        </message>
        <message>
            <source>The data suggest a radius of %1; Suggest takes it.</source>
            <translation>Los datos sugieren un radio de %1; Sugerir lo aplica.</translation>
        </message>
        <message>
            <source>Suggest takes the radius from the data.</source>
            <translation>Sugerir toma el radio de los datos.</translation>
        </message>
        <message>
            <source>Take the minimum segment size from the data: 1% of the customers, at least 5.</source>
            <translation>Tomar el tamaño mínimo de segmento de los datos: 1% de los clientes, como mínimo 5.</translation>
        </message>
        <message>
            <source>Minimum segment size from the data (1% of the customers)</source>
            <translation>Tamaño mínimo de segmento a partir de los datos (1% de los clientes)</translation>
        </message>
        <message>
            <source>Min si&amp;ze:</source>
            <translation>Tamañ&amp;o mín.:</translation>
        </message>
        <message>
            <source>The smallest group of customers that counts as a segment. Smaller groups that split off a segment become noise. Larger: fewer, broader segments.</source>
            <translation>El grupo de clientes más pequeño que cuenta como segmento. Los grupos más pequeños que se separan de un segmento pasan a ser ruido. Mayor: menos segmentos, más amplios.</translation>
        </message>
        <message>
            <source>as size</source>
            <extracomment>HDBSCAN's min samples at 0: the minimum segment size is used.</extracomment>
            <translation>como tamaño</translation>
        </message>
        <message>
            <source>How crowded a customer's neighbourhood must be for it to count as dense. Larger: more customers called noise, segments only in the densest regions. "as size" uses the minimum segment size.</source>
            <translation>Cuán poblado debe estar el vecindario de un cliente para que cuente como denso. Mayor: más clientes considerados ruido y segmentos solo en las regiones más densas. "como tamaño" usa el tamaño mínimo de segmento.</translation>
        </message>
        <message>
            <source>Minimum segment size from the data: 1% of the customers.</source>
            <translation>Tamaño mínimo de segmento a partir de los datos: 1% de los clientes.</translation>
        </message>
        <message>
            <source>1% takes the minimum segment size from the data.</source>
            <translation>1% toma el tamaño mínimo de segmento de los datos.</translation>
        </message>
        <message>
            <source>k-means</source>
            <translation>k-means</translation>
        </message>
        <message>
            <source>k compact, similarly sized segments; every customer in the segment of the nearest centre.</source>
            <translation>k segmentos compactos y de tamaño similar; cada cliente va al segmento del centro más cercano.</translation>
        </message>
        <message>
            <source>Mini-batch</source>
            <translation>Mini-batch</translation>
        </message>
        <message>
            <source>k-means for large tables: starts on a sample and refines the segments on everyone in small batches. Nearly the same segments as k-means, much faster for millions of customers.</source>
            <translation>k-means para tablas grandes: empieza con una muestra y refina los segmentos con todos los clientes en lotes pequeños. Casi los mismos segmentos que k-means, mucho más rápido con millones de clientes.</translation>
        </message>
        <message>
            <source>Gaussian mixture</source>
            <translation>Mezcla gaussiana</translation>
        </message>
        <message>
            <source>k segments that may differ in spread; each customer belongs to each segment with a probability and is shown in the most probable. Slower than k-means.</source>
            <translation>k segmentos que pueden diferir en dispersión; cada cliente pertenece a cada segmento con cierta probabilidad y se muestra en el más probable. Más lento que k-means.</translation>
        </message>
        <message>
            <source>Ward (hierarchical)</source>
            <translation>Ward (jerárquico)</translation>
        </message>
        <message>
            <source>k segments from a tree that joins, step by step, the two groups whose union adds least to the spread within groups; the Tree tab shows it.</source>
            <translation>k segmentos a partir de un árbol que une, paso a paso, los dos grupos cuya unión menos aumenta la dispersión dentro de los grupos; se muestra en la pestaña Árbol.</translation>
        </message>
        <message>
            <source>DBSCAN</source>
            <translation>DBSCAN</translation>
        </message>
        <message>
            <source>Finds the number of segments itself: dense groups of customers become segments, customers in sparse regions are left as noise (grey). Good for odd-shaped segments.</source>
            <translation>Encuentra por sí mismo el número de segmentos: los grupos densos de clientes se convierten en segmentos y los clientes de regiones dispersas quedan como ruido (gris). Adecuado para segmentos de forma irregular.</translation>
        </message>
        <message>
            <source>HDBSCAN</source>
            <translation>HDBSCAN</translation>
        </message>
        <message>
            <source>Like DBSCAN, but finds segments of different densities and needs only the smallest segment size. Customers in no dense group are noise (grey).</source>
            <translation>Como DBSCAN, pero encuentra segmentos de distintas densidades y solo necesita el tamaño mínimo de segmento. Los clientes que no están en ningún grupo denso son ruido (gris).</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>The k segments on which many runs of k-means, the Gaussian mixture and Ward agree, with each customer's agreement. The slowest, and the surest test of whether the segments are real.</source>
            <translation>Los k segmentos en los que coinciden muchas ejecuciones de k-means, la mezcla gaussiana y Ward, con el acuerdo de cada cliente. El más lento, y la prueba más fiable de que los segmentos son reales.</translation>
        </message>
        <message numerus="yes">
            <source>%n restart(s)</source>
            <translation>
                <numerusform>%n reinicio</numerusform>
                <numerusform>%n reinicios</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 covariance, %2</source>
            <translation>covarianza %1, %2</translation>
        </message>
        <message>
            <source>full</source>
            <translation>completa</translation>
        </message>
        <message>
            <source>diagonal</source>
            <translation>diagonal</translation>
        </message>
        <message numerus="yes">
            <source>%n EM run(s)</source>
            <translation>
                <numerusform>%n ajuste EM</numerusform>
                <numerusform>%n ajustes EM</numerusform>
            </translation>
        </message>
        <message>
            <source>exact up to %1</source>
            <translation>exacto hasta %1</translation>
        </message>
        <message>
            <source>eps %1, min samples %2</source>
            <translation>eps %1, mín. muestras %2</translation>
        </message>
        <message>
            <source>batches of %1</source>
            <translation>lotes de %1</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s) per algorithm</source>
            <translation>
                <numerusform>%n ejecución por algoritmo</numerusform>
                <numerusform>%n ejecuciones por algoritmo</numerusform>
            </translation>
        </message>
        <message>
            <source>min segment size %1</source>
            <translation>tamaño mín. de segmento %1</translation>
        </message>
        <message>
            <source>min segment size %1, min samples %2</source>
            <translation>tamaño mín. de segmento %1, mín. muestras %2</translation>
        </message>
        <message>
            <source>&amp;Restarts:</source>
            <translation>Reinici&amp;os:</translation>
        </message>
        <message>
            <source>Cova&amp;riance:</source>
            <translation>C&amp;ovarianza:</translation>
        </message>
        <message>
            <source>S&amp;uggest</source>
            <translation>Su&amp;gerir</translation>
        </message>
        <message>
            <source>&amp;Radius (eps):</source>
            <translation>Radi&amp;o (eps):</translation>
        </message>
        <message>
            <source>Min sam&amp;ples:</source>
            <translation>Mín. m&amp;uestras:</translation>
        </message>
        <message>
            <source>1%</source>
            <translation>1%</translation>
        </message>
        <message numerus="yes">
            <source>Minimum segment size from the data: 1% of the %1 customer(s).</source>
            <translation>
                <numerusform>Tamaño mínimo de segmento a partir de los datos: 1% del %1 cliente.</numerusform>
                <numerusform>Tamaño mínimo de segmento a partir de los datos: 1% de los %1 clientes.</numerusform>
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
            <translation>No hay ejecuciones que comparar</translation>
        </message>
    </context>
    <context>
        <name>seg::ControlsPanel</name>
        <message>
            <source>log(1 + x) before scaling</source>
            <translation>log(1 + x) antes del escalado</translation>
        </message>
        <message>
            <source>extremes clipped before scaling</source>
            <translation>extremos recortados antes del escalado</translation>
        </message>
        <message>
            <source>How the column's values are changed before scaling</source>
            <translation>Cómo se transforman los valores de la columna antes del escalado</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>Group / column</source>
            <extracomment>The second column: a group's weight, a column's transform (two lines).</extracomment>
            <translation>Grupo / columna</translation>
        </message>
        <message>
            <source>Weight /
transform</source>
            <translation>Peso /
transformación</translation>
        </message>
        <message>
            <source>Check the columns to segment on. A group's weight multiplies its features' share of the distance between customers. Double-click a column's transform to change it.</source>
            <translation>Marque las columnas con las que segmentar. El peso de un grupo multiplica la parte de la distancia entre clientes que corresponde a sus variables. Haga doble clic en la transformación de una columna para cambiarla.</translation>
        </message>
        <message>
            <source>A group's weight multiplies its features' share of the distance. A column's transform is applied before scaling. log(1 + x) evens out skewed amounts such as spend, so a few big customers do not dominate; "clip 1–99%" caps values at the 1st and 99th percentiles. Double-click to change.</source>
            <translation>El peso de un grupo multiplica la parte de la distancia que corresponde a sus variables. La transformación de una columna se aplica antes del escalado. log(1 + x) equilibra importes asimétricos como el gasto, para que unos pocos grandes clientes no dominen; "recortar 1–99%" limita los valores a los percentiles 1 y 99. Haga doble clic para cambiarla.</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentación</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algoritmo</translation>
        </message>
        <message>
            <source>Algorithm parameters</source>
            <translation>Parámetros del algoritmo</translation>
        </message>
        <message>
            <source>The clustering algorithm. k-means finds k compact, similarly sized segments; a Gaussian mixture allows segments of different spread; Ward builds a tree of segments; DBSCAN and HDBSCAN find the number of segments themselves and leave customers in sparse regions as noise. Its parameters are below.</source>
            <translation>El algoritmo de agrupamiento. k-means encuentra k segmentos compactos y de tamaño similar; una mezcla gaussiana admite segmentos de distinta dispersión; Ward construye un árbol de segmentos; DBSCAN y HDBSCAN encuentran por sí mismos el número de segmentos y dejan como ruido a los clientes de regiones dispersas. Sus parámetros están debajo.</translation>
        </message>
        <message>
            <source>&amp;Algorithm:</source>
            <translation>Algo&amp;ritmo:</translation>
        </message>
        <message>
            <source>Number of segments</source>
            <translation>Número de segmentos</translation>
        </message>
        <message>
            <source>Number of segments (%1–%2)</source>
            <translation>Número de segmentos (%1–%2)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Random seed: the same seed and settings always give the same segments. Try another to check that the segments are stable.</source>
            <translation>Semilla aleatoria: la misma semilla con la misma configuración siempre da los mismos segmentos. Pruebe otra para comprobar que los segmentos son estables.</translation>
        </message>
        <message>
            <source>Z-score</source>
            <translation>Puntuación z</translation>
        </message>
        <message>
            <source>Mean 0, standard deviation 1. A few extreme customers inflate the standard deviation and squeeze everyone else together.</source>
            <translation>Media 0, desviación estándar 1. Unos pocos clientes extremos inflan la desviación estándar y comprimen a todos los demás.</translation>
        </message>
        <message>
            <source>Robust (median, IQR)</source>
            <translation>Robusto (mediana, RIC)</translation>
        </message>
        <message>
            <source>Median 0, interquartile range 1: the middle half of the customers sets the scale, so extreme customers do not. They stay extreme, though: set them aside with Outliers.</source>
            <translation>Mediana 0, rango intercuartílico 1: la mitad central de los clientes fija la escala, no los clientes extremos. Aun así, estos siguen siendo extremos: apártelos con Valores atípicos.</translation>
        </message>
        <message>
            <source>Min–max (0 to 1)</source>
            <translation>Mín–máx (0 a 1)</translation>
        </message>
        <message>
            <source>Smallest value 0, largest 1: one extreme customer compresses everyone else into a corner.</source>
            <translation>Valor mínimo 0, máximo 1: un solo cliente extremo comprime a todos los demás en una esquina.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Raw units: the feature with the largest numbers decides the distances.</source>
            <translation>Unidades originales: la variable con los números más grandes decide las distancias.</translation>
        </message>
        <message>
            <source>How features are put on a common scale before distances are measured. Z-score: mean and standard deviation. Robust: median and interquartile range, not pulled by extreme customers. Min–max: 0 to 1. None: raw units.</source>
            <translation>Cómo se llevan las variables a una escala común antes de medir distancias. Puntuación z: media y desviación estándar. Robusto: mediana y rango intercuartílico, sin influencia de los clientes extremos. Mín–máx: de 0 a 1. Ninguno: unidades originales.</translation>
        </message>
        <message>
            <source>S&amp;caling:</source>
            <translation>Es&amp;calado:</translation>
        </message>
        <message>
            <source>Keep all</source>
            <translation>Conservar todos</translation>
        </message>
        <message>
            <source>beyond z </source>
            <extracomment>Prefix of the outlier threshold: customers beyond this robust z-score are set aside.</extracomment>
            <translation>más allá de z </translation>
        </message>
        <message>
            <source>Set aside customers whose value on any feature lies further than this many robust standard deviations (1.4826 × the median absolute deviation) from the median. They are not clustered, appear grey on the map, are counted in the status bar and exported as segment −1. Keep all: no customer is set aside; 5 to 10 sets aside only the truly extreme.</source>
            <translation>Apartar a los clientes cuyo valor en alguna variable se aleje de la mediana más de este número de desviaciones estándar robustas (1,4826 × la desviación absoluta mediana). No se agrupan, aparecen en gris en el mapa, se cuentan en la barra de estado y se exportan como segmento −1. Conservar todos: no se aparta a ningún cliente; de 5 a 10 solo se apartan los realmente extremos.</translation>
        </message>
        <message>
            <source>&amp;Outliers:</source>
            <translation>Valores atí&amp;picos:</translation>
        </message>
        <message>
            <source>Run the segmentation again with the current settings (F5). Changes are applied automatically as well.</source>
            <translation>Volver a ejecutar la segmentación con la configuración actual (F5). Los cambios también se aplican automáticamente.</translation>
        </message>
        <message>
            <source>This algorithm finds the number of segments itself: k and the seed do not apply.</source>
            <translation>Este algoritmo encuentra por sí mismo el número de segmentos: k y la semilla no se aplican.</translation>
        </message>
        <message>
            <source>%1 finds the number of segments itself</source>
            <translation>%1 encuentra por sí mismo el número de segmentos</translation>
        </message>
        <message>
            <source>Weight of the %1 group: 2 doubles its features' influence, 0.5 halves it</source>
            <translation>Peso del grupo %1: 2 duplica la influencia de sus variables, 0,5 la reduce a la mitad</translation>
        </message>
        <message>
            <source>Weight of %1</source>
            <translation>Peso de %1</translation>
        </message>
        <message>
            <source>log(1 + x)</source>
            <translation>log(1 + x)</translation>
        </message>
        <message>
            <source>clip 1–99%</source>
            <translation>recortar 1–99%</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>log</source>
            <extracomment>Short name of the log(1 + x) transform in the feature tree.</extracomment>
            <translation>log</translation>
        </message>
        <message>
            <source>clip</source>
            <extracomment>Short name of clipping to the 1st and 99th percentiles in the feature tree.</extracomment>
            <translation>recorte</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2. Double-click to change how it is transformed before scaling.</source>
            <translation>%1: %2. Haga doble clic para cambiar cómo se transforma antes del escalado.</translation>
        </message>
        <message>
            <source>Segments (&amp;k):</source>
            <translation>Segmentos (&amp;k):</translation>
        </message>
        <message>
            <source>See&amp;d:</source>
            <translation>Sem&amp;illa:</translation>
        </message>
        <message>
            <source>Recluster no&amp;w</source>
            <translation>Resegmentar a&amp;hora</translation>
        </message>
    </context>
    <context>
        <name>seg::CustomerTooltip</name>
        <message>
            <source>row %1</source>
            <translation>fila %1</translation>
        </message>
        <message>
            <source>(agreement %1)</source>
            <translation>(acuerdo %1)</translation>
        </message>
        <message>
            <source>(strength %1)</source>
            <translation>(fuerza %1)</translation>
        </message>
        <message>
            <source>(probability %1)</source>
            <translation>(probabilidad %1)</translation>
        </message>
        <message>
            <source>(missing)</source>
            <translation>(sin valor)</translation>
        </message>
    </context>
    <context>
        <name>seg::DendrogramView</name>
        <message>
            <source>Segment tree</source>
            <translation>Árbol de segmentos</translation>
        </message>
        <message>
            <source>No tree: the segments were not made by a hierarchical algorithm.</source>
            <translation>Sin árbol: los segmentos no se crearon con un algoritmo jerárquico.</translation>
        </message>
        <message>
            <source>The tree is shown for Ward's hierarchical clustering: choose it under Algorithm.</source>
            <translation>El árbol se muestra para el agrupamiento jerárquico de Ward: elíjalo en Algoritmo.</translation>
        </message>
        <message>
            <source>Top of the tree: its last %1 merges (the leaves are %2 k-means micro-clusters)</source>
            <translation>Parte superior del árbol: sus últimas %1 fusiones (las hojas son %2 microclústeres de k-means)</translation>
        </message>
        <message>
            <source>Top of the tree: its last %1 merges; each leaf is a group of customers</source>
            <translation>Parte superior del árbol: sus últimas %1 fusiones; cada hoja es un grupo de clientes</translation>
        </message>
        <message>
            <source>Ward distance</source>
            <translation>Distancia de Ward</translation>
        </message>
        <message>
            <source>cut: %1 segments</source>
            <translation>corte: %1 segmentos</translation>
        </message>
        <message numerus="yes">
            <source>The last %1 merges of Ward's tree over %2 groups; the cut at height %3 gives %4 segment(s).</source>
            <translation>
                <numerusform>Las últimas %1 fusiones del árbol de Ward sobre %2 grupos; el corte a la altura %3 da %4 segmento.</numerusform>
                <numerusform>Las últimas %1 fusiones del árbol de Ward sobre %2 grupos; el corte a la altura %3 da %4 segmentos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::Document</name>
        <message>
            <source>Restore run %1</source>
            <translation>Restaurar ejecución %1</translation>
        </message>
        <message>
            <source>Change features</source>
            <translation>Cambiar variables</translation>
        </message>
        <message>
            <source>Set k to %1</source>
            <translation>Establecer k en %1</translation>
        </message>
        <message>
            <source>Change the seed</source>
            <translation>Cambiar la semilla</translation>
        </message>
        <message>
            <source>Change the algorithm</source>
            <translation>Cambiar el algoritmo</translation>
        </message>
        <message>
            <source>Change the algorithm's parameters</source>
            <translation>Cambiar los parámetros del algoritmo</translation>
        </message>
        <message>
            <source>Change the known-segment column</source>
            <translation>Cambiar la columna de segmentos conocidos</translation>
        </message>
        <message>
            <source>Set aside outliers</source>
            <translation>Apartar valores atípicos</translation>
        </message>
        <message>
            <source>Keep outliers</source>
            <translation>Conservar valores atípicos</translation>
        </message>
        <message>
            <source>Change the map</source>
            <translation>Cambiar el mapa</translation>
        </message>
        <message>
            <source>Rename segments</source>
            <translation>Renombrar segmentos</translation>
        </message>
        <message>
            <source>Rename a segment</source>
            <translation>Renombrar un segmento</translation>
        </message>
        <message>
            <source>Edit a persona</source>
            <translation>Editar una buyer persona</translation>
        </message>
    </context>
    <context>
        <name>seg::EngineController</name>
        <message>
            <source>Run an analysis before sweeping k.</source>
            <translation>Ejecute un análisis antes de hacer un barrido de k.</translation>
        </message>
    </context>
    <context>
        <name>seg::EngineWorker</name>
        <message>
            <source>Analysis failed: %1</source>
            <translation>El análisis falló: %1</translation>
        </message>
        <message>
            <source>The k sweep failed: %1</source>
            <translation>El barrido de k falló: %1</translation>
        </message>
        <message>
            <source>Could not load the data: %1</source>
            <translation>No se pudieron cargar los datos: %1</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>memoria insuficiente</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>error desconocido</translation>
        </message>
        <message>
            <source>Preparing features</source>
            <translation>Preparando variables</translation>
        </message>
        <message>
            <source>Projecting</source>
            <translation>Proyectando</translation>
        </message>
        <message>
            <source>Clustering</source>
            <translation>Agrupando</translation>
        </message>
        <message>
            <source>Profiling</source>
            <translation>Perfilando</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Evaluando</translation>
        </message>
        <message>
            <source>The k-distance curve suggests no eps: most customers share their place with %1 others. Set DBSCAN's radius (eps) yourself.</source>
            <translation>La curva de distancias k no sugiere ningún eps: la mayoría de los clientes comparten su posición con otros %1. Indique usted mismo el radio de DBSCAN (eps).</translation>
        </message>
        <message>
            <source>Computing k = %1</source>
            <translation>Calculando k = %1</translation>
        </message>
        <message>
            <source>Computing k = %1 to %2</source>
            <translation>Calculando k = %1 a %2</translation>
        </message>
        <message>
            <source>Loading data</source>
            <translation>Cargando datos</translation>
        </message>
        <message>
            <source>no data is loaded</source>
            <translation>no hay datos cargados</translation>
        </message>
        <message>
            <source>no customer is left after preparing the features</source>
            <translation>no queda ningún cliente tras preparar las variables</translation>
        </message>
        <message numerus="yes">
            <source>Run %1 of the project does not fit its data: it segments %2 customer(s), the data prepares %3. Recluster to make a new run.</source>
            <translation>
                <numerusform>La ejecución %1 del proyecto no corresponde a sus datos: segmenta %2 cliente y los datos preparados tienen %3. Resegmente para crear una nueva ejecución.</numerusform>
                <numerusform>La ejecución %1 del proyecto no corresponde a sus datos: segmenta %2 clientes y los datos preparados tienen %3. Resegmente para crear una nueva ejecución.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>DBSCAN's minimum samples (%1) are more than the %2 customer(s)</source>
            <translation>
                <numerusform>El mínimo de muestras de DBSCAN (%1) supera el número de clientes (%2)</numerusform>
                <numerusform>El mínimo de muestras de DBSCAN (%1) supera los %2 clientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generating %1 demo customer(s)</source>
            <translation>
                <numerusform>Generando %1 cliente de demostración</numerusform>
                <numerusform>Generando %1 clientes de demostración</numerusform>
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
            <translation>Interacción</translation>
        </message>
        <message>
            <source>Purchasing</source>
            <translation>Compras</translation>
        </message>
        <message>
            <source>Recency &amp; loyalty</source>
            <translation>Recencia y fidelidad</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
    </context>
    <context>
        <name>seg::HeatmapPainter</name>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 sd</source>
            <translation>%1 DE</translation>
        </message>
        <message>
            <source>Segment average vs. all customers</source>
            <translation>Media del segmento frente a todos los clientes</translation>
        </message>
        <message>
            <source>vs. all customers</source>
            <translation>frente a todos los clientes</translation>
        </message>
        <message>
            <source>Order: by segment</source>
            <translation>Orden: por segmento</translation>
        </message>
        <message>
            <source>No segments yet</source>
            <translation>Aún no hay segmentos</translation>
        </message>
        <message>
            <source>Segment profiles appear here once customers are segmented.</source>
            <translation>Los perfiles de segmento aparecen aquí cuando se segmenta a los clientes.</translation>
        </message>
        <message>
            <source>Order: by size</source>
            <translation>Orden: por tamaño</translation>
        </message>
        <message>
            <source>Order: by %1</source>
            <translation>Orden: por %1</translation>
        </message>
        <message>
            <source>average</source>
            <translation>media</translation>
        </message>
    </context>
    <context>
        <name>seg::HeatmapView</name>
        <message>
            <source>Segment profile heatmap</source>
            <translation>Mapa de calor de perfiles de segmento</translation>
        </message>
        <message>
            <source>%1 — %2
Segment average: %3
All customers: %4
Difference: %5 standard deviations</source>
            <translation>%1 — %2
Media del segmento: %3
Todos los clientes: %4
Diferencia: %5 desviaciones estándar</translation>
        </message>
        <message>
            <source>Feature: %1</source>
            <translation>Variable: %1</translation>
        </message>
        <message>
            <source>Click to highlight this segment in every view.</source>
            <translation>Haga clic para resaltar este segmento en todas las vistas.</translation>
        </message>
        <message>
            <source>Click to switch between segment order and size order.</source>
            <translation>Haga clic para alternar entre el orden por segmento y el orden por tamaño.</translation>
        </message>
        <message>
            <source>Cell colours: how far the segment average lies from the average of all customers, in standard deviations (sd) of the features as clustered (after log(1 + x) and scaling). Blue is below, red above; beyond 2 sd the colour stays the same. The numbers in the tooltips are in the data's own units.</source>
            <translation>Colores de las celdas: cuánto se aleja la media del segmento de la media de todos los clientes, en desviaciones estándar (DE) de las variables tal como se agruparon (tras log(1 + x) y el escalado). Azul indica por debajo y rojo por encima; a partir de 2 DE el color ya no cambia. Los números de la información emergente están en las unidades propias de los datos.</translation>
        </message>
        <message>
            <source>Click to order the segments by this feature.</source>
            <translation>Haga clic para ordenar los segmentos por esta variable.</translation>
        </message>
        <message>
            <source>Column “%1”: one row per value, each the share of customers with that value</source>
            <translation>Columna “%1”: una fila por valor, cada una con la proporción de clientes que tienen ese valor</translation>
        </message>
        <message>
            <source>No segments yet.</source>
            <translation>Aún no hay segmentos.</translation>
        </message>
        <message>
            <source>Segments: %1, features: %2, customers: %3. Each cell is the segment's average against all customers, in standard deviations.</source>
            <translation>Segmentos: %1, variables: %2, clientes: %3. Cada celda es la media del segmento frente a la de todos los clientes, en desviaciones estándar.</translation>
        </message>
        <message>
            <source>strongest traits: %1</source>
            <translation>rasgos distintivos más marcados: %1</translation>
        </message>
        <message>
            <source>%1, %2: no value</source>
            <translation>%1, %2: sin valor</translation>
        </message>
        <message>
            <source>%1, %2: %3 standard deviations; segment average %4, all customers %5</source>
            <extracomment>The heatmap cell under the keyboard cursor, for screen readers.</extracomment>
            <translation>%1, %2: %3 desviaciones estándar; media del segmento %4, todos los clientes %5</translation>
        </message>
        <message>
            <source>Each segment's average of each feature against all customers, in standard deviations: blue below, red above. Arrow keys, Home, End, Page Up and Page Down move the cell cursor; Enter highlights its segment in every view; S orders the segments by its feature, O switches between segment and size order.</source>
            <translation>El promedio de cada segmento en cada variable frente a todos los clientes, en desviaciones estándar: azul por debajo, rojo por encima. Las flechas, Inicio, Fin, Re Pág y Av Pág mueven el cursor de celda; Intro resalta su segmento en todas las vistas; S ordena los segmentos por su variable, O alterna entre el orden por segmento y por tamaño.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1: %2 cliente (%3)</numerusform>
                <numerusform>%1: %2 clientes (%3)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) in no segment</source>
            <translation>
                <numerusform>%1: %2 cliente en ningún segmento</numerusform>
                <numerusform>%1: %2 clientes en ningún segmento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1
%2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1
%2 cliente (%3)</numerusform>
                <numerusform>%1
%2 clientes (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::HelpBrowser</name>
        <message>
            <source>SegmentScope user guide</source>
            <translation>Guía del usuario de SegmentScope</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Buscar en la guía</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
    </context>
    <context>
        <name>seg::ImageExport</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>Cannot save “%1”: images can be saved as PNG (.png) or SVG (.svg) files.</source>
            <translation>No se puede guardar “%1”: las imágenes se pueden guardar como archivos PNG (.png) o SVG (.svg).</translation>
        </message>
        <message>
            <source>Cannot save “%1”: there is nothing to draw.</source>
            <translation>No se puede guardar “%1”: no hay nada que dibujar.</translation>
        </message>
        <message>
            <source>Cannot save “%1”: %2</source>
            <translation>No se puede guardar “%1”: %2</translation>
        </message>
        <message>
            <source>Drawn by %1</source>
            <translation>Creado con %1</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>no se pudo codificar la imagen</translation>
        </message>
    </context>
    <context>
        <name>seg::ImportDialog</name>
        <message>
            <source>id (key)</source>
            <translation>id (clave)</translation>
        </message>
        <message>
            <source>known segments</source>
            <translation>segmentos conocidos</translation>
        </message>
        <message>
            <source>numeric</source>
            <translation>numérica</translation>
        </message>
        <message>
            <source>categorical</source>
            <translation>categórica</translation>
        </message>
        <message>
            <source>value (money)</source>
            <translation>valor (monetario)</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>personal data</source>
            <translation>datos personales</translation>
        </message>
        <message>
            <source>ignored</source>
            <translation>ignorada</translation>
        </message>
        <message>
            <source>Chosen: %1 (suggested: %2, because %3)</source>
            <translation>Elegido: %1 (sugerido: %2, porque %3)</translation>
        </message>
        <message>
            <source>Suggested: %1, because %2</source>
            <translation>Sugerido: %1, porque %2</translation>
        </message>
        <message>
            <source>integer</source>
            <translation>entero</translation>
        </message>
        <message>
            <source>number</source>
            <translation>número</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>sí/no</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoría</translation>
        </message>
        <message>
            <source>text / id</source>
            <translation>texto / id</translation>
        </message>
        <message>
            <source>Import customers – %1</source>
            <translation>Importar clientes – %1</translation>
        </message>
        <message>
            <source>Check the first rows and the detected column types, then choose the customer id, what each column means (its role), the features to segment on and their groups.</source>
            <translation>Revise las primeras filas y los tipos de columna detectados; después, elija el id de cliente, qué significa cada columna (su rol), las variables con las que segmentar y sus grupos.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>The table or view of the SQLite database to import</source>
            <translation>La tabla o vista de la base de datos SQLite que se importará</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Tabla:</translation>
        </message>
        <message>
            <source>The first rows of the file, as they will be read</source>
            <translation>Las primeras filas del archivo, tal como se leerán</translation>
        </message>
        <message>
            <source>The column that identifies each customer; every value must be present and unique</source>
            <translation>La columna que identifica a cada cliente; todos los valores deben estar presentes y ser únicos</translation>
        </message>
        <message>
            <source>Customer &amp;id:</source>
            <translation>I&amp;d de cliente:</translation>
        </message>
        <message>
            <source>Replace ids by salted &amp;hashes</source>
            <translation>Sustituir los ids por &amp;hashes con sal</translation>
        </message>
        <message>
            <source>Privacy: each customer id becomes a hash of a random salt and the id as the file is read. Segments, exports and the saved project show only the hashes; the salt is kept in the project, so the same ids always get the same hashes there.</source>
            <translation>Privacidad: al leer el archivo, cada id de cliente se convierte en un hash de una sal aleatoria y del id. Los segmentos, las exportaciones y el proyecto guardado solo muestran los hashes; la sal se guarda en el proyecto, por lo que allí los mismos ids siempre obtienen los mismos hashes.</translation>
        </message>
        <message>
            <source>Optional: a column of known segments, to measure how well the clustering recovers them (adjusted Rand index)</source>
            <translation>Opcional: una columna de segmentos conocidos, para medir en qué medida el agrupamiento los recupera (índice de Rand ajustado)</translation>
        </message>
        <message>
            <source>&amp;Known segments:</source>
            <translation>Segmentos &amp;conocidos:</translation>
        </message>
        <message>
            <source>Transaction log: read as customers</source>
            <translation>Registro de transacciones: leer como clientes</translation>
        </message>
        <message>
            <source>Derive one row per customer from the purchases, and segment the customers</source>
            <translation>Obtener una fila por cliente a partir de las compras y segmentar a los clientes</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>When each purchase was made</source>
            <translation>Cuándo se hizo cada compra</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>Imp&amp;orte:</translation>
        </message>
        <message>
            <source>What each line cost; a negative amount is a return. Leave it at (none) when the log gives a unit price and a quantity instead</source>
            <translation>Lo que costó cada línea; un importe negativo es una devolución. Déjelo en (ninguna) si el registro indica en su lugar un precio unitario y una cantidad</translation>
        </message>
        <message>
            <source>Unit &amp;price:</source>
            <translation>&amp;Precio unitario:</translation>
        </message>
        <message>
            <source>Price per unit, for a log without line totals: a line's amount is quantity × unit price</source>
            <translation>Precio por unidad, para un registro sin totales por línea: el importe de una línea es cantidad × precio unitario</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>Cantid&amp;ad:</translation>
        </message>
        <message>
            <source>Optional: units per line</source>
            <translation>Opcional: unidades por línea</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>Ca&amp;nal:</translation>
        </message>
        <message>
            <source>Optional: the sales channel, as each customer's shares</source>
            <translation>Opcional: el canal de venta, como proporciones de cada cliente</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>Cate&amp;goría:</translation>
        </message>
        <message>
            <source>Optional: the product category, as how many each customer bought</source>
            <translation>Opcional: la categoría de producto, como cantidad comprada por cada cliente</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> semanas</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Keep the last weeks of purchases aside: the customers are described as they were before them, and the Model tab compares the forecast purchases with those made</source>
            <translation>Reservar las últimas semanas de compras: los clientes se describen tal como eran antes de ellas, y la pestaña Modelo compara las compras previstas con las realizadas</translation>
        </message>
        <message>
            <source>&amp;Holdout:</source>
            <translation>&amp;Validación:</translation>
        </message>
        <message>
            <source>&amp;Features, roles and groups (double-click a role or a group to change it; hover over a role to see why it was suggested):</source>
            <translation>Variables, &amp;roles y grupos (haga doble clic en un rol o un grupo para cambiarlo; pase el puntero sobre un rol para ver por qué se sugirió):</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Checked columns take part in the segmentation</source>
            <translation>Las columnas marcadas participan en la segmentación</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>The database has no tables.</source>
            <translation>La base de datos no tiene tablas.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>Preview not available</source>
            <translation>Vista previa no disponible</translation>
        </message>
        <message>
            <source>Preview: the first row, the first %1 of %2 columns</source>
            <translation>Vista previa: la primera fila, las primeras %1 de %2 columnas</translation>
        </message>
        <message>
            <source>Column '%1' repeats: each row is a purchase. Read as customers, each gets their purchases, time since the last one, tenure and spend, up to the last date in the file.</source>
            <translation>La columna '%1' se repite: cada fila es una compra. Al leer los datos como clientes, cada uno obtiene sus compras, el tiempo desde la última, su antigüedad y su gasto, hasta la última fecha del archivo.</translation>
        </message>
        <message>
            <source>Choose the column of purchase dates.</source>
            <translation>Elija la columna de fechas de compra.</translation>
        </message>
        <message>
            <source>Choose the amount column, or the unit price and quantity columns.</source>
            <translation>Elija la columna de importe, o las columnas de precio unitario y cantidad.</translation>
        </message>
        <message>
            <source>Choose the amount or the unit price, not both.</source>
            <translation>Elija el importe o el precio unitario, no ambos.</translation>
        </message>
        <message>
            <source>A unit price needs the quantity column: a line's amount is quantity × unit price.</source>
            <translation>Un precio unitario necesita la columna de cantidad: el importe de una línea es cantidad × precio unitario.</translation>
        </message>
        <message>
            <source>Not a feature: its role is %1</source>
            <translation>No es una variable: su rol es %1</translation>
        </message>
        <message>
            <source>This is the customer id</source>
            <translation>Este es el id de cliente</translation>
        </message>
        <message>
            <source>These are the known segments</source>
            <translation>Estos son los segmentos conocidos</translation>
        </message>
        <message>
            <source>Known segments cannot come from a transaction log: they belong to customers, and its rows are purchases. Choose (none) as the known segments.</source>
            <translation>Los segmentos conocidos no pueden venir de un registro de transacciones: pertenecen a clientes, y sus filas son compras. Elija (ninguna) como segmentos conocidos.</translation>
        </message>
        <message>
            <source>%1 (in the previewed rows). Read it as customers (the transaction log section), or to read the rows as they are, choose (none) as the customer id.</source>
            <translation>%1 (en las filas de la vista previa). Léalo como clientes (la sección del registro de transacciones) o, para leer las filas tal como están, elija (ninguna) como id de cliente.</translation>
        </message>
        <message>
            <source>The customer id and the known segments must be different columns.</source>
            <translation>El id de cliente y los segmentos conocidos deben ser columnas distintas.</translation>
        </message>
        <message>
            <source>Choose at least one feature to segment on.</source>
            <translation>Elija al menos una variable con la que segmentar.</translation>
        </message>
        <message>
            <source>Note: the previewed rows hold the purchases of %1 customer(s); the whole file is read on import.</source>
            <translation>Nota: las filas de la vista previa contienen las compras de %1 cliente(s); al importar se lee el archivo completo.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <source>Cannot import: %1</source>
            <translation>No se puede importar: %1</translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first %1 row(s), the first %2 of %3 columns</source>
            <translation>
                <numerusform>Vista previa: %1 fila, las primeras %2 de %3 columnas</numerusform>
                <numerusform>Vista previa: las primeras %1 filas, las primeras %2 de %3 columnas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first row, %1 column(s)</source>
            <translation>
                <numerusform>Vista previa: la primera fila, %1 columna</numerusform>
                <numerusform>Vista previa: la primera fila, %1 columnas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first %1 rows, %2 column(s)</source>
            <translation>
                <numerusform>Vista previa: las primeras %1 filas, %2 columna</numerusform>
                <numerusform>Vista previa: las primeras %1 filas, %2 columnas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::LiftView</name>
        <message>
            <source>All customers</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segmento %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversión</translation>
        </message>
        <message>
            <source>Revenue per customer</source>
            <translation>Ingresos por cliente</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Campaign lift by segment</source>
            <translation>Uplift de la campaña por segmento</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Resultado:</translation>
        </message>
        <message>
            <source>No run to show a campaign's lift for.</source>
            <translation>No hay ninguna ejecución para la que mostrar el uplift de una campaña.</translation>
        </message>
        <message>
            <source>No campaign has been analysed against run %1 yet. segscope lift compares a campaign's treated and control customers in each segment and records the result here.</source>
            <translation>Todavía no se ha analizado ninguna campaña frente a la ejecución %1. segscope lift compara, en cada segmento, los clientes del grupo de prueba y del grupo de control de una campaña y registra aquí el resultado.</translation>
        </message>
        <message>
            <source>Recorded analyses that could not be read (%1) are left out.</source>
            <translation>Se omiten los análisis registrados que no se pudieron leer (%1).</translation>
        </message>
        <message>
            <source>Conversion %1 against %2: %3 points (%4% interval %5 to %6), %7.</source>
            <translation>Conversión %1 frente a %2: %3 puntos (intervalo del %4% de %5 a %6), %7.</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>significativo</translation>
        </message>
        <message>
            <source>not significant</source>
            <translation>no significativo</translation>
        </message>
        <message>
            <source>Revenue per customer %1 against %2: %3 (%4 to %5), %6.</source>
            <translation>Ingresos por cliente %1 frente a %2: %3 (de %4 a %5), %6.</translation>
        </message>
        <message>
            <source>conversion</source>
            <translation>conversión</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>ingresos</translation>
        </message>
        <message>
            <source>The campaign moved %1 in: %2.</source>
            <translation>Segmentos con efecto significativo de la campaña en %1: %2.</translation>
        </message>
        <message>
            <source>Caution: %1.</source>
            <translation>Precaución: %1.</translation>
        </message>
        <message>
            <source>%1 campaigns were analysed against this run; the latest is shown.</source>
            <translation>Se analizaron %1 campañas frente a esta ejecución; se muestra la más reciente.</translation>
        </message>
        <message>
            <source>Conversion, treated − control (points), %1% interval</source>
            <translation>Conversión, prueba − control (puntos), intervalo del %1%</translation>
        </message>
        <message>
            <source>Revenue per customer, treated − control, %1% interval</source>
            <translation>Ingresos por cliente, prueba − control, intervalo del %1%</translation>
        </message>
        <message>
            <source>● significant after the correction   ○ not significant</source>
            <translation>● significativo tras la corrección   ○ no significativo</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Control</translation>
        </message>
        <message>
            <source>Treated rate</source>
            <translation>Tasa prueba</translation>
        </message>
        <message>
            <source>Treated mean</source>
            <translation>Media prueba</translation>
        </message>
        <message>
            <source>Control rate</source>
            <translation>Tasa control</translation>
        </message>
        <message>
            <source>Control mean</source>
            <translation>Media control</translation>
        </message>
        <message>
            <source>Difference (points)</source>
            <translation>Diferencia (puntos)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Uplift</translation>
        </message>
        <message>
            <source>p (adjusted)</source>
            <translation>p (ajustado)</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>sin comparar</translation>
        </message>
        <message>
            <source>%1 [%2, %3]</source>
            <translation>%1 [%2, %3]</translation>
        </message>
        <message>
            <source>Campaign lift by segment, chart</source>
            <translation>Uplift de la campaña por segmento, gráfico</translation>
        </message>
        <message>
            <source>Campaign lift</source>
            <translation>Uplift de la campaña</translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1, analysed on %2: %3 customer(s) (%4 treated, %5 control).</source>
            <translation>
                <numerusform>Campaña %1, analizada el %2: %3 cliente (%4 de prueba, %5 de control).</numerusform>
                <numerusform>Campaña %1, analizada el %2: %3 clientes (%4 de prueba, %5 de control).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No segment's %1 moved significantly after the correction for testing %2 segment(s).</source>
            <translation>
                <numerusform>Ningún segmento cambió significativamente en %1 tras la corrección por comparaciones múltiples en %2 segmento.</numerusform>
                <numerusform>Ningún segmento cambió significativamente en %1 tras la corrección por comparaciones múltiples en %2 segmentos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::MainWindow</name>
        <message>
            <source>Drag: lasso · Shift+drag: rectangle · Wheel: zoom</source>
            <translation>Arrastrar: lazo · Mayús+arrastrar: rectángulo · Rueda: zoom</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Guardado: %1</translation>
        </message>
        <message>
            <source>the same segments as run %1</source>
            <translation>los mismos segmentos que la ejecución %1</translation>
        </message>
        <message>
            <source>segments differ from run %1, made with the same settings</source>
            <translation>los segmentos difieren de la ejecución %1, creada con la misma configuración</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Inertia (elbow) and silhouette for each k on the current features. Click a k to use it.</source>
            <translation>Inercia (codo) y silueta para cada k con las variables actuales. Haga clic en un k para usarlo.</translation>
        </message>
        <message>
            <source>Choosing k</source>
            <translation>Elegir k</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selección</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Árbol</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Ejecuciones</translation>
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
            <translation>Calidad del ajuste para cada número de segmentos</translation>
        </message>
        <message>
            <source>The customers chosen in the segment map against everyone</source>
            <translation>Los clientes elegidos en el mapa de segmentos frente a todos</translation>
        </message>
        <message>
            <source>Who each segment is and what it is worth: a draft persona per segment to edit</source>
            <translation>Quién es cada segmento y cuánto vale: un borrador de buyer persona por segmento, para editar</translation>
        </message>
        <message>
            <source>Each segment's share of the customers against its share of the value</source>
            <translation>Proporción de clientes de cada segmento frente a su proporción del valor</translation>
        </message>
        <message>
            <source>Whether the purchase model behind the lifetime values describes these customers</source>
            <translation>Si el modelo de compra en el que se basa el valor de vida del cliente describe a estos clientes</translation>
        </message>
        <message>
            <source>Ward's tree: how the segments were joined, and where it is cut</source>
            <translation>Árbol de Ward: cómo se unieron los segmentos y dónde se corta</translation>
        </message>
        <message>
            <source>The runs kept in the project: restore, annotate, delete or compare them</source>
            <translation>Las ejecuciones guardadas en el proyecto: restaurarlas, anotarlas, eliminarlas o compararlas</translation>
        </message>
        <message>
            <source>The customers scored with the current run, batch by batch: segment shares and drift</source>
            <translation>Los clientes asignados con la ejecución actual, lote a lote: proporciones de segmentos y deriva</translation>
        </message>
        <message>
            <source>What the latest campaign analysed against the current run did in each segment</source>
            <translation>Qué efecto tuvo en cada segmento la última campaña analizada frente a la ejecución actual</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>Controles</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Ready – run %1 of the project, as saved</source>
            <translation>Listo – ejecución %1 del proyecto, tal como se guardó</translation>
        </message>
        <message>
            <source>Ready – segmented in %1 s</source>
            <translation>Listo – segmentado en %1 s</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
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
            <translation>Clientes de demostración</translation>
        </message>
        <message>
            <source>%1[*] – SegmentScope</source>
            <translation>%1[*] – SegmentScope</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open a project, or customer data from a CSV file or an SQLite database</source>
            <translation>Abrir un proyecto o datos de clientes de un archivo CSV o una base de datos SQLite</translation>
        </message>
        <message>
            <source>Open &amp;demo data</source>
            <translation>Abrir datos de &amp;demostración</translation>
        </message>
        <message>
            <source>50,000 synthetic customers with six known segments</source>
            <translation>50.000 clientes sintéticos con seis segmentos conocidos</translation>
        </message>
        <message>
            <source>&amp;Export segments…</source>
            <translation>&amp;Exportar segmentos…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Save each customer's segment as a CSV file</source>
            <translation>Guardar el segmento de cada cliente en un archivo CSV</translation>
        </message>
        <message>
            <source>Export persona &amp;report…</source>
            <translation>Exportar &amp;informe de buyer personas…</translation>
        </message>
        <message>
            <source>A PDF for a client: overview, one page per persona, methods; previewed before saving</source>
            <translation>Un PDF para un cliente: resumen, una página por buyer persona y métodos; con vista previa antes de guardarlo</translation>
        </message>
        <message>
            <source>Export &amp;workbook (XLSX)…</source>
            <translation>Exportar &amp;libro (XLSX)…</translation>
        </message>
        <message>
            <source>The segment table, the personas and every customer's segment and value as an Excel workbook</source>
            <translation>La tabla de segmentos, las buyer personas y el segmento y el valor de cada cliente en un libro de Excel</translation>
        </message>
        <message>
            <source>Save &amp;map picture…</source>
            <translation>Guardar imagen del &amp;mapa…</translation>
        </message>
        <message>
            <source>Save &amp;heatmap picture…</source>
            <translation>Guardar imagen del mapa de &amp;calor…</translation>
        </message>
        <message>
            <source>Save the segment map as a PNG image or SVG drawing</source>
            <translation>Guardar el mapa de segmentos como imagen PNG o dibujo SVG</translation>
        </message>
        <message>
            <source>Save the heatmap as a PNG image or SVG drawing</source>
            <translation>Guardar el mapa de calor como imagen PNG o dibujo SVG</translation>
        </message>
        <message>
            <source>Save &amp;screenshot…</source>
            <translation>Guardar captura de &amp;pantalla…</translation>
        </message>
        <message>
            <source>Ctrl+Alt+S</source>
            <translation>Ctrl+Alt+S</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
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
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Reset &amp;zoom</source>
            <translation>Restablecer &amp;zoom</translation>
        </message>
        <message>
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <source>Order heatmap rows by &amp;separation</source>
            <translation>Ordenar filas del mapa de calor por &amp;separación</translation>
        </message>
        <message>
            <source>List the features from the one that separates the segments most (the largest share of its variance between segments) to the least</source>
            <translation>Enumerar las variables desde la que más separa los segmentos (la mayor proporción de su varianza entre segmentos) hasta la que menos</translation>
        </message>
        <message>
            <source>&amp;Dark theme</source>
            <translation>Tema &amp;oscuro</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>Alto &amp;contraste</translation>
        </message>
        <message>
            <source>Ctrl+Shift+H</source>
            <translation>Ctrl+Shift+H</translation>
        </message>
        <message>
            <source>&amp;Segments</source>
            <translation>&amp;Segmentos</translation>
        </message>
        <message>
            <source>&amp;Recluster</source>
            <translation>&amp;Resegmentar</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>C&amp;lear selection</source>
            <translation>&amp;Quitar selección</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>&amp;About SegmentScope</source>
            <translation>&amp;Acerca de SegmentScope</translation>
        </message>
        <message>
            <source>About SegmentScope</source>
            <translation>Acerca de SegmentScope</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SegmentScope %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for marketers: cluster customers into segments, see what sets each apart, and name them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SegmentScope %1&lt;/h3&gt;&lt;p&gt;Segmentación de clientes para marketing: agrupe a los clientes en segmentos, descubra qué distingue a cada uno y póngales nombre.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open a project or customer data</source>
            <translation>Abrir un proyecto o datos de clientes</translation>
        </message>
        <message>
            <source>Projects and customer data (*.segscope *.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;SegmentScope projects (*.segscope);;Customer data (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>Proyectos y datos de clientes (*.segscope *.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;Proyectos de SegmentScope (*.segscope);;Datos de clientes (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
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
            <translation>Exportar segmentos</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cannot export the segments to %1: it is the customer data file that is open. Choose another name.</source>
            <translation>No se pueden exportar los segmentos a %1: es el archivo de datos de clientes que está abierto. Elija otro nombre.</translation>
        </message>
        <message>
            <source>Save screenshot</source>
            <translation>Guardar captura de pantalla</translation>
        </message>
        <message>
            <source>segmentscope.png</source>
            <translation>segmentscope.png</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>no se pudo codificar la imagen</translation>
        </message>
        <message>
            <source>Cannot write the screenshot to %1: %2</source>
            <translation>No se puede escribir la captura de pantalla en %1: %2</translation>
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
            <translation>Guardar imagen del mapa</translation>
        </message>
        <message>
            <source>Save heatmap picture</source>
            <translation>Guardar imagen del mapa de calor</translation>
        </message>
        <message>
            <source>There are no segments to draw yet.</source>
            <translation>Todavía no hay segmentos que dibujar.</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %1 customer(s)…</source>
            <translation>
                <numerusform>Exportando %1 cliente…</numerusform>
                <numerusform>Exportando %1 clientes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %1 customer(s) to %2</source>
            <translation>
                <numerusform>Se exportó %1 cliente a %2</numerusform>
                <numerusform>Se exportaron %1 clientes a %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready – segmented in %1 ms</source>
            <translation>Listo – segmentado en %1 ms</translation>
        </message>
    </context>
    <context>
        <name>seg::MapController</name>
        <message numerus="yes">
            <source>UMAP of %Ln customers, %1 s</source>
            <translation>
                <numerusform>UMAP de %Ln cliente, %1 s</numerusform>
                <numerusform>UMAP de %Ln clientes, %1 s</numerusform>
            </translation>
        </message>
        <message>
            <source>, PCA start (%1)</source>
            <translation>, inicio PCA (%1)</translation>
        </message>
        <message numerus="yes">
            <source>, fitted on %Ln</source>
            <translation>
                <numerusform>, ajustado con %Ln</numerusform>
                <numerusform>, ajustado con %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>The UMAP map could not be made: %1</source>
            <translation>No se pudo crear el mapa UMAP: %1</translation>
        </message>
        <message>
            <source>UMAP map from the cache</source>
            <translation>Mapa UMAP desde la caché</translation>
        </message>
    </context>
    <context>
        <name>seg::MapControls</name>
        <message>
            <source>Map</source>
            <translation>Mapa</translation>
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
            <translation>UMAP mantiene juntos a los vecinos más cercanos de cada cliente, por lo que los segmentos aparecen como grupos; las distancias entre grupos alejados no están a escala. PCA muestra las dos direcciones de mayor varianza y aparece de inmediato.</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Método:</translation>
        </message>
        <message>
            <source>How many nearest customers shape each one's neighbourhood: fewer show fine local detail, more show the overall structure (UMAP's n_neighbors, 15 by default).</source>
            <translation>Cuántos clientes cercanos definen el vecindario de cada uno: menos muestran el detalle local; más, la estructura general (n_neighbors de UMAP, 15 de forma predeterminada).</translation>
        </message>
        <message>
            <source>How tightly customers may pack together on the map (UMAP's min_dist, 0.1 by default; at most the spread, 1).</source>
            <translation>Cuánto pueden juntarse los clientes en el mapa (min_dist de UMAP, 0,1 de forma predeterminada; como máximo la dispersión, 1).</translation>
        </message>
        <message>
            <source>Euclidean</source>
            <translation>Euclídea</translation>
        </message>
        <message>
            <source>Manhattan</source>
            <translation>Manhattan</translation>
        </message>
        <message>
            <source>Cosine</source>
            <translation>Coseno</translation>
        </message>
        <message>
            <source>How the distance between two customers' features is measured.</source>
            <translation>Cómo se mide la distancia entre las variables de dos clientes.</translation>
        </message>
        <message>
            <source>Me&amp;tric:</source>
            <translation>Mé&amp;trica:</translation>
        </message>
        <message>
            <source>The map is fitted on at most this many customers; the others are placed into it. Larger is more faithful and slower.</source>
            <translation>El mapa se ajusta con este número máximo de clientes; los demás se sitúan en él. Un valor mayor es más fiel, pero más lento.</translation>
        </message>
        <message>
            <source>Nei&amp;ghbours:</source>
            <translation>Veci&amp;nos:</translation>
        </message>
        <message>
            <source>Mi&amp;n. distance:</source>
            <translation>&amp;Dist. mínima:</translation>
        </message>
        <message>
            <source>F&amp;it sample:</source>
            <translation>Muestra de a&amp;juste:</translation>
        </message>
    </context>
    <context>
        <name>seg::MapPresenter</name>
        <message>
            <source>PC %1 (%2%)</source>
            <translation>CP %1 (%2%)</translation>
        </message>
        <message>
            <source>UMAP map settling: epoch %1 of %2</source>
            <translation>Mapa UMAP estabilizándose: época %1 de %2</translation>
        </message>
        <message>
            <source>Computing the UMAP map: %1%</source>
            <translation>Calculando el mapa UMAP: %1%</translation>
        </message>
        <message>
            <source>pale: under %1% sure of their segment</source>
            <translation>pálidos: menos de un %1% de certeza sobre su segmento</translation>
        </message>
        <message>
            <source>UMAP: gaps between groups are not to scale</source>
            <translation>UMAP: las distancias entre grupos no están a escala</translation>
        </message>
        <message>
            <source>PCA map: the two directions of largest variance</source>
            <translation>Mapa PCA: las dos direcciones de mayor varianza</translation>
        </message>
        <message>
            <source>Computing the UMAP map; PCA is shown until it is ready</source>
            <translation>Calculando el mapa UMAP; se muestra PCA hasta que esté listo</translation>
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
            <translation>Se canceló el mapa UMAP; se muestra PCA</translation>
        </message>
    </context>
    <context>
        <name>seg::ModelCheckView</name>
        <message>
            <source>Purchase model check</source>
            <translation>Comprobación del modelo de compra</translation>
        </message>
        <message>
            <source>Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model expects. Bars of like height say the model describes how often these customers buy. A log read with a holdout period also shows the purchases made in it beside those the model predicted.</source>
            <translation>Clientes por número de compras repetidas: según el recuento en los datos y según lo que espera el modelo BG/NBD ajustado. Si las barras tienen una altura similar, el modelo describe bien la frecuencia de compra de estos clientes. Un registro leído con un periodo de validación muestra además las compras realizadas en él junto a las que predijo el modelo.</translation>
        </message>
        <message>
            <source>No lifetime-value model</source>
            <translation>Sin modelo de valor de vida del cliente</translation>
        </message>
        <message>
            <source>Counted and expected customers by number of repeat purchases, and purchases made and predicted in the holdout period</source>
            <translation>Clientes contados y esperados por número de compras repetidas, y compras realizadas y previstas en el periodo de validación</translation>
        </message>
        <message>
            <source>Counted and expected customers by number of repeat purchases</source>
            <translation>Clientes contados y esperados por número de compras repetidas</translation>
        </message>
        <message>
            <source>The purchase model's check appears when the data has the lifetime-value inputs (frequency, recency, T).</source>
            <translation>La comprobación del modelo de compra aparece cuando los datos contienen las entradas del valor de vida del cliente (frecuencia, recencia, T).</translation>
        </message>
        <message>
            <source>Does the purchase model fit?</source>
            <translation>¿Se ajusta el modelo de compra?</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contados</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>Esperados por BG/NBD</translation>
        </message>
        <message>
            <source>Does it predict the holdout?</source>
            <translation>¿Predice el periodo de validación?</translation>
        </message>
        <message>
            <source>Over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast).</source>
            <translation>Durante %1 %2 tras la calibración: %3 compras previstas, %4 realizadas (%5 de la previsión).</translation>
        </message>
        <message>
            <source>Made (mean)</source>
            <translation>Realizadas (media)</translation>
        </message>
        <message>
            <source>Predicted (mean)</source>
            <translation>Previstas (media)</translation>
        </message>
    </context>
    <context>
        <name>seg::ModelSelectionChart</name>
        <message>
            <source>No k stands out: the best silhouette, %1 at k = %2, shows no substantial structure (0.25 or less).</source>
            <translation>Ningún k destaca: la mejor silueta, %1 con k = %2, no muestra una estructura sustancial (0,25 o menos).</translation>
        </message>
        <message>
            <source>The inertia curve bends at k = %1: use it, or the number of segments you can act on.</source>
            <translation>La curva de inercia forma un codo en k = %1: use ese valor o el número de segmentos con el que pueda trabajar.</translation>
        </message>
        <message>
            <source>Choose the number of segments you can act on.</source>
            <translation>Elija el número de segmentos con el que pueda trabajar.</translation>
        </message>
        <message>
            <source>strong structure</source>
            <translation>estructura fuerte</translation>
        </message>
        <message>
            <source>reasonable structure</source>
            <translation>estructura razonable</translation>
        </message>
        <message>
            <source>weak structure</source>
            <translation>estructura débil</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3) and the bend of the inertia curve agree.</source>
            <translation>k sugerido = %1: la silueta más alta (%2, %3) y el codo de la curva de inercia coinciden.</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3).</source>
            <translation>k sugerido = %1: la silueta más alta (%2, %3).</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3); the inertia curve bends at k = %4, a simpler alternative.</source>
            <translation>k sugerido = %1: la silueta más alta (%2, %3); la curva de inercia forma un codo en k = %4, una alternativa más sencilla.</translation>
        </message>
        <message>
            <source>Suggested k = %1: the highest silhouette (%2, %3); the inertia curve bends at k = %4, a finer alternative.</source>
            <translation>k sugerido = %1: la silueta más alta (%2, %3); la curva de inercia forma un codo en k = %4, una alternativa más detallada.</translation>
        </message>
        <message>
            <source>Current k</source>
            <translation>k actual</translation>
        </message>
        <message>
            <source>Number of segments (k)</source>
            <translation>Número de segmentos (k)</translation>
        </message>
        <message>
            <source>Inertia</source>
            <translation>Inercia</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silueta</translation>
        </message>
        <message>
            <source>Inertia (lower = tighter segments)</source>
            <translation>Inercia (menor = segmentos más compactos)</translation>
        </message>
        <message>
            <source>Silhouette (higher = better separated)</source>
            <translation>Silueta (mayor = segmentos mejor separados)</translation>
        </message>
        <message>
            <source>No comparison yet: run a sweep over k to see how well each number of segments fits.</source>
            <translation>Aún no hay comparación: haga un barrido de k para ver cómo se ajusta cada número de segmentos.</translation>
        </message>
        <message>
            <source>Suggested k = %1. Click a k to use it.</source>
            <translation>k sugerido = %1. Haga clic en un k para usarlo.</translation>
        </message>
        <message>
            <source>Click a k to use it.</source>
            <translation>Haga clic en un k para usarlo.</translation>
        </message>
        <message>
            <source>Click a k to use it: look for a bend in inertia and a high silhouette.</source>
            <translation>Haga clic en un k para usarlo: busque un codo en la inercia y una silueta alta.</translation>
        </message>
        <message>
            <source>Click a k to use it. A bend in inertia and a high silhouette suggest a good k.</source>
            <translation>Haga clic en un k para usarlo. Un codo en la inercia y una silueta alta indican un buen k.</translation>
        </message>
        <message>
            <source>k = %1
Inertia: %2</source>
            <translation>k = %1
Inercia: %2</translation>
        </message>
        <message>
            <source>Silhouette: %1</source>
            <translation>Silueta: %1</translation>
        </message>
        <message>
            <source>k = %1: inertia %2</source>
            <translation>k = %1: inercia %2</translation>
        </message>
        <message>
            <source>(current)</source>
            <translation>(actual)</translation>
        </message>
        <message>
            <source>Inertia and silhouette by number of segments</source>
            <translation>Inercia y silueta según el número de segmentos</translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaReport</name>
        <message>
            <source>Sensitive attributes</source>
            <translation>Atributos sensibles</translation>
        </message>
        <message>
            <source>Who is in each segment</source>
            <translation>Quién hay en cada segmento</translation>
        </message>
        <message>
            <source>These columns look like sensitive attributes, or were marked as such. Segments that differ strongly in them treat customers differently by them, even when the column is not a feature: another feature can stand in for it. Each cell is a level's share of the segment's customers with a value; a share below 0.8 or above 1.25 times the share among all customers is in bold (the four-fifths rule, used as a screen, not a verdict). Segments of fewer than %1 customers are not shown.</source>
            <translation>Estas columnas parecen atributos sensibles o se marcaron como tales. Los segmentos que difieren mucho en ellas tratan de forma distinta a los clientes según esos atributos, aunque la columna no sea una variable: otra variable puede actuar como sustituta. Cada celda es la proporción de un nivel entre los clientes del segmento que tienen un valor; una proporción inferior a 0,8 o superior a 1,25 veces la proporción entre todos los clientes aparece en negrita (la regla de los cuatro quintos, usada como criterio de cribado, no como veredicto). No se muestran los segmentos con menos de %1 clientes.</translation>
        </message>
        <message>
            <source>Further attributes are left out for want of space: %1.</source>
            <translation>Por falta de espacio se omiten otros atributos: %1.</translation>
        </message>
        <message>
            <source>%1 (marked sensitive)</source>
            <translation>%1 (marcado como sensible)</translation>
        </message>
        <message>
            <source>%1 (looks like %2)</source>
            <translation>%1 (parece %2)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>%1 (%2) holds %3 at %4 times its share among all customers (%5 against %6)</source>
            <translation>%1 (%2): %3 en una proporción %4 veces la de todos los clientes (%5 frente a %6)</translation>
        </message>
        <message>
            <source>No segment holds a level outside the four-fifths screen.</source>
            <translation>Ningún segmento tiene un nivel fuera del criterio de los cuatro quintos.</translation>
        </message>
        <message>
            <source>Strongest disparities: %1.</source>
            <translation>Mayores disparidades: %1.</translation>
        </message>
        <message>
            <source>Campaign lift</source>
            <translation>Uplift de la campaña</translation>
        </message>
        <message>
            <source>What the campaign did</source>
            <translation>Qué logró la campaña</translation>
        </message>
        <message>
            <source>Holm's method</source>
            <translation>el método de Holm</translation>
        </message>
        <message>
            <source>the Benjamini–Hochberg method</source>
            <translation>el método de Benjamini–Hochberg</translation>
        </message>
        <message>
            <source>nothing (no correction)</source>
            <translation>ningún método (sin corrección)</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversión</translation>
        </message>
        <message>
            <source>Revenue per customer</source>
            <translation>Ingresos por cliente</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Control</translation>
        </message>
        <message>
            <source>Treated rate</source>
            <translation>Tasa prueba</translation>
        </message>
        <message>
            <source>Treated mean</source>
            <translation>Media prueba</translation>
        </message>
        <message>
            <source>Control rate</source>
            <translation>Tasa control</translation>
        </message>
        <message>
            <source>Control mean</source>
            <translation>Media control</translation>
        </message>
        <message>
            <source>Difference, points (interval)</source>
            <translation>Diferencia, puntos (intervalo)</translation>
        </message>
        <message>
            <source>Difference (interval)</source>
            <translation>Diferencia (intervalo)</translation>
        </message>
        <message>
            <source>p adjusted</source>
            <translation>p ajustado</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>sin comparar</translation>
        </message>
        <message>
            <source>Reading the results</source>
            <translation>Cómo leer los resultados</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No significant change in conversion in: %1. In brackets, the smallest difference in points each test would find with %2% power: a smaller effect may have been missed, so "no change" is not proven.</source>
            <translation>Sin cambio significativo en la conversión en: %1. Entre paréntesis, la diferencia mínima en puntos que cada prueba detectaría con una potencia del %2%: un efecto menor puede haber pasado inadvertido, así que «sin cambio» no está demostrado.</translation>
        </message>
        <message>
            <source>No significant change in revenue per customer in: %1. In brackets, the smallest difference each test would find with %2% power: a smaller effect may have been missed.</source>
            <translation>Sin cambio significativo en los ingresos por cliente en: %1. Entre paréntesis, la diferencia mínima que cada prueba detectaría con una potencia del %2%: un efecto menor puede haber pasado inadvertido.</translation>
        </message>
        <message>
            <source>complete separation</source>
            <translation>separación completa</translation>
        </message>
        <message>
            <source>Before the campaign the two groups were alike on every feature of the segmentation and in their mix of segments (standardised mean differences within ±%1).</source>
            <translation>Antes de la campaña, los dos grupos eran similares en todas las variables de la segmentación y en su composición por segmentos (diferencias de medias estandarizadas dentro de ±%1).</translation>
        </message>
        <message>
            <source>Before the campaign the groups differed in: %1 (standardised mean differences beyond ±%2). A difference the campaign did not cause can pass for lift; the per-segment rows compare like with like.</source>
            <translation>Antes de la campaña, los grupos diferían en: %1 (diferencias de medias estandarizadas superiores a ±%2). Una diferencia que no causó la campaña puede confundirse con uplift; las filas por segmento comparan grupos equivalentes.</translation>
        </message>
        <message>
            <source>converged</source>
            <translation>convergió</translation>
        </message>
        <message>
            <source>stopped at the evaluation limit</source>
            <translation>detenido en el límite de evaluaciones</translation>
        </message>
        <message>
            <source>a parameter at a bound of the search</source>
            <translation>un parámetro en un límite de la búsqueda</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>falló</translation>
        </message>
        <message>
            <source>Persona %1 of %2  ·  %3</source>
            <translation>Buyer persona %1 de %2  ·  %3</translation>
        </message>
        <message>
            <source>Fewer than %1 of all customers: probably a few extreme customers rather than a segment to market to.</source>
            <translation>Menos del %1 de todos los clientes: probablemente unos pocos clientes extremos, más que un segmento al que dirigirse.</translation>
        </message>
        <message>
            <source>customers (%1 of all)</source>
            <translation>clientes (%1 del total)</translation>
        </message>
        <message>
            <source>share %1</source>
            <translation>proporción %1</translation>
        </message>
        <message>
            <source>95%: %1</source>
            <translation>95%: %1</translation>
        </message>
        <message>
            <source>revenue per customer</source>
            <translation>ingresos por cliente</translation>
        </message>
        <message>
            <source>%1 per customer</source>
            <translation>%1 por cliente</translation>
        </message>
        <message>
            <source>share of revenue</source>
            <translation>proporción de ingresos</translation>
        </message>
        <message>
            <source>share of %1</source>
            <translation>proporción de %1</translation>
        </message>
        <message>
            <source>lifetime value per customer</source>
            <translation>CLV por cliente</translation>
        </message>
        <message>
            <source>share of lifetime value</source>
            <translation>proporción del CLV</translation>
        </message>
        <message>
            <source>P(still a customer)</source>
            <translation>P(activo)</translation>
        </message>
        <message>
            <source>What sets them apart</source>
            <translation>Qué los distingue</translation>
        </message>
        <message>
            <source>%1 against %2 overall</source>
            <translation>%1 frente a %2 en el conjunto</translation>
        </message>
        <message>
            <source>Bars: standardised mean difference against the other customers (right: higher, left: lower). A label names a trait only beyond the dashed lines (±0.5).</source>
            <translation>Barras: diferencia de medias estandarizada frente al resto de clientes (derecha: mayor; izquierda: menor). Una etiqueta nombra un rasgo distintivo solo más allá de las líneas discontinuas (±0,5).</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Cómo llegar a ellos</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <source>No channel columns in the data.</source>
            <translation>No hay columnas de canal en los datos.</translation>
        </message>
        <message>
            <source>Price sensitivity</source>
            <translation>Sensibilidad al precio</translation>
        </message>
        <message>
            <source>No discount or promotion columns in the data.</source>
            <translation>No hay columnas de descuentos ni promociones en los datos.</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Riesgos</translation>
        </message>
        <message>
            <source>No risk indicator stands out.</source>
            <translation>Ningún indicador de riesgo destaca.</translation>
        </message>
        <message>
            <source>Their share of the whole</source>
            <translation>Su peso en el total</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>clientes</translation>
        </message>
        <message>
            <source>lifetime value</source>
            <translation>valor de vida del cliente</translation>
        </message>
        <message>
            <source>Strategy notes</source>
            <translation>Notas de estrategia</translation>
        </message>
        <message>
            <source>No notes yet: write them in the explorer's Personas view (Edit…).</source>
            <translation>Aún no hay notas: escríbalas en la vista Personas del explorador (Editar…).</translation>
        </message>
        <message>
            <source>Methods and limitations</source>
            <translation>Métodos y limitaciones</translation>
        </message>
        <message>
            <source>How the segments were made</source>
            <translation>Cómo se crearon los segmentos</translation>
        </message>
        <message>
            <source>Data and features</source>
            <translation>Datos y variables</translation>
        </message>
        <message>
            <source>Algorithm and the choice of k</source>
            <translation>Algoritmo y elección de k</translation>
        </message>
        <message>
            <source>A Gaussian mixture (%1 covariances, EM from %2 k-means starts, the highest likelihood kept; seed %3) with k = %4, the number of segments chosen by the analyst. Each customer is in the segment of highest probability.</source>
            <translation>Una mezcla gaussiana (covarianzas %1, EM desde %2 inicios de k-means, conservando el ajuste de mayor verosimilitud; semilla %3) con k = %4, el número de segmentos elegido por el analista. Cada cliente está en el segmento de mayor probabilidad.</translation>
        </message>
        <message>
            <source>full</source>
            <translation>completas</translation>
        </message>
        <message>
            <source>diagonal</source>
            <translation>diagonales</translation>
        </message>
        <message>
            <source>Ward's hierarchical clustering of %1 k-means micro-clusters (seed %2), the tree cut at k = %3, the number of segments chosen by the analyst.</source>
            <translation>Agrupamiento jerárquico de Ward de %1 microclústeres de k-means (semilla %2), con el árbol cortado en k = %3, el número de segmentos elegido por el analista.</translation>
        </message>
        <message>
            <source>Ward's hierarchical clustering (each step joins the two groups whose union adds least to the spread within groups), the tree cut at k = %1, the number of segments chosen by the analyst.</source>
            <translation>Agrupamiento jerárquico de Ward (cada paso une los dos grupos cuya unión menos aumenta la dispersión dentro de los grupos), con el árbol cortado en k = %1, el número de segmentos elegido por el analista.</translation>
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
            <translation>El gráfico muestra la silueta (línea: lo bien separados que están los segmentos; cuanto más alta, mejor) y la inercia (barras: la dispersión dentro de los segmentos, que siempre disminuye al aumentar k) para k = %1 a %2.</translation>
        </message>
        <message>
            <source>Line and left axis: silhouette. Bars: inertia, relative to k = %1. The chosen k is highlighted.</source>
            <translation>Línea y eje izquierdo: silueta. Barras: inercia, relativa a k = %1. El k elegido aparece resaltado.</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silueta</translation>
        </message>
        <message>
            <source>%1 (−1 to 1; above 0.25 the segments are distinguishable, above 0.5 clearly separated)</source>
            <translation>%1 (de −1 a 1; por encima de 0,25 los segmentos son distinguibles; por encima de 0,5, claramente separados)</translation>
        </message>
        <message>
            <source>Davies–Bouldin</source>
            <translation>Davies–Bouldin</translation>
        </message>
        <message>
            <source>%1 (lower is better)</source>
            <translation>%1 (cuanto menor, mejor)</translation>
        </message>
        <message>
            <source>Calinski–Harabasz</source>
            <translation>Calinski–Harabasz</translation>
        </message>
        <message>
            <source>%1 (higher is better)</source>
            <translation>%1 (cuanto mayor, mejor)</translation>
        </message>
        <message>
            <source>Known segments</source>
            <translation>Segmentos conocidos</translation>
        </message>
        <message>
            <source>ARI %1, NMI %2 against the column %3</source>
            <translation>ARI %1, NMI %2 frente a la columna %3</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>Estabilidad</translation>
        </message>
        <message>
            <source>%1: mean adjusted Rand index between this segmentation and %2 made with other seeds (1 = the same customers in the same segments; above 0.9 stable, below 0.75 unstable)</source>
            <translation>%1: índice de Rand ajustado medio entre esta segmentación y %2 creadas con otras semillas (1 = los mismos clientes en los mismos segmentos; por encima de 0,9, estable; por debajo de 0,75, inestable)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>no medida</translation>
        </message>
        <message>
            <source>Segments describe behaviour in the data given; they are not causes. A Gaussian mixture allows segments of different spread and shape; customers between segments belong partly to several and are counted in the most probable.</source>
            <translation>Los segmentos describen el comportamiento en los datos analizados; no son causas. Una mezcla gaussiana admite segmentos de distinta dispersión y forma; los clientes situados entre segmentos pertenecen en parte a varios y se cuentan en el más probable.</translation>
        </message>
        <message>
            <source>Segments describe behaviour in the data given; they are not causes. k-means favours compact, similarly sized groups and puts every customer in exactly one.</source>
            <translation>Los segmentos describen el comportamiento en los datos analizados; no son causas. k-means favorece grupos compactos y de tamaño similar, y sitúa a cada cliente en exactamente uno.</translation>
        </message>
        <message>
            <source>The map is a two-dimensional projection: distances on it are approximate.</source>
            <translation>El mapa es una proyección bidimensional: sus distancias son aproximadas.</translation>
        </message>
        <message>
            <source>Persona labels and sentences are drafted from traits whose standardised difference is at least 0.5; edited texts are the analyst's.</source>
            <translation>Las etiquetas y frases de las buyer personas se redactan a partir de rasgos distintivos cuya diferencia estandarizada es de al menos 0,5; los textos editados son del analista.</translation>
        </message>
        <message>
            <source>Intervals are bootstrap percentiles over customers and do not include the uncertainty of the segmentation or of the value models' parameters.</source>
            <translation>Los intervalos son percentiles bootstrap sobre los clientes y no incluyen la incertidumbre de la segmentación ni la de los parámetros de los modelos de valor.</translation>
        </message>
        <message>
            <source>BG/NBD assumes customers buy at a steady rate until they leave for good, unseen; Gamma-Gamma that spend does not depend on how often they buy. Forecasts assume the future resembles the calibration period.</source>
            <translation>BG/NBD supone que los clientes compran a un ritmo constante hasta que se marchan definitivamente, sin que se observe; Gamma-Gamma, que el gasto no depende de la frecuencia de compra. Las previsiones suponen que el futuro se parece al periodo de calibración.</translation>
        </message>
        <message>
            <source>Lifetime value model</source>
            <translation>Modelo de valor de vida del cliente</translation>
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
            <translation>no ajustado (sin gasto por compra repetida): valor de vida del cliente desconocido</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Previsión</translation>
        </message>
        <message>
            <source>over %1 %2, discount %3 per %4, margin %5; columns %6, %7, %8%9</source>
            <translation>durante %1 %2, tasa de descuento %3 por %4, margen %5; columnas %6, %7, %8%9</translation>
        </message>
        <message>
            <source>Holdout check</source>
            <translation>Validación</translation>
        </message>
        <message>
            <source>over the %1 %2 after calibration: %3 purchases predicted, %4 made (%5 of the forecast)</source>
            <translation>durante %1 %2 tras la calibración: %3 compras previstas, %4 realizadas (%5 de la previsión)</translation>
        </message>
        <message>
            <source>No lifetime value was modelled.</source>
            <translation>No se modeló el valor de vida del cliente.</translation>
        </message>
        <message>
            <source>Caveats</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <source>Customers by number of repeat purchases: as counted in the data and as the fitted BG/NBD model expects. Bars of like height say the model describes how often these customers buy; a gap at the right says it misjudges the most frequent buyers.</source>
            <translation>Clientes por número de compras repetidas: según el recuento en los datos y según lo que espera el modelo BG/NBD ajustado. Si las barras tienen una altura similar, el modelo describe bien la frecuencia de compra de estos clientes; una diferencia a la derecha indica que valora mal a los compradores más frecuentes.</translation>
        </message>
        <message>
            <source>The model's frequency check is left out of this page for want of room.</source>
            <translation>Por falta de espacio, la comprobación de frecuencia del modelo se omite en esta página.</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contados</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>Esperados por BG/NBD</translation>
        </message>
        <message>
            <source>Customer segments and personas</source>
            <translation>Segmentos de clientes y buyer personas</translation>
        </message>
        <message>
            <source>Persona report</source>
            <translation>Informe de buyer personas</translation>
        </message>
        <message>
            <source>SegmentScope  ·  data fingerprint %1</source>
            <translation>SegmentScope  ·  huella de los datos %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>PERSONA REPORT</source>
            <translation>INFORME DE BUYER PERSONAS</translation>
        </message>
        <message>
            <source>%1 holds %2 of the customers' expected lifetime value with %3 of the customers.</source>
            <translation>%1 reúne el %2 del valor de vida esperado de los clientes con el %3 de los clientes.</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Conjunto de datos</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>%1, k = %2, seed %3, scaling %4, imputation %5</source>
            <translation>%1, k = %2, semilla %3, escalado %4, imputación %5</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Valor de vida del cliente</translation>
        </message>
        <message>
            <source>BG/NBD and Gamma-Gamma, horizon %1 %2, discount %3 per %4, margin %5</source>
            <translation>BG/NBD y Gamma-Gamma, horizonte de %1 %2, tasa de descuento %3 por %4, margen %5</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Data fingerprint</source>
            <translation>Huella de los datos</translation>
        </message>
        <message>
            <source>%1 (SHA-256 of every cell; equal data, equal fingerprint)</source>
            <translation>%1 (SHA-256 de todas las celdas; mismos datos, misma huella)</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>The segments at a glance</source>
            <translation>Los segmentos de un vistazo</translation>
        </message>
        <message>
            <source>Each point is a customer, placed so that customers with similar behaviour lie close together, and coloured by segment. The bars compare the segments' size with their value; the whiskers are 95% bootstrap intervals.</source>
            <translation>Cada punto es un cliente, situado de modo que los clientes con un comportamiento similar queden cerca, y coloreado según su segmento. Las barras comparan el tamaño de los segmentos con su valor; los bigotes son intervalos bootstrap del 95%.</translation>
        </message>
        <message>
            <source>principal component 1 (%1 of the variance)</source>
            <translation>componente principal 1 (%1 de la varianza)</translation>
        </message>
        <message>
            <source>principal component 2 (%1)</source>
            <translation>componente principal 2 (%1)</translation>
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
            <translation>El mapa de segmentos no se calculó para este informe.</translation>
        </message>
        <message>
            <source>Share of customers</source>
            <translation>Proporción de clientes</translation>
        </message>
        <message>
            <source>Share of lifetime value</source>
            <translation>Proporción del CLV</translation>
        </message>
        <message>
            <source>Share of %1</source>
            <translation>Proporción de %1</translation>
        </message>
        <message>
            <source>What sets the segments apart</source>
            <translation>Qué distingue a los segmentos</translation>
        </message>
        <message>
            <source>Segment profiles</source>
            <translation>Perfiles de segmento</translation>
        </message>
        <message>
            <source>Each cell shows how far a segment's mean lies from all customers' mean, in standard deviations: red above, blue below. Rows are ordered by how strongly the feature separates the segments.</source>
            <translation>Cada celda muestra cuánto se aleja la media de un segmento de la media de todos los clientes, en desviaciones estándar: rojo por encima, azul por debajo. Las filas se ordenan según la intensidad con que la variable separa los segmentos.</translation>
        </message>
        <message>
            <source>Segment economics</source>
            <translation>Economía de los segmentos</translation>
        </message>
        <message>
            <source>Size and value</source>
            <translation>Tamaño y valor</translation>
        </message>
        <message>
            <source>Lifetime value, expected purchases and P(alive) come from the BG/NBD and Gamma-Gamma models over %1 %2 (see Methods).</source>
            <translation>El valor de vida del cliente, las compras esperadas y P(activo) proceden de los modelos BG/NBD y Gamma-Gamma en un horizonte de %1 %2 (véase Métodos).</translation>
        </message>
        <message>
            <source>Revenue is the column %1.</source>
            <translation>Los ingresos corresponden a la columna %1.</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>CLV per customer</source>
            <translation>CLV por cliente</translation>
        </message>
        <message>
            <source>Share of CLV</source>
            <translation>Proporción del CLV</translation>
        </message>
        <message>
            <source>Expected purchases</source>
            <translation>Compras esperadas</translation>
        </message>
        <message>
            <source>P(alive)</source>
            <translation>P(activo)</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message numerus="yes">
            <source>The campaign %1, analysed on %2 against this segmentation: %3 customers, %4 treated and %5 in the control group. Each difference is treated minus control with its %6% interval (Newcombe's hybrid score interval for conversion rates, a bootstrap of %7 resamples for revenue). P-values are adjusted across the %8 segment(s) by %9; a filled dot is significant after the adjustment.</source>
            <translation>
                <numerusform>La campaña %1, analizada el %2 frente a esta segmentación: %3 clientes, %4 en el grupo de prueba y %5 en el grupo de control. Cada diferencia es prueba menos control, con su intervalo del %6% (intervalo de puntuación híbrido de Newcombe para las tasas de conversión; bootstrap de %7 remuestreos para los ingresos). Los valores p se ajustan en %8 segmento mediante %9; un punto relleno es significativo tras el ajuste.</numerusform>
                <numerusform>La campaña %1, analizada el %2 frente a esta segmentación: %3 clientes, %4 en el grupo de prueba y %5 en el grupo de control. Cada diferencia es prueba menos control, con su intervalo del %6% (intervalo de puntuación híbrido de Newcombe para las tasas de conversión; bootstrap de %7 remuestreos para los ingresos). Los valores p se ajustan en los %8 segmentos mediante %9; un punto relleno es significativo tras el ajuste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of the campaign's %1 customer(s), %2 are not in this data set and %3 are in no segment (they count among all customers only).</source>
            <translation>
                <numerusform>Del %1 cliente de la campaña, %2 no están en este conjunto de datos y %3 no están en ningún segmento (solo cuentan entre todos los clientes).</numerusform>
                <numerusform>De los %1 clientes de la campaña, %2 no están en este conjunto de datos y %3 no están en ningún segmento (solo cuentan entre todos los clientes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This segment has fewer than %1 customer(s). Its persona, figures and composition are not shown: statistics of so few customers could identify them. The minimum is set with --min-segment-size.</source>
            <translation>
                <numerusform>Este segmento tiene menos de %1 cliente. No se muestran su buyer persona, sus cifras ni su composición: las estadísticas de tan pocos clientes podrían identificarlos. El mínimo se establece con --min-segment-size.</numerusform>
                <numerusform>Este segmento tiene menos de %1 clientes. No se muestran su buyer persona, sus cifras ni su composición: las estadísticas de tan pocos clientes podrían identificarlos. El mínimo se establece con --min-segment-size.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customers were read; %2 were segmented on %3 feature(s) after the transforms of the feature spec (scaling: %4; missing values: %5).</source>
            <translation>
                <numerusform>Se leyeron %1 clientes; %2 se segmentaron con %3 variable tras las transformaciones de la especificación de variables (escalado: %4; valores faltantes: %5).</numerusform>
                <numerusform>Se leyeron %1 clientes; %2 se segmentaron con %3 variables tras las transformaciones de la especificación de variables (escalado: %4; valores faltantes: %5).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) beyond a robust z of %2 were set aside as outliers.</source>
            <translation>
                <numerusform>%1 cliente más allá de una z robusta de %2 se apartó como valor atípico.</numerusform>
                <numerusform>%1 clientes más allá de una z robusta de %2 se apartaron como valores atípicos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mini-batch k-means (k-means with %1 restart(s) on a sample of up to %2 customers, then passes over all customers in batches of %3; seed %4) with k = %5, the number of segments chosen by the analyst.</source>
            <translation>
                <numerusform>Mini-batch k-means (k-means con %1 reinicio sobre una muestra de hasta %2 clientes y, después, pasadas sobre todos los clientes en lotes de %3; semilla %4) con k = %5, el número de segmentos elegido por el analista.</numerusform>
                <numerusform>Mini-batch k-means (k-means con %1 reinicios sobre una muestra de hasta %2 clientes y, después, pasadas sobre todos los clientes en lotes de %3; semilla %4) con k = %5, el número de segmentos elegido por el analista.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consensus clustering (Monti et al. 2003): %1 runs of %2 algorithm(s) on resampled customers vote on who belongs together, and the votes are cut into k = %3 segments, the number chosen by the analyst; each customer's agreement says how consistently the runs put it with its segment.</source>
            <translation>
                <numerusform>Agrupamiento por consenso (Monti et al. 2003): %1 ejecuciones de %2 algoritmo sobre clientes remuestreados votan qué clientes van juntos, y los votos se cortan en k = %3 segmentos, el número elegido por el analista; el acuerdo de cada cliente indica con qué coherencia las ejecuciones lo sitúan en su segmento.</numerusform>
                <numerusform>Agrupamiento por consenso (Monti et al. 2003): %1 ejecuciones de %2 algoritmos sobre clientes remuestreados votan qué clientes van juntos, y los votos se cortan en k = %3 segmentos, el número elegido por el analista; el acuerdo de cada cliente indica con qué coherencia las ejecuciones lo sitúan en su segmento.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>k-means (k-means++ starts, %1 restart(s), the lowest inertia kept; seed %2) with k = %3, the number of segments chosen by the analyst.</source>
            <translation>
                <numerusform>k-means (inicios k-means++, %1 reinicio, conservando la menor inercia; semilla %2) con k = %3, el número de segmentos elegido por el analista.</numerusform>
                <numerusform>k-means (inicios k-means++, %1 reinicios, conservando la menor inercia; semilla %2) con k = %3, el número de segmentos elegido por el analista.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, which finds the number of segments itself: %2 segment(s), and customers in sparse regions in none.</source>
            <translation>
                <numerusform>%1, que encuentra por sí mismo el número de segmentos: %2 segmento, y los clientes de regiones dispersas en ninguno.</numerusform>
                <numerusform>%1, que encuentra por sí mismo el número de segmentos: %2 segmentos, y los clientes de regiones dispersas en ninguno.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>r %1, α %2, a %3, b %4; log-likelihood %5 over %6 customer(s) (%7)</source>
            <translation>
                <numerusform>r %1, α %2, a %3, b %4; log-verosimilitud %5 sobre %6 cliente (%7)</numerusform>
                <numerusform>r %1, α %2, a %3, b %4; log-verosimilitud %5 sobre %6 clientes (%7)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>p %1, q %2, γ %3; log-likelihood %4 over %5 repeat customer(s) (%6)</source>
            <translation>
                <numerusform>p %1, q %2, γ %3; log-verosimilitud %4 sobre %5 cliente recurrente (%6)</numerusform>
                <numerusform>p %1, q %2, γ %3; log-verosimilitud %4 sobre %5 clientes recurrentes (%6)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customers fall into %2 segment(s). The largest, %3, holds %4 of them.</source>
            <translation>
                <numerusform>%1 clientes se reparten en %2 segmento. El mayor, %3, reúne al %4 de ellos.</numerusform>
                <numerusform>%1 clientes se reparten en %2 segmentos. El mayor, %3, reúne al %4 de ellos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 row(s), %2 segmented, %3 set aside as outliers</source>
            <translation>
                <numerusform>%1 fila, %2 segmentada, %3 apartada como valor atípico</numerusform>
                <numerusform>%1 filas, %2 segmentadas, %3 apartadas como valores atípicos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each figure with its 95% bootstrap interval below it (%1 resample(s) of the customers within each segment; the bounds of shares in percent).</source>
            <translation>
                <numerusform>Cada cifra con su intervalo bootstrap del 95% debajo (%1 remuestreo de los clientes dentro de cada segmento; los límites de las proporciones, en porcentaje).</numerusform>
                <numerusform>Cada cifra con su intervalo bootstrap del 95% debajo (%1 remuestreos de los clientes dentro de cada segmento; los límites de las proporciones, en porcentaje).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>suppressed: fewer than %1 customer(s)</source>
            <translation>
                <numerusform>suprimido: menos de %1 cliente</numerusform>
                <numerusform>suprimido: menos de %1 clientes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaText</name>
        <message>
            <source>High-value</source>
            <comment>label adjective (plural, capitalised): customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>de alto valor</translation>
        </message>
        <message>
            <source>big spenders</source>
            <comment>label noun (plural): customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>grandes compradores</translation>
        </message>
        <message>
            <source>spend more</source>
            <comment>phrase after 'customers who': customers who spend more (spend, revenue, lifetime value)</comment>
            <translation>gastan más</translation>
        </message>
        <message>
            <source>Low-value</source>
            <comment>label adjective (plural, capitalised): customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>de bajo valor</translation>
        </message>
        <message>
            <source>small spenders</source>
            <comment>label noun (plural): customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>pequeños compradores</translation>
        </message>
        <message>
            <source>spend less</source>
            <comment>phrase after 'customers who': customers who spend less (spend, revenue, lifetime value)</comment>
            <translation>gastan menos</translation>
        </message>
        <message>
            <source>Frequent</source>
            <comment>label adjective (plural, capitalised): customers who buy more often (orders, purchases)</comment>
            <translation>frecuentes</translation>
        </message>
        <message>
            <source>regulars</source>
            <comment>label noun (plural): customers who buy more often (orders, purchases)</comment>
            <translation>compradores habituales</translation>
        </message>
        <message>
            <source>buy more often</source>
            <comment>phrase after 'customers who': customers who buy more often (orders, purchases)</comment>
            <translation>compran con más frecuencia</translation>
        </message>
        <message>
            <source>Infrequent</source>
            <comment>label adjective (plural, capitalised): customers who buy less often (orders, purchases)</comment>
            <translation>poco frecuentes</translation>
        </message>
        <message>
            <source>occasional buyers</source>
            <comment>label noun (plural): customers who buy less often (orders, purchases)</comment>
            <translation>compradores ocasionales</translation>
        </message>
        <message>
            <source>buy less often</source>
            <comment>phrase after 'customers who': customers who buy less often (orders, purchases)</comment>
            <translation>compran con menos frecuencia</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <comment>label adjective (plural, capitalised): customers whose last purchase is longer ago</comment>
            <translation>sin compras recientes</translation>
        </message>
        <message>
            <source>lapsers</source>
            <comment>label noun (plural): customers whose last purchase is longer ago</comment>
            <translation>clientes inactivos</translation>
        </message>
        <message>
            <source>have not bought for longer</source>
            <comment>phrase after 'customers who': customers whose last purchase is longer ago</comment>
            <translation>llevan más tiempo sin comprar</translation>
        </message>
        <message>
            <source>Recently active</source>
            <comment>label adjective (plural, capitalised): customers whose last purchase is more recent</comment>
            <translation>con compras recientes</translation>
        </message>
        <message>
            <source>active buyers</source>
            <comment>label noun (plural): customers whose last purchase is more recent</comment>
            <translation>compradores recientes</translation>
        </message>
        <message>
            <source>bought more recently</source>
            <comment>phrase after 'customers who': customers whose last purchase is more recent</comment>
            <translation>han comprado más recientemente</translation>
        </message>
        <message>
            <source>Long-standing</source>
            <comment>label adjective (plural, capitalised): customers who have been customers for longer</comment>
            <translation>veteranos</translation>
        </message>
        <message>
            <source>long-timers</source>
            <comment>label noun (plural): customers who have been customers for longer</comment>
            <translation>clientes veteranos</translation>
        </message>
        <message>
            <source>have been customers for longer</source>
            <comment>phrase after 'customers who': customers who have been customers for longer</comment>
            <translation>llevan más tiempo como clientes</translation>
        </message>
        <message>
            <source>New</source>
            <comment>label adjective (plural, capitalised): customers who became customers more recently</comment>
            <translation>nuevos</translation>
        </message>
        <message>
            <source>newcomers</source>
            <comment>label noun (plural): customers who became customers more recently</comment>
            <translation>recién llegados</translation>
        </message>
        <message>
            <source>joined more recently</source>
            <comment>phrase after 'customers who': customers who became customers more recently</comment>
            <translation>son clientes desde hace menos tiempo</translation>
        </message>
        <message>
            <source>Discount-driven</source>
            <comment>label adjective (plural, capitalised): customers who use discounts and coupons more</comment>
            <translation>sensibles a descuentos</translation>
        </message>
        <message>
            <source>discount seekers</source>
            <comment>label noun (plural): customers who use discounts and coupons more</comment>
            <translation>cazadores de ofertas</translation>
        </message>
        <message>
            <source>buy on discount more often</source>
            <comment>phrase after 'customers who': customers who use discounts and coupons more</comment>
            <translation>compran más a menudo con descuento</translation>
        </message>
        <message>
            <source>Full-price</source>
            <comment>label adjective (plural, capitalised): customers who use discounts and coupons less</comment>
            <translation>a precio completo</translation>
        </message>
        <message>
            <source>full-price buyers</source>
            <comment>label noun (plural): customers who use discounts and coupons less</comment>
            <translation>compradores a precio completo</translation>
        </message>
        <message>
            <source>use discounts less</source>
            <comment>phrase after 'customers who': customers who use discounts and coupons less</comment>
            <translation>usan menos descuentos</translation>
        </message>
        <message>
            <source>Return-prone</source>
            <comment>label adjective (plural, capitalised): customers who send more purchases back</comment>
            <translation>con muchas devoluciones</translation>
        </message>
        <message>
            <source>returners</source>
            <comment>label noun (plural): customers who send more purchases back</comment>
            <translation>devolvedores</translation>
        </message>
        <message>
            <source>return more</source>
            <comment>phrase after 'customers who': customers who send more purchases back</comment>
            <translation>devuelven más</translation>
        </message>
        <message>
            <source>Low-return</source>
            <comment>label adjective (plural, capitalised): customers who send fewer purchases back</comment>
            <translation>con pocas devoluciones</translation>
        </message>
        <message>
            <source>keepers</source>
            <comment>label noun (plural): customers who send fewer purchases back</comment>
            <translation>compradores satisfechos</translation>
        </message>
        <message>
            <source>return less</source>
            <comment>phrase after 'customers who': customers who send fewer purchases back</comment>
            <translation>devuelven menos</translation>
        </message>
        <message>
            <source>Highly engaged</source>
            <comment>label adjective (plural, capitalised): customers with more sessions, page views, visits</comment>
            <translation>muy comprometidos</translation>
        </message>
        <message>
            <source>browsers</source>
            <comment>label noun (plural): customers with more sessions, page views, visits</comment>
            <translation>exploradores</translation>
        </message>
        <message>
            <source>browse more</source>
            <comment>phrase after 'customers who': customers with more sessions, page views, visits</comment>
            <translation>navegan más</translation>
        </message>
        <message>
            <source>Disengaged</source>
            <comment>label adjective (plural, capitalised): customers with fewer sessions, page views, visits</comment>
            <translation>poco comprometidos</translation>
        </message>
        <message>
            <source>quiet customers</source>
            <comment>label noun (plural): customers with fewer sessions, page views, visits</comment>
            <translation>clientes silenciosos</translation>
        </message>
        <message>
            <source>browse less</source>
            <comment>phrase after 'customers who': customers with fewer sessions, page views, visits</comment>
            <translation>navegan menos</translation>
        </message>
        <message>
            <source>E-mail-responsive</source>
            <comment>label adjective (plural, capitalised): customers who open and click more e-mails</comment>
            <translation>receptivos al correo</translation>
        </message>
        <message>
            <source>e-mail readers</source>
            <comment>label noun (plural): customers who open and click more e-mails</comment>
            <translation>lectores de correo</translation>
        </message>
        <message>
            <source>open more e-mails</source>
            <comment>phrase after 'customers who': customers who open and click more e-mails</comment>
            <translation>abren más correos</translation>
        </message>
        <message>
            <source>E-mail-averse</source>
            <comment>label adjective (plural, capitalised): customers who open and click fewer e-mails</comment>
            <translation>reacios al correo</translation>
        </message>
        <message>
            <source>e-mail ignorers</source>
            <comment>label noun (plural): customers who open and click fewer e-mails</comment>
            <translation>clientes indiferentes al correo</translation>
        </message>
        <message>
            <source>open fewer e-mails</source>
            <comment>phrase after 'customers who': customers who open and click fewer e-mails</comment>
            <translation>abren menos correos</translation>
        </message>
        <message>
            <source>App-first</source>
            <comment>label adjective (plural, capitalised): customers who use the app more</comment>
            <translation>de la app</translation>
        </message>
        <message>
            <source>app users</source>
            <comment>label noun (plural): customers who use the app more</comment>
            <translation>usuarios de la app</translation>
        </message>
        <message>
            <source>use the app more</source>
            <comment>phrase after 'customers who': customers who use the app more</comment>
            <translation>usan más la app</translation>
        </message>
        <message>
            <source>Store-first</source>
            <comment>label adjective (plural, capitalised): customers who buy in store more</comment>
            <translation>de tienda física</translation>
        </message>
        <message>
            <source>store shoppers</source>
            <comment>label noun (plural): customers who buy in store more</comment>
            <translation>compradores en tienda</translation>
        </message>
        <message>
            <source>buy in store more</source>
            <comment>phrase after 'customers who': customers who buy in store more</comment>
            <translation>compran más en tienda</translation>
        </message>
        <message>
            <source>Web-first</source>
            <comment>label adjective (plural, capitalised): customers who use the website more</comment>
            <translation>online</translation>
        </message>
        <message>
            <source>web shoppers</source>
            <comment>label noun (plural): customers who use the website more</comment>
            <translation>compradores online</translation>
        </message>
        <message>
            <source>use the website more</source>
            <comment>phrase after 'customers who': customers who use the website more</comment>
            <translation>usan más el sitio web</translation>
        </message>
        <message>
            <source>Loyalty-club</source>
            <comment>label adjective (plural, capitalised): customers more often in the loyalty programme</comment>
            <translation>del club de fidelidad</translation>
        </message>
        <message>
            <source>members</source>
            <comment>label noun (plural): customers more often in the loyalty programme</comment>
            <translation>socios</translation>
        </message>
        <message>
            <source>are more often loyalty members</source>
            <comment>phrase after 'customers who': customers more often in the loyalty programme</comment>
            <translation>son más a menudo socios del club de fidelidad</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>label adjective (plural, capitalised): customers more likely still customers (P(alive))</comment>
            <translation>activos</translation>
        </message>
        <message>
            <source>active customers</source>
            <comment>label noun (plural): customers more likely still customers (P(alive))</comment>
            <translation>clientes activos</translation>
        </message>
        <message>
            <source>are more likely still customers</source>
            <comment>phrase after 'customers who': customers more likely still customers (P(alive))</comment>
            <translation>tienen más probabilidad de seguir activos</translation>
        </message>
        <message>
            <source>At-risk</source>
            <comment>label adjective (plural, capitalised): customers less likely still customers (P(alive))</comment>
            <translation>en riesgo</translation>
        </message>
        <message>
            <source>drifting customers</source>
            <comment>label noun (plural): customers less likely still customers (P(alive))</comment>
            <translation>clientes en riesgo</translation>
        </message>
        <message>
            <source>are less likely still customers</source>
            <comment>phrase after 'customers who': customers less likely still customers (P(alive))</comment>
            <translation>tienen menos probabilidad de seguir activos</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>list: %1 every item but the last, %2 the last</comment>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>list: %1 the items so far, %2 the next (not the last)</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 (%2 %3 against %4 overall)</source>
            <comment>price sensitivity or risk with its evidence: %1 the statement, %2 the feature's (column's) name, %3 the segment's mean, %4 every customer's mean</comment>
            <translation>%1 (%2 %3 frente a %4 en el conjunto)</translation>
        </message>
        <message>
            <source>High-%1</source>
            <comment>label adjective (plural, capitalised): customers with a high %1 (a feature)</comment>
            <translation>de mayor %1</translation>
        </message>
        <message>
            <source>Low-%1</source>
            <comment>label adjective (plural, capitalised): customers with a low %1 (a feature)</comment>
            <translation>de menor %1</translation>
        </message>
        <message>
            <source>%1 customers</source>
            <comment>label noun (plural): customers at %1, a level of a column ("Channel 2")</comment>
            <translation>clientes %1</translation>
        </message>
        <message>
            <source>high-%1 customers</source>
            <comment>label noun (plural): customers with a high %1 (a feature)</comment>
            <translation>clientes de mayor %1</translation>
        </message>
        <message>
            <source>low-%1 customers</source>
            <comment>label noun (plural): customers with a low %1 (a feature)</comment>
            <translation>clientes de menor %1</translation>
        </message>
        <message>
            <source>are more often %1</source>
            <comment>phrase after 'customers who': %1 a level of a column ("Channel 2")</comment>
            <translation>pertenecen más a menudo a %1</translation>
        </message>
        <message>
            <source>have higher %1</source>
            <comment>phrase after 'customers who': %1 a feature</comment>
            <translation>tienen mayor %1</translation>
        </message>
        <message>
            <source>have lower %1</source>
            <comment>phrase after 'customers who': %1 a feature</comment>
            <translation>tienen menor %1</translation>
        </message>
        <message>
            <source>Typical customers</source>
            <comment>persona label of a segment no trait sets apart</comment>
            <translation>Clientes típicos</translation>
        </message>
        <message>
            <source>%1 customers</source>
            <comment>persona label of one trait: %1 its adjective (plural)</comment>
            <translation>Clientes %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>persona label of two traits: %1 the adjective of the first (plural), %2 the noun of the second (plural); "%2 %1" puts the adjective after the noun (then write the adjectives in lower case)</comment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>Empty segment %1</source>
            <comment>persona label of a segment without customers: %1 its number</comment>
            <translation>Segmento vacío %1</translation>
        </message>
        <message>
            <source>%1 (segment %2)</source>
            <comment>a persona label another segment has too: %1 the label, %2 the segment's number</comment>
            <translation>%1 (segmento %2)</translation>
        </message>
        <message>
            <source>No customer is in this segment. It has no traits to describe.</source>
            <translation>Este segmento no tiene clientes. No hay rasgos distintivos que describir.</translation>
        </message>
        <message>
            <source>Their share of the customers is %1.</source>
            <comment>persona description, second sentence</comment>
            <translation>Representan el %1 de los clientes.</translation>
        </message>
        <message>
            <source>They hold %1 of the expected lifetime value, %2 per customer, and %3 of them are likely still customers.</source>
            <comment>persona description, second sentence: %1 share of lifetime value, %2 lifetime value per customer, %3 mean P(alive) as a percentage</comment>
            <translation>Reúnen el %1 del valor de vida esperado de los clientes, %2 por cliente, y es probable que el %3 de ellos siga activo.</translation>
        </message>
        <message>
            <source>They hold %1 of the expected lifetime value, %2 per customer.</source>
            <comment>persona description, second sentence: %1 share of lifetime value, %2 lifetime value per customer</comment>
            <translation>Reúnen el %1 del valor de vida esperado de los clientes, %2 por cliente.</translation>
        </message>
        <message>
            <source>They bring %1 of %2, %3 per customer, and %4 of them are likely still customers.</source>
            <comment>persona description, second sentence: %1 share of the revenue, %2 the revenue column's name, %3 revenue per customer, %4 mean P(alive) as a percentage</comment>
            <translation>Aportan el %1 de %2, %3 por cliente, y es probable que el %4 de ellos siga activo.</translation>
        </message>
        <message>
            <source>They bring %1 of %2, %3 per customer.</source>
            <comment>persona description, second sentence: %1 share of the revenue, %2 the revenue column's name, %3 revenue per customer</comment>
            <translation>Aportan el %1 de %2, %3 por cliente.</translation>
        </message>
        <message>
            <source>app</source>
            <comment>sales channel</comment>
            <translation>app</translation>
        </message>
        <message>
            <source>store</source>
            <comment>sales channel</comment>
            <translation>tienda</translation>
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
            <translation>alta</translation>
        </message>
        <message>
            <source>low</source>
            <comment>price sensitivity</comment>
            <translation>baja</translation>
        </message>
        <message>
            <source>average</source>
            <comment>price sensitivity</comment>
            <translation>media</translation>
        </message>
        <message>
            <source>long time since the last purchase</source>
            <comment>persona risk</comment>
            <translation>mucho tiempo desde la última compra</translation>
        </message>
        <message>
            <source>high returns</source>
            <comment>persona risk</comment>
            <translation>muchas devoluciones</translation>
        </message>
        <message>
            <source>low chance of still being a customer (mean P(alive) %1)</source>
            <comment>persona risk: %1 a probability</comment>
            <translation>baja probabilidad de seguir activo (P(activo) media %1)</translation>
        </message>
        <message>
            <source>less likely than the rest to still be a customer (mean P(alive) %1)</source>
            <comment>persona risk: %1 a probability</comment>
            <translation>menor probabilidad que el resto de seguir activo (P(activo) media %1)</translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2) who look much like the rest: no trait sets them apart by half a standard deviation or more.</source>
            <comment>persona description, first sentence: %1 the segment's customers, %2 their share of all</comment>
            <translation>
                <numerusform>%1 cliente (%2) muy parecido al resto: ningún rasgo lo distingue del resto en media desviación estándar o más.</numerusform>
                <numerusform>%1 clientes (%2) muy parecidos al resto: ningún rasgo los distingue del resto en media desviación estándar o más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2) who %3 than the rest.</source>
            <comment>persona description, first sentence: %1 the segment's customers, %2 their share of all, %3 a list of phrases ("spend more, buy more often and return less")</comment>
            <translation>
                <numerusform>%1 cliente (%2), de los que %3 que el resto.</numerusform>
                <numerusform>%1 clientes (%2) que %3 que el resto.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PersonaView</name>
        <message>
            <source>Personas appear here once the customers are segmented.</source>
            <translation>Las buyer personas aparecen aquí cuando se segmenta a los clientes.</translation>
        </message>
        <message>
            <source>Drafted from the segment's strongest traits</source>
            <translation>Redactada a partir de los rasgos distintivos más marcados del segmento</translation>
        </message>
        <message>
            <source>Your label</source>
            <translation>Su etiqueta</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the label, the description and the strategy notes</source>
            <translation>Editar la etiqueta, la descripción y las notas de estrategia</translation>
        </message>
        <message>
            <source>revenue %1 per customer</source>
            <extracomment>Persona card: revenue per customer.</extracomment>
            <translation>ingresos: %1 por cliente</translation>
        </message>
        <message>
            <source>lifetime value %1 per customer</source>
            <extracomment>Persona card: expected lifetime value per customer.</extracomment>
            <translation>CLV: %1 por cliente</translation>
        </message>
        <message>
            <source>P(alive) %1</source>
            <translation>P(activo) %1</translation>
        </message>
        <message>
            <source>Channels: %1</source>
            <translation>Canales: %1</translation>
        </message>
        <message>
            <source>Price sensitivity: %1</source>
            <translation>Sensibilidad al precio: %1</translation>
        </message>
        <message>
            <source>Risks: %1</source>
            <translation>Riesgos: %1</translation>
        </message>
        <message>
            <source>Strategy notes: none yet (Edit… to add them)</source>
            <translation>Notas de estrategia: ninguna todavía (Editar… para añadirlas)</translation>
        </message>
        <message>
            <source>Strategy notes: %1</source>
            <translation>Notas de estrategia: %1</translation>
        </message>
        <message>
            <source>Persona of %1</source>
            <translation>Buyer persona de %1</translation>
        </message>
        <message>
            <source>What to offer this segment, through which channel, and what to avoid</source>
            <translation>Qué ofrecer a este segmento, por qué canal y qué evitar</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Etiqueta:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <source>Strategy &amp;notes:</source>
            <translation>&amp;Notas de estrategia:</translation>
        </message>
        <message>
            <source>Edit the persona of %1</source>
            <translation>Editar la buyer persona de %1</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) (%1)</source>
            <extracomment>Persona card: customers in the segment and their share of all.</extracomment>
            <translation>
                <numerusform>%Ln cliente (%1)</numerusform>
                <numerusform>%Ln clientes (%1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>Todos los núcleos (%1)</translation>
        </message>
        <message>
            <source>&amp;Threads:</source>
            <translation>&amp;Hilos:</translation>
        </message>
        <message>
            <source>How many processor cores the analyses use</source>
            <translation>Cuántos núcleos del procesador usan los análisis</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>&amp;Autosave every:</source>
            <translation>&amp;Guardado automático cada:</translation>
        </message>
        <message>
            <source>Unsaved changes are kept aside this often and offered back after a crash</source>
            <translation>Con esta frecuencia se guardan aparte los cambios no guardados, que se ofrecen para recuperar tras un cierre inesperado</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>Puntuación z</translation>
        </message>
        <message>
            <source>Robust (median and IQR)</source>
            <translation>Robusto (mediana y RIC)</translation>
        </message>
        <message>
            <source>Min–max</source>
            <translation>Mín–máx</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Default &amp;scaling:</source>
            <translation>&amp;Escalado predeterminado:</translation>
        </message>
        <message>
            <source>How the features of data opened from now on are scaled</source>
            <translation>Cómo se escalan las variables de los datos que se abran a partir de ahora</translation>
        </message>
        <message>
            <source>k-means &amp;restarts:</source>
            <translation>&amp;Reinicios de k-means:</translation>
        </message>
        <message>
            <source>k-means starts this many times on data opened from now on and keeps the best</source>
            <translation>k-means se inicia este número de veces con los datos que se abran a partir de ahora y conserva el mejor resultado</translation>
        </message>
        <message>
            <source>&amp;UMAP sample:</source>
            <translation>Muestra de &amp;UMAP:</translation>
        </message>
        <message>
            <source>The map is fitted on this many customers; the others are placed on it</source>
            <translation>El mapa se ajusta con este número de clientes; los demás se sitúan en él</translation>
        </message>
        <message>
            <source>System (%1)</source>
            <translation>Sistema (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Takes effect when SegmentScope starts again</source>
            <translation>Se aplica la próxima vez que se inicie SegmentScope</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>The application's colours</source>
            <translation>Los colores de la aplicación</translation>
        </message>
        <message>
            <source>Show the &amp;start page when no file is opened</source>
            <translation>&amp;Mostrar la página de inicio si no se abre ningún archivo</translation>
        </message>
        <message>
            <source>Otherwise the demo customers open</source>
            <translation>Si no, se abren los clientes de demostración</translation>
        </message>
    </context>
    <context>
        <name>seg::ProjectActions</name>
        <message>
            <source>SegmentScope projects (*%1)</source>
            <translation>Proyectos de SegmentScope (*%1)</translation>
        </message>
        <message>
            <source>&amp;Save project</source>
            <translation>&amp;Guardar proyecto</translation>
        </message>
        <message>
            <source>Save the data, the segments, their names and personas in a project file</source>
            <translation>Guardar los datos, los segmentos, sus nombres y las buyer personas en un archivo de proyecto</translation>
        </message>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Guardar proyecto c&amp;omo…</translation>
        </message>
        <message>
            <source>&amp;Keep this run</source>
            <translation>Conser&amp;var esta ejecución</translation>
        </message>
        <message>
            <source>Add the segmentation on screen to the project's run history</source>
            <translation>Añadir la segmentación en pantalla al historial de ejecuciones del proyecto</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>SegmentScope</source>
            <translation>SegmentScope</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>No hay proyectos recientes</translation>
        </message>
        <message>
            <source>Run %1 against run %2</source>
            <translation>Ejecución %1 frente a ejecución %2</translation>
        </message>
        <message>
            <source>segments%1</source>
            <translation>segments%1</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Guardar proyecto</translation>
        </message>
        <message>
            <source>the segmentation</source>
            <translation>la segmentación</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save the changes to %1 first?</source>
            <translation>¿Desea guardar primero los cambios en %1?</translation>
        </message>
        <message>
            <source>an unsaved segmentation</source>
            <translation>una segmentación sin guardar</translation>
        </message>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Recuperar cambios sin guardar</translation>
        </message>
        <message>
            <source>SegmentScope ended without saving %1. Recover the changes autosaved at %2?</source>
            <translation>SegmentScope se cerró sin guardar %1. ¿Desea recuperar los cambios guardados automáticamente el %2?</translation>
        </message>
    </context>
    <context>
        <name>seg::ProjectSession</name>
        <message>
            <source>The data cannot be kept in a project: %1</source>
            <translation>Los datos no se pueden guardar en un proyecto: %1</translation>
        </message>
        <message>
            <source>The project could not be saved: %1</source>
            <translation>No se pudo guardar el proyecto: %1</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportExporter</name>
        <message>
            <source>Export workbook</source>
            <translation>Exportar libro</translation>
        </message>
        <message>
            <source>segments.xlsx</source>
            <translation>segments.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cannot make the persona report: %1</source>
            <translation>No se puede crear el informe de buyer personas: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Export persona report</source>
            <translation>Exportar informe de buyer personas</translation>
        </message>
        <message>
            <source>persona-report.pdf</source>
            <translation>persona-report.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportFormat</name>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mes</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportInput</name>
        <message>
            <source>The data has no frequency, recency and T columns, so no lifetime value was modelled.</source>
            <translation>Los datos no tienen columnas de frecuencia, recencia y T, por lo que no se modeló el valor de vida del cliente.</translation>
        </message>
        <message>
            <source>the run's customers are not the rows its spec prepares from the table</source>
            <translation>los clientes de la ejecución no son las filas que su especificación prepara a partir de la tabla</translation>
        </message>
        <message>
            <source>cannot write the workbook: %1</source>
            <translation>no se puede escribir el libro: %1</translation>
        </message>
        <message>
            <source>cannot create the workbook</source>
            <translation>no se puede crear el libro</translation>
        </message>
        <message>
            <source>cannot make a temporary folder for the workbook: %1</source>
            <translation>no se puede crear una carpeta temporal para el libro: %1</translation>
        </message>
        <message>
            <source>cannot read the workbook back: %1</source>
            <translation>no se puede volver a leer el libro: %1</translation>
        </message>
    </context>
    <context>
        <name>seg::ReportPreview</name>
        <message>
            <source>Persona report</source>
            <translation>Informe de buyer personas</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Guardar…</translation>
        </message>
    </context>
    <context>
        <name>seg::RunComparisonView</name>
        <message>
            <source>%1 and %2</source>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <source>Run %1: %2, k = %3, seed %4</source>
            <translation>Ejecución %1: %2, k = %3, semilla %4</translation>
        </message>
        <message>
            <source>What happened to the segments</source>
            <translation>Qué pasó con los segmentos</translation>
        </message>
        <message>
            <source>A part counts when it holds at least %1 of a segment's customers.</source>
            <translation>Una parte cuenta cuando reúne al menos el %1 de los clientes de un segmento.</translation>
        </message>
        <message>
            <source>Segment %1 ‘%2’</source>
            <translation>Segmento %1 «%2»</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segmento %1</translation>
        </message>
        <message>
            <source>%1 stayed as segment %2: %3 of its customers went there and make up %4 of it.</source>
            <translation>%1 se mantuvo como el segmento %2: allí fue el %3 de sus clientes, que forman el %4 de ese segmento.</translation>
        </message>
        <message>
            <source>%1 split into segments %2.</source>
            <translation>%1 se dividió en los segmentos %2.</translation>
        </message>
        <message>
            <source>%1 merged into segment %2 with small parts of other segments (%3 of its customers).</source>
            <translation>%1 se fusionó en el segmento %2 con pequeñas partes de otros segmentos (%3 de sus clientes).</translation>
        </message>
        <message>
            <source>%1 merged with %2 into segment %3 (%4 of its customers; %5 of the new segment).</source>
            <translation>%1 se fusionó con %2 en el segmento %3 (%4 de sus clientes; %5 del nuevo segmento).</translation>
        </message>
        <message>
            <source>%1 is gone: its customers scattered, no more than %2 into any one segment of run %3.</source>
            <translation>%1 desapareció: sus clientes se dispersaron, no más del %2 en ningún segmento de la ejecución %3.</translation>
        </message>
        <message>
            <source>%1 of run %2 is new, made of small parts of run %3's segments.</source>
            <translation>%1 de la ejecución %2 es nuevo, formado por pequeñas partes de los segmentos de la ejecución %3.</translation>
        </message>
        <message>
            <source>%1 of run %2 is new; most of it came from %3 of run %4.</source>
            <translation>%1 de la ejecución %2 es nuevo; procede sobre todo de la ejecución %4: %3.</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>segmento %1</translation>
        </message>
        <message>
            <source>segments %1</source>
            <translation>segmentos %1</translation>
        </message>
        <message>
            <source>Run %1 against run %2</source>
            <translation>Ejecución %1 frente a ejecución %2</translation>
        </message>
        <message>
            <source>Adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)</source>
            <translation>Índice de Rand ajustado %1 (1: los mismos segmentos; alrededor de 0: no más parecidos que por azar)</translation>
        </message>
        <message>
            <source>; left out: %1 with a segment in run %2 only, %3 in run %4 only (set aside as outliers or not segmented in the other run)</source>
            <translation>; omitidos: %1 con segmento solo en la ejecución %2, %3 solo en la ejecución %4 (apartados como valores atípicos o no segmentados en la otra ejecución)</translation>
        </message>
        <message>
            <source>Same data, features, options and seed: the segments are identical, customer for customer.</source>
            <translation>Mismos datos, variables, opciones y semilla: los segmentos son idénticos, cliente a cliente.</translation>
        </message>
        <message>
            <source>Same data, features, options and seed, yet the segments differ (engine %1 and %2).</source>
            <translation>Mismos datos, variables, opciones y semilla, pero los segmentos difieren (motor %1 y %2).</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Ejecución %1</translation>
        </message>
        <message>
            <source>Select two runs to compare</source>
            <translation>Seleccione dos ejecuciones para compararlas</translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s): %2 of row segment, %3 of column segment</source>
            <translation>
                <numerusform>%1 cliente: %2 del segmento de la fila, %3 del segmento de la columna</numerusform>
                <numerusform>%1 clientes: %2 del segmento de la fila, %3 del segmento de la columna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) compared</source>
            <translation>
                <numerusform>%1 cliente comparado</numerusform>
                <numerusform>%1 clientes comparados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::RunHistoryModel</name>
        <message>
            <source>Run %1, the run shown; made by engine %2</source>
            <translation>Ejecución %1, la que se muestra; creada con el motor %2</translation>
        </message>
        <message>
            <source>Run %1, made by engine %2</source>
            <translation>Ejecución %1, creada con el motor %2</translation>
        </message>
        <message>
            <source>No earlier run has the same data, features, options and seed</source>
            <translation>Ninguna ejecución anterior tiene los mismos datos, variables, opciones y semilla</translation>
        </message>
        <message>
            <source>Same data, features, options and seed as run %1, and the same segments for every customer</source>
            <translation>Mismos datos, variables, opciones y semilla que la ejecución %1, y los mismos segmentos para cada cliente</translation>
        </message>
        <message>
            <source>Same data, features, options and seed as run %1, but the segments differ</source>
            <translation>Mismos datos, variables, opciones y semilla que la ejecución %1, pero los segmentos difieren</translation>
        </message>
        <message>
            <source>Double-click to say why this run matters</source>
            <translation>Haga doble clic para indicar por qué importa esta ejecución</translation>
        </message>
        <message>
            <source>run %1, identical</source>
            <translation>ejecución %1, idéntica</translation>
        </message>
        <message>
            <source>run %1, differs</source>
            <translation>ejecución %1, difiere</translation>
        </message>
        <message>
            <source>Mean silhouette (−1 to 1; higher: segments better separated)</source>
            <translation>Silueta media (de −1 a 1; mayor: segmentos mejor separados)</translation>
        </message>
        <message>
            <source>Davies–Bouldin index (lower: segments more compact and apart)</source>
            <translation>Índice de Davies–Bouldin (menor: segmentos más compactos y separados)</translation>
        </message>
        <message>
            <source>Calinski–Harabasz index (higher: segments more distinct)</source>
            <translation>Índice de Calinski–Harabasz (mayor: segmentos más diferenciados)</translation>
        </message>
        <message>
            <source>Adjusted Rand index against the known segments of the data</source>
            <translation>Índice de Rand ajustado frente a los segmentos conocidos de los datos</translation>
        </message>
        <message>
            <source>An earlier run with the same data, features, options and seed, and whether it gave the same segments</source>
            <translation>Una ejecución anterior con los mismos datos, variables, opciones y semilla, y si dio los mismos segmentos</translation>
        </message>
        <message>
            <source>Columns clustered on</source>
            <translation>Columnas usadas en el agrupamiento</translation>
        </message>
        <message>
            <source>The algorithm's own settings, such as restarts or DBSCAN's radius</source>
            <translation>Los ajustes propios del algoritmo, como los reinicios o el radio de DBSCAN</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algoritmo</translation>
        </message>
        <message>
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silueta</translation>
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
            <translation>Igual que</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>seg::RunHistoryPanel</name>
        <message>
            <source>No runs yet. Each segmentation you keep appears here with its settings and quality.</source>
            <translation>Aún no hay ejecuciones. Cada segmentación que conserve aparece aquí con su configuración y su calidad.</translation>
        </message>
        <message>
            <source>Show the selected run again, with its segments and names</source>
            <translation>Volver a mostrar la ejecución seleccionada, con sus segmentos y nombres</translation>
        </message>
        <message>
            <source>Write why this run matters (or double-click its note)</source>
            <translation>Escribir por qué importa esta ejecución (o hacer doble clic en su nota)</translation>
        </message>
        <message>
            <source>Select two runs to see where each segment's customers went</source>
            <translation>Seleccione dos ejecuciones para ver adónde fueron los clientes de cada segmento</translation>
        </message>
        <message>
            <source>Remove the selected run from the project</source>
            <translation>Quitar la ejecución seleccionada del proyecto</translation>
        </message>
        <message>
            <source>Delete run %1</source>
            <translation>Eliminar ejecución %1</translation>
        </message>
        <message>
            <source>Delete run %1? Its segments, metrics and note leave the project.</source>
            <translation>¿Desea eliminar la ejecución %1? Sus segmentos, métricas y nota se quitarán del proyecto.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Annotate…</source>
            <translation>Anotar…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
    </context>
    <context>
        <name>seg::ScatterPainter</name>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Aún no hay datos</translation>
        </message>
        <message>
            <source>Load customer data and compute segments to see the segment map.</source>
            <translation>Cargue datos de clientes y calcule los segmentos para ver el mapa de segmentos.</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n más</numerusform>
                <numerusform>+%n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) outside the view (0: show all)</source>
            <translation>
                <numerusform>%1 cliente fuera de la vista (0: mostrar todos)</numerusform>
                <numerusform>%1 clientes fuera de la vista (0: mostrar todos)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ScatterView</name>
        <message>
            <source>Segment map</source>
            <translation>Mapa de segmentos</translation>
        </message>
        <message>
            <source>Every customer as a point, coloured by segment. Scroll to zoom, drag with the middle button or Space held to pan, drag to draw a lasso, Shift+drag to select a rectangle, Escape to clear the selection. The map opens on the typical customers: Home returns there, 0 shows every customer, the extreme ones included. Grey points are customers set aside as outliers.</source>
            <translation>Cada cliente como un punto, coloreado según su segmento. Gire la rueda para hacer zoom, arrastre con el botón central o con la barra espaciadora pulsada para desplazarse, arrastre para dibujar un lazo, Mayús+arrastrar para seleccionar un rectángulo y Esc para borrar la selección. El mapa se abre centrado en los clientes típicos: Inicio vuelve ahí y 0 muestra a todos los clientes, incluidos los extremos. Los puntos grises son clientes apartados como valores atípicos.</translation>
        </message>
        <message>
            <source>Customer %1</source>
            <translation>Cliente %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n customer(s)
Click to highlight this segment.</source>
            <translation>
                <numerusform>%1: %n cliente
Haga clic para resaltar este segmento.</numerusform>
                <numerusform>%1: %n clientes
Haga clic para resaltar este segmento.</numerusform>
            </translation>
        </message>
        <message>
            <source>No map yet.</source>
            <translation>Aún no hay mapa.</translation>
        </message>
        <message>
            <source>Customers: %1, not segmented yet.</source>
            <translation>Clientes: %1, aún sin segmentar.</translation>
        </message>
        <message>
            <source>Customers: %1, segments: %2. Each point is a customer, coloured by segment.</source>
            <translation>Clientes: %1, segmentos: %2. Cada punto es un cliente, coloreado según su segmento.</translation>
        </message>
        <message>
            <source>Axes: %1 across, %2 up.</source>
            <translation>Ejes: %1 en horizontal, %2 en vertical.</translation>
        </message>
        <message>
            <source>Customers outside the visible range: %1 (0 shows them all).</source>
            <translation>Clientes fuera del rango visible: %1 (0 los muestra a todos).</translation>
        </message>
        <message>
            <source>Highlighted: %1</source>
            <translation>Resaltado: %1</translation>
        </message>
        <message>
            <source>Customers chosen: %1</source>
            <translation>Clientes elegidos: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s) (%3)</source>
            <translation>
                <numerusform>%1: %2 cliente (%3)</numerusform>
                <numerusform>%1: %2 clientes (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ScoringHistoryView</name>
        <message>
            <source>Each segment's share, batch by batch (dashed: in the run)</source>
            <translation>Proporción de cada segmento, lote a lote (discontinua: en la ejecución)</translation>
        </message>
        <message>
            <source>Largest drift index of a column, batch by batch</source>
            <translation>Mayor índice de deriva de una columna, lote a lote</translation>
        </message>
        <message>
            <source>No run to show the scoring history of.</source>
            <translation>No hay ninguna ejecución de la que mostrar el historial de scoring.</translation>
        </message>
        <message>
            <source>No customers have been scored with run %1 yet. Each batch that segscope score scores into it is recorded in the project and shown here, with its drift.</source>
            <translation>Todavía no se han asignado clientes con la ejecución %1. Cada lote que segscope score asigna con ella se registra en el proyecto y se muestra aquí, con su deriva.</translation>
        </message>
        <message>
            <source>too few to judge drift.</source>
            <translation>demasiado pocos para evaluar la deriva.</translation>
        </message>
        <message>
            <source>retraining is recommended (%1).</source>
            <translation>se recomienda reentrenar (%1).</translation>
        </message>
        <message>
            <source>no drift beyond the thresholds.</source>
            <translation>sin deriva por encima de los umbrales.</translation>
        </message>
        <message>
            <source>Recorded batches that could not be read (%1) are left out.</source>
            <translation>Se omiten los lotes registrados que no se pudieron leer (%1).</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segmento %1</translation>
        </message>
        <message>
            <source>Largest index</source>
            <translation>Mayor índice</translation>
        </message>
        <message>
            <source>Threshold for retraining</source>
            <translation>Umbral para reentrenar</translation>
        </message>
        <message numerus="yes">
            <source>One batch scored with run %1, on %2: %3 customer(s); </source>
            <translation>
                <numerusform>Un lote asignado con la ejecución %1, el %2: %3 cliente; </numerusform>
                <numerusform>Un lote asignado con la ejecución %1, el %2: %3 clientes; </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 batches scored with run %2. The latest, on %3: %4 customer(s); </source>
            <translation>
                <numerusform>%1 lotes asignados con la ejecución %2. El más reciente, el %3: %4 cliente; </numerusform>
                <numerusform>%1 lotes asignados con la ejecución %2. El más reciente, el %3: %4 clientes; </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentAppearance</name>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Outliers</source>
            <translation>Valores atípicos</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segmento %1</translation>
        </message>
        <message>
            <source>Segment %1, %2</source>
            <extracomment>A segment the user named, with its number: "Segment 3, Bargain hunters".</extracomment>
            <translation>Segmento %1, %2</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentEvolutionChart</name>
        <message>
            <source>Segments across runs</source>
            <translation>Segmentos entre ejecuciones</translation>
        </message>
        <message>
            <source>Segments across runs: each run's shares; one colour is one segment</source>
            <translation>Segmentos entre ejecuciones: proporciones de cada ejecución; un color es un segmento</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segmento %1</translation>
        </message>
        <message>
            <source>%1 in run %2: %3% of the customers</source>
            <translation>%1 en la ejecución %2: %3% de los clientes</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Ejecución %1</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentExporter</name>
        <message>
            <source>Cannot export the segments: %1</source>
            <translation>No se pueden exportar los segmentos: %1</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentFigures</name>
        <message>
            <source>B</source>
            <extracomment>Abbreviations of a billion, a million and a thousand after a number ("1.24M").</extracomment>
            <translation> mil M</translation>
        </message>
        <message>
            <source>M</source>
            <translation> M</translation>
        </message>
        <message>
            <source>k</source>
            <translation> mil</translation>
        </message>
        <message>
            <source>%1: mean %2 · total %3 (%4 of all %1)</source>
            <extracomment>Money of one column in one segment: column, mean per customer, total, share of the column's total.</extracomment>
            <translation>%1: media %2 · total %3 (%4 del total de %1)</translation>
        </message>
        <message>
            <source>Only 1 customer (%1 of %2, below %3): probably an outlier rather than a segment to market to.</source>
            <translation>Solo 1 cliente (%1 de %2, por debajo de %3): probablemente un valor atípico, más que un segmento al que dirigirse.</translation>
        </message>
        <message numerus="yes">
            <source>Only %1 customer(s) (%2 of %3, below %4): probably outliers rather than a segment to market to. Consider setting outliers aside.</source>
            <translation>
                <numerusform>Solo %1 cliente (%2 de %3, por debajo de %4): probablemente un valor atípico, más que un segmento al que dirigirse. Considere apartar los valores atípicos.</numerusform>
                <numerusform>Solo %1 clientes (%2 de %3, por debajo de %4): probablemente valores atípicos, más que un segmento al que dirigirse. Considere apartar los valores atípicos.</numerusform>
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
            <translation>Probabilidad media de que un cliente de este segmento siga activo (BG/NBD): %1 (intervalo del 95%: %2).</translation>
        </message>
        <message>
            <source>Lifetime value: mean · total (share)</source>
            <translation>CLV: media · total (proporción)</translation>
        </message>
        <message>
            <source>Expected purchases</source>
            <translation>Compras esperadas</translation>
        </message>
        <message>
            <source>P(alive)</source>
            <translation>P(activo)</translation>
        </message>
        <message>
            <source>Expected lifetime value per customer (BG/NBD and Gamma-Gamma), the segment's total and its share of all customers' value. The tooltip of a cell gives the 95% intervals.</source>
            <translation>Valor de vida del cliente (CLV) esperado por cliente (BG/NBD y Gamma-Gamma), el total del segmento y su proporción del valor de todos los clientes. La información emergente de cada celda indica los intervalos del 95%.</translation>
        </message>
        <message>
            <source>Mean purchases per customer expected over the forecast horizon.</source>
            <translation>Media de compras por cliente esperadas en el horizonte de previsión.</translation>
        </message>
        <message>
            <source>Mean probability that the segment's customers are still customers.</source>
            <translation>Probabilidad media de que los clientes del segmento sigan activos.</translation>
        </message>
        <message>
            <source>%1 in this segment: mean %2 per customer, total %3, %4 of all %1 (%5)</source>
            <translation>%1 en este segmento: media de %2 por cliente, total de %3, %4 del total de %1 (%5)</translation>
        </message>
        <message>
            <source>%1 %2 %3σ</source>
            <extracomment>A segment trait: arrow, feature name, z-score in standard deviations, e.g. "↑ revenue +1.8σ".</extracomment>
            <translation>%1 %2 %3σ</translation>
        </message>
        <message>
            <source>%1: %2 in this segment vs. %3 overall (%4 sd)</source>
            <translation>%1: %2 en este segmento frente a %3 en el conjunto (%4 DE)</translation>
        </message>
        <message>
            <source>Noise: customers in no dense group (and any set aside as outliers), so in no segment. Grey on the map, segment -1 in the export. Click to choose them in the map.</source>
            <translation>Ruido: clientes que no están en ningún grupo denso (y los apartados como valores atípicos), por tanto en ningún segmento. En gris en el mapa y segmento -1 en la exportación. Haga clic para seleccionarlos en el mapa.</translation>
        </message>
        <message>
            <source>Customers beyond the outlier threshold on some feature: in no segment, grey on the map, segment -1 in the export. Click to choose them in the map.</source>
            <translation>Clientes más allá del umbral de valores atípicos en alguna variable: en ningún segmento, en gris en el mapa y segmento -1 en la exportación. Haga clic para seleccionarlos en el mapa.</translation>
        </message>
        <message>
            <source>Double-click to name this segment.</source>
            <translation>Haga doble clic para poner nombre a este segmento.</translation>
        </message>
        <message>
            <source>Top traits</source>
            <translation>Rasgos distintivos</translation>
        </message>
        <message>
            <source>Features that set the segment apart, in standard deviations (σ) from the average customer.</source>
            <translation>Variables que distinguen al segmento, en desviaciones estándar (σ) respecto al cliente medio.</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>Estabilidad</translation>
        </message>
        <message>
            <source>How well each segment survives resampling (Hennig 2007): the mean Jaccard similarity between the segment and its best match when resampled customers are segmented again. Above 0.75 stable; below 0.60 (marked ⚠) unstable.</source>
            <translation>Cuánto resiste cada segmento al remuestreo (Hennig 2007): la similitud de Jaccard media entre el segmento y su mejor equivalente cuando se vuelven a segmentar clientes remuestreados. Por encima de 0,75, estable; por debajo de 0,60 (marcado con ⚠), inestable.</translation>
        </message>
        <message>
            <source>%1: mean · total (share)</source>
            <extracomment>Header of a money column: the column's name, then what its cells show.</extracomment>
            <translation>%1: media · total (proporción)</translation>
        </message>
        <message>
            <source>%1 (a money column): the arithmetic mean per customer of the segment, the segment's total, and its share of the total over all customers, in the data's own units.</source>
            <translation>%1 (columna monetaria): la media aritmética por cliente del segmento, el total del segmento y su proporción del total de todos los clientes, en las unidades propias de los datos.</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Share of all customers in this segment.</source>
            <translation>Proporción de todos los clientes que está en este segmento.</translation>
        </message>
        <message>
            <source>Customers in the segment. %1 marks a segment too small to be one (fewer than %2 of all customers).</source>
            <translation>Clientes del segmento. %1 marca un segmento demasiado pequeño para considerarse como tal (menos del %2 de todos los clientes).</translation>
        </message>
        <message numerus="yes">
            <source>Stable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of %3 (above 0.75).</source>
            <translation>
                <numerusform>Estable: en %1 remuestreo de %2 clientes, el segmento reapareció con una similitud de Jaccard media de %3 (superior a 0,75).</numerusform>
                <numerusform>Estable: en %1 remuestreos de %2 clientes, el segmento reapareció con una similitud de Jaccard media de %3 (superior a 0,75).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A real pattern whose boundary moves: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of %3 (0.60 to 0.75).</source>
            <translation>
                <numerusform>Un patrón real cuyo límite se desplaza: en %1 remuestreo de %2 clientes, el segmento reapareció con una similitud de Jaccard media de %3 (entre 0,60 y 0,75).</numerusform>
                <numerusform>Un patrón real cuyo límite se desplaza: en %1 remuestreos de %2 clientes, el segmento reapareció con una similitud de Jaccard media de %3 (entre 0,60 y 0,75).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unstable: in %1 resample(s) of %2 customers the segment came back with a mean Jaccard similarity of only %3 (below 0.60). It may be an artefact of the seed or the sample; try another k before acting on it.</source>
            <translation>
                <numerusform>Inestable: en %1 remuestreo de %2 clientes, el segmento reapareció con una similitud de Jaccard media de solo %3 (inferior a 0,60). Puede ser un artefacto de la semilla o de la muestra; pruebe otro k antes de actuar en consecuencia.</numerusform>
                <numerusform>Inestable: en %1 remuestreos de %2 clientes, el segmento reapareció con una similitud de Jaccard media de solo %3 (inferior a 0,60). Puede ser un artefacto de la semilla o de la muestra; pruebe otro k antes de actuar en consecuencia.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected lifetime value over the next %1 week(s): mean %2 per customer (95% interval %3), total %4 (%5), %6 of all customers' value (%7). Intervals: bootstrap, %8 resamples.</source>
            <translation>
                <numerusform>Valor de vida del cliente esperado en la próxima %1 semana: media de %2 por cliente (intervalo del 95%: %3), total de %4 (%5), %6 del valor de todos los clientes (%7). Intervalos: bootstrap, %8 remuestreos.</numerusform>
                <numerusform>Valor de vida del cliente esperado en las próximas %1 semanas: media de %2 por cliente (intervalo del 95%: %3), total de %4 (%5), %6 del valor de todos los clientes (%7). Intervalos: bootstrap, %8 remuestreos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purchases a customer of this segment is expected to make in the next %1 week(s): %2 (95% interval %3).</source>
            <translation>
                <numerusform>Compras que se espera que haga un cliente de este segmento en la próxima %1 semana: %2 (intervalo del 95%: %3).</numerusform>
                <numerusform>Compras que se espera que haga un cliente de este segmento en las próximas %1 semanas: %2 (intervalo del 95%: %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>95% intervals (bootstrap, %1 resample(s)): mean %2 – %3, total %4 – %5</source>
            <translation>
                <numerusform>Intervalos del 95% (bootstrap, %1 remuestreo): media %2 – %3, total %4 – %5</numerusform>
                <numerusform>Intervalos del 95% (bootstrap, %1 remuestreos): media %2 – %3, total %4 – %5</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentTableView</name>
        <message>
            <source>Click a segment to highlight it in every view; double-click its label to rename it (Ctrl+Z undoes).</source>
            <translation>Haga clic en un segmento para resaltarlo en todas las vistas; haga doble clic en su etiqueta para renombrarlo (Ctrl+Z lo deshace).</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>One row per segment: its number, label, size, share, money and traits. The up and down arrow keys highlight a segment in every view; F2 renames it.</source>
            <translation>Una fila por segmento: su número, etiqueta, tamaño, proporción, valor monetario y rasgos distintivos. Las teclas de flecha arriba y abajo resaltan un segmento en todas las vistas; F2 le cambia el nombre.</translation>
        </message>
    </context>
    <context>
        <name>seg::SegmentValueChart</name>
        <message>
            <source>Size against value appears when the data has a money column or the lifetime-value inputs (frequency, recency, T).</source>
            <translation>Tamaño frente a valor aparece cuando los datos tienen una columna monetaria o las entradas del valor de vida del cliente (frecuencia, recencia, T).</translation>
        </message>
        <message>
            <source>Customer share</source>
            <translation>Proporción de clientes</translation>
        </message>
        <message>
            <source>Lifetime value share</source>
            <translation>Proporción del CLV</translation>
        </message>
        <message>
            <source>Revenue share</source>
            <translation>Proporción de ingresos</translation>
        </message>
        <message>
            <source>%1: %2 of the customers, %3 of the lifetime value (95% interval %4 – %5)</source>
            <translation>%1: %2 de los clientes, %3 del valor de vida del cliente (intervalo del 95%: %4 – %5)</translation>
        </message>
        <message>
            <source>%1: %2 of the customers, %3 of the revenue (95% interval %4 – %5)</source>
            <translation>%1: %2 de los clientes, %3 de los ingresos (intervalo del 95%: %4 – %5)</translation>
        </message>
    </context>
    <context>
        <name>seg::SelectionProfilePanel</name>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Forget the customers chosen in the segment map</source>
            <translation>Olvidar los clientes elegidos en el mapa de segmentos</translation>
        </message>
        <message>
            <source>Arithmetic means and totals of the money columns over the chosen customers, in the data's own units, and their share of the total over all customers</source>
            <translation>Medias aritméticas y totales de las columnas monetarias de los clientes elegidos, en las unidades propias de los datos, y su proporción del total de todos los clientes</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>Variable</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selección</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>z</source>
            <translation>z</translation>
        </message>
        <message>
            <source>Difference of the means in population standard deviations of the features as clustered (after log(1 + x) where applied)</source>
            <translation>Diferencia de las medias en desviaciones estándar poblacionales de las variables tal como se agruparon (tras log(1 + x) donde se aplica)</translation>
        </message>
        <message>
            <source>Features in which the chosen customers differ most from everyone</source>
            <translation>Variables en las que los clientes elegidos más difieren del conjunto</translation>
        </message>
        <message>
            <source>Drag a lasso in the segment map (Shift+drag for a rectangle) to see how those customers differ from everyone.</source>
            <translation>Arrastre un lazo en el mapa de segmentos (Mayús+arrastrar para un rectángulo) para ver en qué se diferencian esos clientes del conjunto.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; customers chosen (%2% of %3)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; clientes elegidos (%2% de %3)</translation>
        </message>
        <message>
            <source>Mostly: %1</source>
            <translation>Mayoritariamente: %1</translation>
        </message>
        <message>
            <source>%1: mean %2 · total %3 (%4 of all)</source>
            <extracomment>Money of the chosen customers in one column: column, mean per customer, total, share of all.</extracomment>
            <translation>%1: media %2 · total %3 (%4 del total)</translation>
        </message>
        <message>
            <source>Features of the chosen customers</source>
            <translation>Variables de los clientes elegidos</translation>
        </message>
    </context>
    <context>
        <name>seg::StartPage</name>
        <message>
            <source>1 of 3: Open your customer data</source>
            <translation>1 de 3: Abra sus datos de clientes</translation>
        </message>
        <message>
            <source>A CSV file or an SQLite table with one row per customer (or a transaction log, one row per purchase). SegmentScope checks every column, suggests what each one means and shows what it will fill in or leave out before anything is computed.</source>
            <translation>Un archivo CSV o una tabla SQLite con una fila por cliente (o un registro de transacciones, con una fila por compra). SegmentScope revisa cada columna, sugiere qué significa cada una y muestra qué completará u omitirá antes de calcular nada.</translation>
        </message>
        <message>
            <source>2 of 3: Find the segments</source>
            <translation>2 de 3: Encuentre los segmentos</translation>
        </message>
        <message>
            <source>Choose the number of segments k and the feature groups on the left. The map, the heatmap and the segment table update together; the chart of k and the quality figures say how far to trust the segmentation.</source>
            <translation>Elija a la izquierda el número de segmentos k y los grupos de variables. El mapa, el mapa de calor y la tabla de segmentos se actualizan a la vez; el gráfico de k y los indicadores de calidad muestran hasta qué punto puede fiarse de la segmentación.</translation>
        </message>
        <message>
            <source>3 of 3: Turn segments into personas</source>
            <translation>3 de 3: Convierta los segmentos en buyer personas</translation>
        </message>
        <message>
            <source>Name each segment, read its persona card (traits, channels, value) and export the persona report as a PDF. Save the project to reopen it exactly as you left it.</source>
            <translation>Asigne un nombre a cada segmento, lea su ficha de buyer persona (rasgos distintivos, canales, valor) y exporte el informe de buyer personas en PDF. Guarde el proyecto para volver a abrirlo tal como lo dejó.</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Página de inicio</translation>
        </message>
        <message>
            <source>SegmentScope</source>
            <translation>SegmentScope</translation>
        </message>
        <message>
            <source>Turn behavioural customer data into segments you can act on.</source>
            <translation>Convierta los datos de comportamiento de sus clientes en segmentos con los que pueda trabajar.</translation>
        </message>
        <message>
            <source>&amp;Open your customer data…</source>
            <translation>&amp;Abrir sus datos de clientes…</translation>
        </message>
        <message>
            <source>A CSV file, an SQLite database or a SegmentScope project</source>
            <translation>Un archivo CSV, una base de datos SQLite o un proyecto de SegmentScope</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Probar la &amp;demostración</translation>
        </message>
        <message>
            <source>50,000 synthetic customers of an online shop</source>
            <translation>50.000 clientes sintéticos de una tienda online</translation>
        </message>
        <message>
            <source>&amp;Recent projects</source>
            <translation>Proyectos &amp;recientes</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Proyectos recientes</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Visita guiada</translation>
        </message>
        <message>
            <source>Dismiss the tour</source>
            <translation>Cerrar la visita guiada</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Do&amp;ne</source>
            <translation>&amp;Finalizar</translation>
        </message>
    </context>
    <context>
        <name>seg::StatusPanel</name>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop the running computation (Esc)</source>
            <translation>Detener el cálculo en curso (Esc)</translation>
        </message>
        <message>
            <source>Quality of the current segmentation:
Silhouette (−1 to 1, higher is better; on a 5,000-customer sample)
Davies–Bouldin (lower is better)
Calinski–Harabasz (higher is better)
ARI: agreement with the known segments (1 = identical, 0 = chance)</source>
            <translation>Calidad de la segmentación actual:
Silueta (de −1 a 1, cuanto mayor, mejor; sobre una muestra de 5.000 clientes)
Davies–Bouldin (cuanto menor, mejor)
Calinski–Harabasz (cuanto mayor, mejor)
ARI: acuerdo con los segmentos conocidos (1 = idénticos, 0 = azar)</translation>
        </message>
        <message>
            <source>Notes on the data</source>
            <translation>Notas sobre los datos</translation>
        </message>
        <message>
            <source>Silhouette %1</source>
            <translation>Silueta %1</translation>
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
            <translation>Sin datos</translation>
        </message>
        <message>
            <source> (%1 in segments, %2 noise, %3 set aside as outliers)</source>
            <translation> (%1 en segmentos, %2 ruido, %3 apartados como valores atípicos)</translation>
        </message>
        <message>
            <source> (%1 in segments, %2 noise)</source>
            <translation> (%1 en segmentos, %2 ruido)</translation>
        </message>
        <message>
            <source> (%1 segmented, %2 set aside as outliers)</source>
            <translation> (%1 segmentados, %2 apartados como valores atípicos)</translation>
        </message>
        <message>
            <source> (%1 segmented)</source>
            <translation> (%1 segmentados)</translation>
        </message>
        <message>
            <source>&lt;p&gt;While reading and preparing the data:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Click to keep this list open.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Al leer y preparar los datos:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Haga clic para mantener abierta esta lista.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>While reading and preparing the data, SegmentScope noted:</source>
            <translation>Al leer y preparar los datos, SegmentScope observó:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clientes</numerusform>
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
                <numerusform>%1 nota sobre los datos</numerusform>
                <numerusform>%1 notas sobre los datos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::SweepPresenter</name>
        <message>
            <source>This algorithm finds the number of segments itself: there is no k to choose.</source>
            <translation>Este algoritmo encuentra por sí mismo el número de segmentos: no hay ningún k que elegir.</translation>
        </message>
        <message>
            <source>Computing k = %1 …</source>
            <translation>Calculando k = %1 …</translation>
        </message>
    </context>
    <context>
        <name>seg::TableOpener</name>
        <message>
            <source>Cannot read %1: the file does not exist or is not readable.</source>
            <translation>No se puede leer %1: el archivo no existe o no se puede leer.</translation>
        </message>
        <message>
            <source>%1 is a folder; choose a file in it.</source>
            <translation>%1 es una carpeta; elija un archivo dentro de ella.</translation>
        </message>
        <message>
            <source>%1 is a pipe or a device, not a file. The explorer reads its data more than once (for the preview, then for the import), so it needs a file: save the data to a file and open that.</source>
            <translation>%1 es una tubería o un dispositivo, no un archivo. El explorador lee sus datos más de una vez (para la vista previa y después para la importación), por lo que necesita un archivo: guarde los datos en un archivo y ábralo.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message numerus="yes">
            <source>Generating %1 demo customer(s)…</source>
            <translation>
                <numerusform>Generando %1 cliente de demostración…</numerusform>
                <numerusform>Generando %1 clientes de demostración…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seg::ValueChecks</name>
        <message>
            <source>Does the purchase model fit?</source>
            <translation>¿Se ajusta el modelo de compra?</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln customers</source>
            <translation>
                <numerusform>%1 · %Ln cliente</numerusform>
                <numerusform>%1 · %Ln clientes</numerusform>
            </translation>
        </message>
        <message>
            <source> · calibration period to %1</source>
            <translation> · periodo de calibración hasta %1</translation>
        </message>
        <message>
            <source> · holdout period to %1</source>
            <translation> · periodo de validación hasta %1</translation>
        </message>
        <message>
            <source>BG/NBD (Fader, Hardie &amp; Lee 2005) models how often each customer buys and whether they are still a customer. These are the checks its authors use: how many customers it expects at each number of repeat purchases, and how many purchases it forecasts after the period it was fitted on.</source>
            <translation>BG/NBD (Fader, Hardie y Lee 2005) modela con qué frecuencia compra cada cliente y si sigue activo. Estas son las comprobaciones que usan sus autores: cuántos clientes espera para cada número de compras repetidas y cuántas compras prevé después del periodo con el que se ajustó.</translation>
        </message>
        <message>
            <source>Customers by repeat purchases in the calibration period</source>
            <translation>Clientes por compras repetidas en el periodo de calibración</translation>
        </message>
        <message>
            <source>Purchases in the holdout period, by repeat purchases in calibration</source>
            <translation>Compras en el periodo de validación, por compras repetidas en la calibración</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contados</translation>
        </message>
        <message>
            <source>BG/NBD expects</source>
            <translation>Esperados por BG/NBD</translation>
        </message>
        <message>
            <source>Bars of like height say the model describes how often these customers buy; a gap at the right says it misjudges the most frequent buyers.</source>
            <translation>Si las barras tienen una altura similar, el modelo describe bien la frecuencia de compra de estos clientes; una diferencia a la derecha indica que valora mal a los compradores más frecuentes.</translation>
        </message>
        <message>
            <source>No holdout period: give --holdout-end to compare the model's forecast with the purchases made after the calibration period.</source>
            <translation>Sin periodo de validación: indique --holdout-end para comparar la previsión del modelo con las compras realizadas después del periodo de calibración.</translation>
        </message>
        <message>
            <source>Made (mean)</source>
            <translation>Realizadas (media)</translation>
        </message>
        <message>
            <source>Predicted (mean)</source>
            <translation>Previstas (media)</translation>
        </message>
        <message>
            <source>Over the %1 %2 of the holdout period the model predicted %3 purchases; %4 were made (%5 of the forecast). Bars of like height in every group say the forecast holds for light and heavy buyers alike.</source>
            <translation>Durante %1 %2 del periodo de validación, el modelo previó %3 compras; se realizaron %4 (%5 de la previsión). Si las barras tienen una altura similar en todos los grupos, la previsión se cumple tanto para compradores ocasionales como para los habituales.</translation>
        </message>
    </context>
    <context>
        <name>seg::Workspace</name>
        <message>
            <source>Segment map</source>
            <translation>Mapa de segmentos</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>Feature heatmap</source>
            <translation>Mapa de calor de variables</translation>
        </message>
    </context>
    <context>
        <name>segscope</name>
        <message>
            <source>unknown option %1: options start with two dashes, such as --%2</source>
            <translation>opción desconocida %1: las opciones empiezan con dos guiones, como --%2</translation>
        </message>
        <message>
            <source>option --%1 takes no value</source>
            <translation>la opción --%1 no admite ningún valor</translation>
        </message>
        <message>
            <source>option --%1 needs a value</source>
            <translation>la opción --%1 necesita un valor</translation>
        </message>
        <message>
            <source>option --%1 is given twice</source>
            <translation>la opción --%1 se ha indicado dos veces</translation>
        </message>
        <message>
            <source>unknown option --%1</source>
            <translation>opción desconocida --%1</translation>
        </message>
        <message>
            <source>option --%1 expects a whole number, got '%2'</source>
            <translation>la opción --%1 espera un número entero, se recibió '%2'</translation>
        </message>
        <message>
            <source>option --%1 must be between %2 and %3, got %4</source>
            <translation>la opción --%1 debe estar entre %2 y %3, se recibió %4</translation>
        </message>
        <message>
            <source>option --%1 expects a number, got '%2'</source>
            <translation>la opción --%1 espera un número, se recibió '%2'</translation>
        </message>
        <message>
            <source>project create makes a new project: --project does not apply</source>
            <translation>project create crea un proyecto nuevo: --project no se aplica</translation>
        </message>
        <message>
            <source>cluster --project reads the project's data: give no INPUT file</source>
            <translation>cluster --project lee los datos del proyecto: no indique ningún archivo INPUT</translation>
        </message>
        <message>
            <source>--%1 applies when data is read; the project's data was read when it was made (segscope project create)</source>
            <translation>--%1 se aplica al leer los datos; los datos del proyecto se leyeron al crearlo (segscope project create)</translation>
        </message>
        <message>
            <source>project create needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>project create necesita exactamente un archivo INPUT (CSV o SQLite)</translation>
        </message>
        <message>
            <source>cluster needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>cluster necesita exactamente un archivo INPUT (CSV o SQLite)</translation>
        </message>
        <message>
            <source>project create needs --out, the project file to write (P.segscope)</source>
            <translation>project create necesita --out, el archivo de proyecto que se va a escribir (P.segscope)</translation>
        </message>
        <message>
            <source>--hash-ids applies to project create</source>
            <translation>--hash-ids se aplica a project create</translation>
        </message>
        <message>
            <source>--note annotates a run of a project: give --project</source>
            <translation>--note añade una nota a una ejecución de un proyecto: indique --project</translation>
        </message>
        <message>
            <source>--k: %1 finds the number of segments itself; leave --k out</source>
            <translation>--k: %1 determina por sí mismo el número de segmentos; omita --k</translation>
        </message>
        <message>
            <source>cluster needs --k, the number of segments</source>
            <translation>cluster necesita --k, el número de segmentos</translation>
        </message>
        <message>
            <source>--hash-ids needs --id-column, the column of customer ids to hash</source>
            <translation>--hash-ids necesita --id-column, la columna de ids de cliente que se sustituirán por hashes</translation>
        </message>
        <message>
            <source>warning: %1
</source>
            <translation>advertencia: %1
</translation>
        </message>
        <message>
            <source>note: %1
</source>
            <translation>nota: %1
</translation>
        </message>
        <message>
            <source>transforms: %1; scaling %2
</source>
            <translation>transformaciones: %1; escalado %2
</translation>
        </message>
        <message>
            <source>silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</source>
            <translation>silueta %1, Davies–Bouldin %2, Calinski–Harabasz %3</translation>
        </message>
        <message>
            <source>, ARI %1, NMI %2</source>
            <translation>, ARI %1, NMI %2</translation>
        </message>
        <message>
            <source>segment      size   share
</source>
            <translation>segmento   tamaño   prop.
</translation>
        </message>
        <message>
            <source>  small</source>
            <translation>  pequeño</translation>
        </message>
        <message>
            <source>outlier</source>
            <translation>atípico</translation>
        </message>
        <message>
            <source>noise</source>
            <translation>ruido</translation>
        </message>
        <message>
            <source>--covariance: unknown covariance '%1'; available: diagonal, full</source>
            <translation>--covariance: covarianza desconocida '%1'; disponibles: diagonal, full</translation>
        </message>
        <message>
            <source>--%1 applies to --algorithm %2 only</source>
            <translation>--%1 solo se aplica a --algorithm %2</translation>
        </message>
        <message>
            <source>--micro-clusters %1 is below --k %2</source>
            <translation>--micro-clusters %1 es menor que --k %2</translation>
        </message>
        <message>
            <source>--micro-clusters %1 is above --exact-limit %2</source>
            <translation>--micro-clusters %1 es mayor que --exact-limit %2</translation>
        </message>
        <message>
            <source>--start-sample %1 is below --k %2</source>
            <translation>--start-sample %1 es menor que --k %2</translation>
        </message>
        <message>
            <source>--algorithms: %1 does not cut the customers into --k segments; consensus runs kmeans, minibatch, gmm or ward</source>
            <translation>--algorithms: %1 no divide a los clientes en --k segmentos; consensus ejecuta kmeans, minibatch, gmm o ward</translation>
        </message>
        <message>
            <source>--algorithms needs at least one algorithm</source>
            <translation>--algorithms necesita al menos un algoritmo</translation>
        </message>
        <message>
            <source>the k-distance curve suggests no eps (most customers share their place with %1 others); give --eps</source>
            <translation>la curva de k-distancias no sugiere ningún eps (la mayoría de los clientes comparten su posición con otros %1); indique --eps</translation>
        </message>
        <message>
            <source>eps %1: the knee of the %2-distance curve; give --eps to choose another</source>
            <translation>eps %1: el codo de la curva de %2-distancias; indique --eps para elegir otro</translation>
        </message>
        <message>
            <source>minimum cluster size %1: 1% of the customers; give --min-cluster-size to choose another</source>
            <translation>tamaño mínimo de clúster %1: el 1% de los clientes; indique --min-cluster-size para elegir otro</translation>
        </message>
        <message>
            <source>segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments</source>
            <translation>segmento(s) %1: menos del %2% de los clientes; probablemente valores atípicos más que segmentos</translation>
        </message>
        <message>
            <source>segment(s) %1 hold fewer than %2% of the customers: probably outliers rather than segments (see --outliers)</source>
            <translation>segmento(s) %1: menos del %2% de los clientes; probablemente valores atípicos más que segmentos (consulte --outliers)</translation>
        </message>
        <message>
            <source>%1 row(s) without a customer id left out</source>
            <translation>se omitieron %1 fila(s) sin id de cliente</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid date left out</source>
            <translation>se omitieron %1 fila(s) sin una fecha válida</translation>
        </message>
        <message>
            <source>%1 row(s) dated in the future left out</source>
            <translation>se omitieron %1 fila(s) con fecha futura</translation>
        </message>
        <message>
            <source>%1 row(s) without a valid amount left out</source>
            <translation>se omitieron %1 fila(s) sin un importe válido</translation>
        </message>
        <message>
            <source>%1 row(s) with a negative amount counted as returns, not purchases</source>
            <translation>se contaron %1 fila(s) con importe negativo como devoluciones, no como compras</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) counted once</source>
            <translation>se contaron una sola vez %1 línea(s) duplicada(s)</translation>
        </message>
        <message>
            <source>%1 duplicate line(s) kept (--drop-duplicates counts them once)</source>
            <translation>se conservaron %1 línea(s) duplicada(s) (--drop-duplicates las cuenta una sola vez)</translation>
        </message>
        <message>
            <source>%1 row(s) with a quantity that is not a number: their quantity left out</source>
            <translation>%1 fila(s) con una cantidad no numérica: se omitió su cantidad</translation>
        </message>
        <message>
            <source>%1; the first: %2</source>
            <translation>%1; la primera: %2</translation>
        </message>
        <message>
            <source>clv needs exactly one TRANSACTIONS file (CSV or SQLite)</source>
            <translation>clv necesita exactamente un archivo TRANSACTIONS (CSV o SQLite)</translation>
        </message>
        <message>
            <source>clv needs --json OUT, the file for the fitted models and totals</source>
            <translation>clv necesita --json OUT, el archivo para los modelos ajustados y los totales</translation>
        </message>
        <message>
            <source>a customer summary (--frequency-column) needs --%1 too</source>
            <translation>un resumen de clientes (--frequency-column) también necesita --%1</translation>
        </message>
        <message>
            <source>--%1 is for a transaction log; with --frequency-column the input is one row per customer</source>
            <translation>--%1 es para un registro de transacciones; con --frequency-column la entrada tiene una fila por cliente</translation>
        </message>
        <message>
            <source>clv needs --%1 (or a customer summary with --frequency-column, --recency-column, --tenure-column and --monetary-column)</source>
            <translation>clv necesita --%1 (o un resumen de clientes con --frequency-column, --recency-column, --tenure-column y --monetary-column)</translation>
        </message>
        <message>
            <source>--time-unit: %1</source>
            <translation>--time-unit: %1</translation>
        </message>
        <message>
            <source>--holdout-end %1 must be after --calibration-end %2</source>
            <translation>--holdout-end %1 debe ser posterior a --calibration-end %2</translation>
        </message>
        <message>
            <source>--calibration-end %1 is after today (%2): the calibration period must have ended (give --today for data exported on another day)</source>
            <translation>--calibration-end %1 es posterior a hoy (%2): el período de calibración debe haber terminado (indique --today para datos exportados otro día)</translation>
        </message>
        <message>
            <source>the input</source>
            <translation>la entrada</translation>
        </message>
        <message>
            <source>--charts is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)</source>
            <translation>--charts no está disponible: este segscope se compiló sin las bibliotecas de la interfaz gráfica (SEG_BUILD_GUI=OFF)</translation>
        </message>
        <message>
            <source>the %1 fit ended with status '%2': its figures may be off</source>
            <translation>el ajuste %1 terminó con el estado '%2': sus cifras pueden no ser exactas</translation>
        </message>
        <message>
            <source>the Gamma-Gamma fit has q = %1 &lt;= 1: the mean spend per purchase does not exist, so no value is given to customers without a repeat purchase</source>
            <translation>el ajuste Gamma-Gamma tiene q = %1 &lt;= 1: el gasto medio por compra no existe, por lo que no se asigna ningún valor a los clientes sin compras repetidas</translation>
        </message>
        <message>
            <source>BG/NBD: r %1, alpha %2, a %3, b %4, log-likelihood %5
</source>
            <translation>BG/NBD: r %1, alpha %2, a %3, b %4, log-verosimilitud %5
</translation>
        </message>
        <message>
            <source>Gamma-Gamma: p %1, q %2, gamma %3, log-likelihood %4; frequency/spend correlation %5
</source>
            <translation>Gamma-Gamma: p %1, q %2, gamma %3, log-verosimilitud %4; correlación frecuencia/gasto %5
</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <source>%1 %2: the project has no such run; its runs are %3</source>
            <translation>%1 %2: el proyecto no tiene esa ejecución; sus ejecuciones son: %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>%1 must be a run number (1, 2, …), not '%2'; see segscope project runs</source>
            <translation>%1 debe ser un número de ejecución (1, 2, …), no '%2'; consulte segscope project runs</translation>
        </message>
        <message>
            <source>run %1 (%2, k %3, seed %4)</source>
            <translation>ejecución %1 (%2, k %3, semilla %4)</translation>
        </message>
        <message>
            <source>segment %1 stayed as %2 (%3 of its customers; they make up %4 of it)</source>
            <translation>el segmento %1 se mantuvo como %2 (%3 de sus clientes; forman el %4 de este)</translation>
        </message>
        <message>
            <source>segment %1 split into %2 (largest part %3 of its customers)</source>
            <translation>el segmento %1 se dividió en %2 (parte mayor: %3 de sus clientes)</translation>
        </message>
        <message>
            <source>segment %1 merged into %2 with small parts of other segments (%3 of its customers; %4 of %2)</source>
            <translation>el segmento %1 se fusionó en %2 con pequeñas partes de otros segmentos (%3 de sus clientes; %4 de %2)</translation>
        </message>
        <message>
            <source>segment %1 merged with %2 into %3 (%4 of its customers; %5 of %3)</source>
            <translation>el segmento %1 se fusionó con %2 en %3 (%4 de sus clientes; %5 de %3)</translation>
        </message>
        <message>
            <source>segment %1 is gone: no segment of run %2 took %3 of its customers (the most any took: %4)</source>
            <translation>el segmento %1 desapareció: ningún segmento de la ejecución %2 recibió al menos el %3 de sus clientes (el que más recibió: %4)</translation>
        </message>
        <message>
            <source>segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there</source>
            <translation>el segmento %1 de la ejecución %2 es nuevo: ningún segmento de la ejecución %3 le aportó al menos el %4 de sus clientes</translation>
        </message>
        <message>
            <source>segment %1 of run %2 is new: no segment of run %3 sent %4 of its customers there; most of it came from %5</source>
            <translation>el segmento %1 de la ejecución %2 es nuevo: ningún segmento de la ejecución %3 le aportó al menos el %4 de sus clientes; la mayor parte procede de %5</translation>
        </message>
        <message>
            <source>same data, spec, options and seed: identical assignments</source>
            <translation>mismos datos, especificación, opciones y semilla: asignaciones idénticas</translation>
        </message>
        <message>
            <source>same data, spec, options and seed, but other assignments: the runs were made by engine %1 and %2</source>
            <translation>mismos datos, especificación, opciones y semilla, pero asignaciones distintas: las ejecuciones se hicieron con las versiones del motor %1 y %2</translation>
        </message>
        <message>
            <source>same data, spec, options and seed, but other assignments</source>
            <translation>mismos datos, especificación, opciones y semilla, pero asignaciones distintas</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>run %1</source>
            <translation>ejecución %1</translation>
        </message>
        <message>
            <source>run %1's segments (rows) against run %2's (columns): customers, and the share of the row
</source>
            <translation>segmentos de la ejecución %1 (filas) frente a los de la ejecución %2 (columnas): clientes y proporción de la fila
</translation>
        </message>
        <message>
            <source>project compare needs the project and two run numbers: segscope project compare P.segscope RUN_A RUN_B</source>
            <translation>project compare necesita el proyecto y dos números de ejecución: segscope project compare P.segscope RUN_A RUN_B</translation>
        </message>
        <message>
            <source>the project</source>
            <translation>el proyecto</translation>
        </message>
        <message>
            <source>%1 against %2
</source>
            <translation>%1 frente a %2
</translation>
        </message>
        <message>
            <source>customers compared  %1 (only in run %2: %3; only in run %4: %5)
</source>
            <translation>clientes comparados     %1 (solo en la ejecución %2: %3; solo en la ejecución %4: %5)
</translation>
        </message>
        <message>
            <source>adjusted Rand index %1 (1: the same segments; about 0: no more alike than chance)
</source>
            <translation>índice de Rand ajustado %1 (1: los mismos segmentos; cerca de 0: no más parecidos que por azar)
</translation>
        </message>
        <message>
            <source>reproduction        %1
</source>
            <translation>reproducción            %1
</translation>
        </message>
        <message>
            <source>what happened to the segments (a part counts from %1 of a segment's customers):
</source>
            <translation>qué pasó con los segmentos (una parte cuenta a partir del %1 de los clientes de un segmento):
</translation>
        </message>
        <message>
            <source>--algorithms: %1 finds the number of segments itself; consensus runs algorithms that take --k</source>
            <translation>--algorithms: %1 determina por sí mismo el número de segmentos; consensus ejecuta algoritmos que usan --k</translation>
        </message>
        <message>
            <source>--resampling: unknown method '%1'; available: subsample, bootstrap</source>
            <translation>--resampling: método desconocido '%1'; disponibles: subsample, bootstrap</translation>
        </message>
        <message>
            <source>consensus needs --k, the number of segments</source>
            <translation>consensus necesita --k, el número de segmentos</translation>
        </message>
        <message>
            <source>--subsample must be above 0</source>
            <translation>--subsample debe ser mayor que 0</translation>
        </message>
        <message>
            <source>--sample %1 is below --k %2</source>
            <translation>--sample %1 es menor que --k %2</translation>
        </message>
        <message>
            <source>--k %1 needs at least as many customers; %2 has %3</source>
            <translation>--k %1 necesita al menos ese número de clientes; %2 tiene %3</translation>
        </message>
        <message>
            <source>the %1 runs find other segments than the consensus (mean ARI %2 against it); every customer's agreement counts their votes: leave it out of --algorithms to measure agreement among the others</source>
            <translation>las ejecuciones de %1 encuentran segmentos distintos a los del consenso (ARI medio %2 frente a él); el acuerdo de cada cliente cuenta sus votos: quítelo de --algorithms para medir el acuerdo entre los demás</translation>
        </message>
        <message>
            <source>%1% of the customers agree with their segment in fewer than 80% of the runs: %2 segments may not be the data's grouping; try another --k</source>
            <translation>el %1% de los clientes coincide con su segmento en menos del 80% de las ejecuciones: puede que %2 segmentos no sean la agrupación real de los datos; pruebe otro --k</translation>
        </message>
        <message>
            <source>%1 runs (%2 per algorithm) on %3 customers each; co-association on %4 customers
</source>
            <translation>%1 ejecuciones (%2 por algoritmo) con %3 clientes cada una; coasociación sobre %4 clientes
</translation>
        </message>
        <message>
            <source>customers agreeing with their segment in fewer than 80% of the runs: %1 (%2%)
</source>
            <translation>clientes que coinciden con su segmento en menos del 80% de las ejecuciones: %1 (%2%)
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
            <translation>segm.</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>clientes</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>acuerdo</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>consenso</translation>
        </message>
        <message>
            <source>%1 runs against the consensus: mean ARI %2
</source>
            <translation>ejecuciones de %1 frente al consenso: ARI medio %2
</translation>
        </message>
        <message>
            <source>%1 names an empty column</source>
            <translation>%1 contiene un nombre de columna vacío</translation>
        </message>
        <message>
            <source>column '%1' is given two roles: %2 (%3) and %4 (%5)</source>
            <translation>a la columna '%1' se le asignan dos roles: %2 (%3) y %4 (%5)</translation>
        </message>
        <message>
            <source>--role expects COLUMN=ROLE, such as --role Region=categorical, not '%1'</source>
            <translation>--role espera COLUMN=ROLE, como --role Region=categorical, no '%1'</translation>
        </message>
        <message>
            <source>--role %1: %2</source>
            <translation>--role %1: %2</translation>
        </message>
        <message>
            <source>a key</source>
            <translation>una clave</translation>
        </message>
        <message>
            <source>known segments</source>
            <translation>segmentos conocidos</translation>
        </message>
        <message>
            <source>personal data</source>
            <translation>datos personales</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>columna excluida</translation>
        </message>
        <message>
            <source>every column is excluded by --exclude %1</source>
            <translation>--exclude %1 excluye todas las columnas</translation>
        </message>
        <message>
            <source>--exclude leaves out %1</source>
            <translation>--exclude omite %1</translation>
        </message>
        <message>
            <source>the customer id column '%1' (--id-column) is never a feature</source>
            <translation>la columna de id de cliente '%1' (--id-column) nunca es una variable</translation>
        </message>
        <message>
            <source>the label column '%1' (--label-column) is never a feature</source>
            <translation>la columna de etiquetas '%1' (--label-column) nunca es una variable</translation>
        </message>
        <message>
            <source>'%1' is %2 (role %3: %4), not a feature</source>
            <translation>'%1' cuenta como %2 (rol %3: %4), no como variable</translation>
        </message>
        <message>
            <source>chosen on the command line</source>
            <translation>elegido en la línea de comandos</translation>
        </message>
        <message>
            <source>column '%1' has no values (all NULL)</source>
            <translation>la columna '%1' no tiene valores (todos son NULL)</translation>
        </message>
        <message>
            <source>column '%1' has no values (all empty or missing markers)</source>
            <translation>la columna '%1' no tiene valores (todos están vacíos o son marcadores de valor faltante)</translation>
        </message>
        <message>
            <source>no column is left to map: %1</source>
            <translation>no queda ninguna columna para el mapa: %1</translation>
        </message>
        <message>
            <source>no column is left to cluster: %1</source>
            <translation>no queda ninguna columna para agrupar: %1</translation>
        </message>
        <message>
            <source>; name the columns to use with --columns</source>
            <translation>; indique las columnas que desea usar con --columns</translation>
        </message>
        <message>
            <source>--%1 is for a transaction log: give its date column with --date-column too</source>
            <translation>--%1 es para un registro de transacciones: indique también su columna de fecha con --date-column</translation>
        </message>
        <message>
            <source>a transaction log (--date-column) needs --id-column, the column of the customer each purchase belongs to</source>
            <translation>un registro de transacciones (--date-column) necesita --id-column, la columna del cliente al que pertenece cada compra</translation>
        </message>
        <message>
            <source>--label-column cannot be used with a transaction log: known segments belong to customers, and the log's rows are purchases</source>
            <translation>--label-column no se puede usar con un registro de transacciones: los segmentos conocidos pertenecen a clientes y las filas del registro son compras</translation>
        </message>
        <message>
            <source>--holdout-end needs --calibration-end: the holdout is the time between them</source>
            <translation>--holdout-end necesita --calibration-end: el período de validación es el tiempo entre ambas fechas</translation>
        </message>
        <message>
            <source>--features cannot be combined with --columns or --exclude</source>
            <translation>--features no se puede combinar con --columns ni con --exclude</translation>
        </message>
        <message>
            <source>standard input ('-') can be INPUT or the --features file, not both</source>
            <translation>la entrada estándar ('-') puede ser INPUT o el archivo de --features, no ambos</translation>
        </message>
        <message>
            <source>--label-column %1 is the --id-column too; the known segments need a column of their own (ids are unique, so every customer would be a segment of one)</source>
            <translation>--label-column %1 también es la --id-column; los segmentos conocidos necesitan una columna propia (los ids son únicos, así que cada cliente sería un segmento de uno)</translation>
        </message>
        <message>
            <source>--columns '%1' names no column; give the columns to %2 separated by commas, e.g. --columns visits,spend</source>
            <translation>--columns '%1' no nombra ninguna columna; indique las columnas que desea %2 separadas por comas, p. ej. --columns visits,spend</translation>
        </message>
        <message>
            <source>map</source>
            <translation>representar en el mapa</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>agrupar</translation>
        </message>
        <message>
            <source>--%1: %2</source>
            <translation>--%1: %2</translation>
        </message>
        <message>
            <source>demo-data takes no positional argument; write the file with --out FILE.csv</source>
            <translation>demo-data no admite argumentos posicionales; escriba el archivo con --out FILE.csv</translation>
        </message>
        <message>
            <source>demo-data needs --out FILE.csv</source>
            <translation>demo-data necesita --out FILE.csv</translation>
        </message>
        <message>
            <source>embed needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>embed necesita exactamente un archivo INPUT (CSV o SQLite)</translation>
        </message>
        <message>
            <source>embed needs --out, the map file to write (id,x,y per customer)</source>
            <translation>embed necesita --out, el archivo del mapa que se va a escribir (id,x,y por cliente)</translation>
        </message>
        <message>
            <source>--method must be umap or pca, not '%1'</source>
            <translation>--method debe ser umap o pca, no '%1'</translation>
        </message>
        <message>
            <source>--%1 is a UMAP parameter; it has no meaning with --method pca</source>
            <translation>--%1 es un parámetro de UMAP; no tiene sentido con --method pca</translation>
        </message>
        <message>
            <source>--min-dist %1 is greater than --spread %2; it must not exceed it</source>
            <translation>--min-dist %1 es mayor que --spread %2; no debe superarlo</translation>
        </message>
        <message>
            <source>--neighbors %1: it must be at least 2 and less than the number of customers to map (%2 in %3)</source>
            <translation>--neighbors %1: debe ser al menos 2 y menor que el número de clientes que se van a representar (%2 en %3)</translation>
        </message>
        <message>
            <source>trustworthiness needs more than %1 customers; there are %2</source>
            <translation>la fiabilidad (trustworthiness) necesita más de %1 clientes; hay %2</translation>
        </message>
        <message>
            <source>; trustworthiness %1 (15 neighbours, %2 rows)</source>
            <translation>; fiabilidad (trustworthiness) %1 (15 vecinos, %2 filas)</translation>
        </message>
        <message>
            <source>export-sql needs one project: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME</source>
            <translation>export-sql necesita un proyecto: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME</translation>
        </message>
        <message>
            <source>export-sql needs --dialect: sqlite, postgresql, spark or bigquery</source>
            <translation>export-sql necesita --dialect: sqlite, postgresql, spark o bigquery</translation>
        </message>
        <message>
            <source>export-sql needs --table, the table of customers to score (schema.table where the warehouse needs it)</source>
            <translation>export-sql necesita --table, la tabla de clientes que se van a asignar (schema.table cuando el almacén de datos lo requiera)</translation>
        </message>
        <message>
            <source>export-sql needs --id-column: the project names no column that identifies a customer</source>
            <translation>export-sql necesita --id-column: el proyecto no indica ninguna columna que identifique a un cliente</translation>
        </message>
        <message>
            <source>%1 -: an output is a file, and '-' would create a file named '-'; give /dev/stdout to write to standard output</source>
            <translation>%1 -: una salida es un archivo, y '-' crearía un archivo llamado '-'; indique /dev/stdout para escribir en la salida estándar</translation>
        </message>
        <message>
            <source>%1 %2 is the same file as %3 %4; refusing to overwrite an input</source>
            <translation>%1 %2 es el mismo archivo que %3 %4; no se sobrescribe una entrada</translation>
        </message>
        <message>
            <source>%1 %2 is the same file as %3 %4; each output needs a file of its own</source>
            <translation>%1 %2 es el mismo archivo que %3 %4; cada salida necesita un archivo propio</translation>
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
            <translation>uso: segscope cluster INPUT [opciones]

Agrupa los clientes de INPUT (un archivo CSV o una base de datos SQLite) y escribe
un segmento por cliente y un resumen JSON. INPUT puede ser - (entrada estándar) o
una canalización (pipe) para CSV; el CSV debe estar en UTF-8, con filas de 64 MiB como máximo.

  --table NAME              tabla o vista que se lee de una base de datos SQLite (necesaria
                            cuando tiene varias)
  --delimiter D             delimitador CSV: , ; | tab, space (secuencias de espacios)
                            u otro carácter (predeterminado: detectado)
  --k K                     número de segmentos (obligatorio salvo con dbscan, hdbscan)
  --algorithm A             kmeans (predeterminado); gmm, una mezcla gaussiana (EM); ward,
                            jerárquico; dbscan o hdbscan, que determinan por sí mismos el
                            número de segmentos (no indique --k); minibatch, mini-batch k-means
                            que lee un archivo por bloques, para archivos mayores que la
                            memoria; consensus, los segmentos en los que coinciden muchas
                            ejecuciones de kmeans, gmm y ward
  --seed S                  semilla aleatoria (predeterminado: 42, como en el explorador);
                            misma semilla, mismo resultado
  --n-init N                reinicios de k-means++, gana la menor inercia (predeterminado: 10);
                            gmm: ejecuciones de EM desde inicios de k-means (predeterminado: 3)
  --max-iter N              iteraciones por reinicio (predeterminado: 300; gmm 200)
  --tol X                   tolerancia relativa del desplazamiento de centroides (predeterminado:
                            1e-4); gmm: ganancia media de log-verosimilitud por cliente (1e-3)
  --covariance diagonal|full   gmm: una varianza por variable (predeterminado) o una matriz
                            de covarianza completa por segmento
  --regularization X        gmm: se suma a cada varianza (predeterminado: 1e-6)
  --exact-limit N           ward: máximo de clientes agrupados de forma exacta (50000);
  --micro-clusters N        por encima, Ward fusiona N centros de k-means (predeterminado: 2000)
  --eps X                   dbscan: radio de vecindad (predeterminado: el codo de la curva
                            de k-distancias)
  --min-samples N           dbscan, hdbscan: vecinos de un núcleo denso (predeterminado: 5)
  --min-cluster-size N      hdbscan: segmento más pequeño (predeterminado: 1% de los clientes)
  --batch-size N            minibatch: clientes por mini-batch (predeterminado: 1024)
  --epochs N                minibatch: máximo de pasadas por el archivo (predeterminado: 3)
  --start-sample N          minibatch: muestra para las transformaciones y el inicio
                            (predeterminado: 100000)
  --algorithms a,b          consensus: los algoritmos que votan (predeterminado:
                            kmeans,gmm,ward)
  --runs-per-algorithm N    consensus: ejecuciones de cada uno (predeterminado: 10)
  --id-column C             columna de id de cliente (se comprueban duplicados y huecos);
                            '' = ninguna columna es la clave (las filas son clientes)
  --label-column C          segmentos conocidos: añade ARI y NMI a las métricas
  --role COL=ROLE           rol de una columna (repetible): id, label, numeric,
                            categorical, value, date, personal o ignored
  --sensitive a,b           estas columnas son atributos sensibles (como la edad o el género
                            por su nombre): se advierte si se usan como variables, se muestran
                            en la composición del informe y quedan marcadas en un proyecto
  --categorical a,b         estas columnas son categorías (una variable 0/1 por nivel)
  --value-columns a,b       estas columnas son importes monetarios (compras)
  --date-columns a,b        estas columnas son fechas (también números YYYYMMDD)
  --date-order O            month-first (predeterminado) o day-first: fechas con barras
                            cuya columna no muestra el orden
  --date-column C           INPUT es un registro de transacciones (una fila por compra): sus
                            clientes, identificados por --id-column, se agrupan según sus
                            compras, el tiempo desde la última, la antigüedad y el gasto
                            (docs/value.md); con ella:
  --amount-column C         lo que costó cada línea (negativo: una devolución), o
  --price-column C          el precio unitario, con --quantity-column C (las unidades)
  --channel-column C, --category-column C   opcional: proporciones por canal, categorías
  --calibration-end DATE    clientes a fecha de este día (predeterminado: la última fecha)
  --holdout-end DATE        reserva las compras hasta este día para validar
  --today DATE              las fechas posteriores son errores (predeterminado: hoy, UTC)
  --columns a,b,c           agrupa exactamente según estas columnas
  --exclude a,b             excluye estas columnas de las variables sugeridas
  --features SPEC.json      grupos de variables, pesos y transformaciones (docs/feature-spec.md)
  --scale zscore|robust|minmax|none     escalado (predeterminado: zscore; robust: mediana
                            y rango intercuartílico, así los clientes extremos no fijan la escala)
  --outliers T              aparta a los clientes más allá de una puntuación z robusta de T
                            (mediana, MAD) en cualquier variable: segmento -1, sin agrupar
                            (predeterminado: 0 = desactivado; lo habitual es de 5 a 10)
  --impute median|mean|mode|drop        valores faltantes (predeterminado: median)
  --silhouette-sample N     filas para la silueta, 0 = todas (predeterminado: 10000)
  --threads T               hilos de trabajo, 0 = todos los núcleos (predeterminado: 0)
  --out ASSIGN.csv          escribe id,segment,distance por cliente
  --json SUMMARY.json       escribe el resumen (parámetros, métricas, segmentos, tiempos)
  --project P.segscope      agrupa los datos del proyecto en lugar de INPUT (no indique
                            INPUT) y añade la ejecución al proyecto (docs/projects.md)
  --note TEXT               con --project: la nota de la ejecución
  --quiet                   no muestra nada salvo advertencias y errores
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
            <translation>uso: segscope sweep INPUT --json OUT.json [--k-min K] [--k-max K] [opciones]

Agrupa INPUT para cada k desde --k-min hasta --k-max y escribe, para cada k, la
inercia, la silueta y los índices de Davies-Bouldin y Calinski-Harabasz (con
--algorithm gmm también la log-verosimilitud, BIC y AIC), con el k que sugieren
y por qué (docs/cli.md). INPUT, los roles de columna, las variables y las opciones de
agrupación (--algorithm, --seed, --n-init, --max-iter, --tol, --restart-sample,
--covariance, --regularization, --outliers) son como en 'segscope cluster'.

  --k-min K                 k mínimo (predeterminado: 2)
  --k-max K                 k máximo (predeterminado: 12), menor que el número de clientes
  --silhouette-sample N     clientes sobre los que se miden las siluetas, los mismos
                            para cada k (predeterminado: 10000)
  --gap-references B        el estadístico gap para k = 1..--k-max frente a B conjuntos
                            de referencia uniformes (predeterminado: 10; 0 = desactivado)
  --prediction-splits N     fuerza de predicción sobre N divisiones aleatorias en mitades
                            (predeterminado: 5; 0 = desactivado)
  --threads T               hilos de trabajo, 0 = todos los núcleos (predeterminado: 0)
  --json OUT.json           las cifras y la recomendación (obligatorio)
  --quiet                   no muestra nada salvo advertencias y errores
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
            <translation>uso: segscope stability INPUT --k K --json OUT.json [opciones]

Agrupa INPUT en K segmentos y mide hasta qué punto son fiables: el índice de Rand
ajustado medio entre la segmentación y los reajustes con otras semillas, y la
estabilidad bootstrap de cada segmento (Hennig 2007: la similitud de Jaccard media del
segmento con su mejor correspondencia cuando se vuelven a agrupar clientes remuestreados).
Los segmentos por debajo de 0.6 son inestables. INPUT, los roles de columna, las variables
y las opciones de agrupación son como en 'segscope cluster'.

  --k K                     número de segmentos (obligatorio salvo con dbscan, hdbscan)
  --runs N                  reajustes con otras semillas (predeterminado: 5)
  --bootstrap N             remuestreos bootstrap (predeterminado: 20)
  --bootstrap-sample N      clientes por remuestreo (predeterminado: 5000; todos si hay menos)
  --noise X                 reajusta tras añadir a cada valor ruido gaussiano de desviación
                            estándar X (unidades escaladas) (predeterminado: 0.05; 0 = desactivado)
  --noise-runs N            reajustes con ruido, comparados por ARI (predeterminado: 5)
  --prediction-splits N     fuerza de predicción en K sobre N divisiones en mitades, cada mitad
                            con la mitad de cada segmento (predeterminado: 5; 0 = desactivado)
  --threads T               hilos de trabajo, 0 = todos los núcleos (predeterminado: 0)
  --json OUT.json           las cifras por segmento (obligatorio)
  --quiet                   no muestra nada salvo advertencias y errores
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
            <translation>uso: segscope consensus INPUT --k K --json OUT.json [--out AGREEMENT.csv] [opciones]

Agrupa muchas veces clientes remuestreados con varios algoritmos, cuenta con qué
frecuencia cada par de clientes cae en el mismo clúster y divide esos recuentos
en K segmentos mediante enlace promedio (consensus clustering, Monti et al. 2003).
Cada cliente recibe el segmento con el que más coincide y su acuerdo: la proporción
de ejecuciones que lo sitúan con los clientes de su segmento (1: todas coinciden).
INPUT, los roles de columna y las variables son como en 'segscope cluster'.

  --k K                     número de segmentos (obligatorio)
  --algorithms A,B          los algoritmos que votan, cada uno con sus valores predeterminados
                            para K (predeterminado: kmeans,gmm,ward)
  --runs N                  ejecuciones por algoritmo (predeterminado: 10)
  --subsample F             proporción de clientes con la que se ajusta cada ejecución, 0..1
                            (predeterminado: 0.8)
  --resampling M            subsample (predeterminado: sin reemplazo) o
                            bootstrap (con reemplazo)
  --fit-rows N              como máximo N clientes por ejecución (predeterminado: 10000; 0 = sin
                            límite); luego el modelo de cada ejecución asigna a todos los clientes
  --sample M                clientes sobre los que se calcula y se corta la matriz de
                            coasociación (predeterminado: 2000, como máximo 5000)
  --seed S                  semilla aleatoria (predeterminado: 42); misma semilla, mismo resultado
  --threads T               hilos de trabajo, 0 = todos los núcleos (predeterminado: 0)
  --json OUT.json           por segmento, su tamaño y su acuerdo medio; la proporción de
                            clientes por debajo de 0.8 (obligatorio)
  --out AGREEMENT.csv       id,segment,agreement por cliente
  --quiet                   no muestra nada salvo advertencias y errores
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
            <translation>uso: segscope clv TRANSACTIONS --customer-column C --date-column C --amount-column C
                  --calibration-end YYYY-MM-DD --json OUT [opciones]
     segscope clv CUSTOMERS --frequency-column C --recency-column C --tenure-column C
                  --monetary-column C --json OUT [opciones]

Ajusta el modelo BG/NBD de compras repetidas y el modelo Gamma-Gamma del gasto por
compra a un registro de transacciones (CSV o SQLite, una compra por fila) y escribe, para
cada cliente, las compras esperadas, la probabilidad de seguir activo, el gasto esperado y
el valor de vida del cliente (docs/value.md). En su lugar se puede indicar una tabla con una
fila por cliente y su frecuencia, recencia, T y valor monetario.

  --customer-column C       columna de id de cliente
  --date-column C           columna de fecha de compra (ISO, con barras, con puntos o YYYYMMDD)
  --amount-column C         columna de importe; los importes negativos son devoluciones
  --price-column C          en lugar de --amount-column: el precio unitario; el importe de
                            una línea es --quantity-column x precio
  --quantity-column C       opcional: unidades por línea
  --channel-column C        opcional: canal de venta (proporciones por cliente)
  --category-column C       opcional: categoría de producto (amplitud por cliente)
  --calibration-end DATE    último día del período de calibración (YYYY-MM-DD)
  --holdout-end DATE        último día de un período de validación: compras previstas frente a
                            reales en los diagnósticos JSON
  --today DATE              las fechas posteriores son errores en los datos (predeterminado:
                            la fecha de hoy, UTC)
  --drop-duplicates         cuenta una sola vez las líneas iguales en todas las celdas
                            (predeterminado: se conservan y se informa de ellas)
  --frequency-column C, --recency-column C, --tenure-column C, --monetary-column C
                            un resumen de clientes en lugar de un registro (tiempo en --time-unit)
  --time-unit day|week|month   unidad de la recencia, T y el horizonte (predeterminado: week)
  --horizon N               horizonte de previsión en unidades de tiempo (predeterminado: un año:
                            365, 52 o 12)
  --discount X              tasa de descuento por unidad de tiempo (predeterminado: 0)
  --margin X                proporción del gasto que es beneficio, 0..1 (predeterminado: 1)
  --table NAME              tabla o vista de una base de datos SQLite
  --delimiter D             delimitador CSV (predeterminado: detectado)
  --date-order O            fechas con barras month-first (predeterminado) o day-first
  --threads T               hilos de trabajo, 0 = todos los núcleos (predeterminado: 0)
  --json OUT.json           los modelos, totales, diagnósticos y problemas de datos (obligatorio)
  --out CUSTOMERS.csv       por cliente: id, frequency, recency, T, monetary,
                            expected_purchases, p_alive, expected_spend, clv
  --charts CHECKS.pdf       las comprobaciones del modelo como gráficos: clientes por compras
                            repetidas, contados y esperados, y con un período de validación,
                            sus compras realizadas y previstas
  --quiet                   no muestra nada salvo advertencias y errores
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
            <translation>uso: segscope embed INPUT --out EMB.csv [opciones]

Representa los clientes de INPUT en dos dimensiones (el mapa de segmentos) y escribe
id,x,y por cliente. INPUT, los roles de columna y las variables se leen y se
preparan exactamente como en 'segscope cluster' (consulte su ayuda para --table, --delimiter,
--id-column, --label-column, --role, --categorical, --value-columns,
--date-columns, --date-order, --columns, --exclude, --features, --scale, --impute).

  --method umap|pca         UMAP (predeterminado: conserva los vecinos de cada cliente) o
                            los dos primeros componentes principales
  --neighbors N             tamaño de la vecindad de UMAP, de 2 a filas - 1 (predeterminado: 15)
  --min-dist X              cuánto agrupa UMAP los puntos, de 0 a --spread (predeterminado: 0.1)
  --spread X                escala del mapa UMAP (predeterminado: 1)
  --metric M                euclidean (predeterminado), manhattan o cosine
  --fit-sample N            ajusta UMAP con N clientes elegidos al azar y sitúa a los
                            demás en su mapa (predeterminado: 100000)
  --epochs N                épocas de optimización de UMAP, 0 = según el tamaño (predeterminado:
                            500 hasta 10000 clientes ajustados; si no, 200)
  --seed S                  semilla aleatoria (predeterminado: 42); misma semilla, mismo mapa
  --threads T               hilos de trabajo, 0 = todos los núcleos (predeterminado: 0); el mapa
                            no depende de ello
  --out EMB.csv             escribe id,x,y por cliente (obligatorio)
  --json SUMMARY.json       escribe el resumen (parámetros, inicio usado, tiempos)
  --quality N               añade al resumen la fiabilidad (trustworthiness, 15 vecinos) sobre
                            N clientes elegidos al azar (N &gt; 30)
  --quiet                   no muestra nada salvo advertencias y errores
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
            <translation>uso: segscope report INPUT --k K [opciones de agrupación y de valor] --pdf OUT.pdf
              [--page-size A4|Letter] [--xlsx OUT.xlsx] [--segments-csv F]
              [--personas-csv F] [--customers-csv F]
     segscope report --project P.segscope [--run N] [opciones de valor] --pdf OUT.pdf ...

Con --project: la ejecución N del proyecto (predeterminada: la ejecución actual) tal como
se hizo, con los nombres de segmento y la campaña registrada para ella (segscope lift), sin
volver a agrupar.

Agrupa INPUT como lo hace 'segscope cluster' (mismas opciones de lectura, roles, variables y
agrupación: --table, --delimiter, --id-column, --label-column, --role,
--categorical, --value-columns, --date-columns, --date-order, --columns, --exclude,
--features, --scale, --impute, --algorithm, --seed, --n-init, --max-iter, --tol,
--restart-sample, --outliers, --silhouette-sample, --threads), valora a los clientes
como lo hace 'segscope clv' con un resumen de clientes, redacta una buyer persona por
segmento y escribe el informe de buyer personas (docs/personas.md). No necesita pantalla.
Al menos una salida; se escriben todas juntas o ninguna.

  --k K                     número de segmentos, de 1 a 30 (obligatorio)
  --frequency-column C, --recency-column C, --tenure-column C [--monetary-column C]
                            las columnas del modelo de valor (predeterminado: se buscan por
                            nombre, como frequency, recency, T, monetary_value)
  --time-unit day|week|month   unidad de la recencia, T y el horizonte (predeterminado: week)
  --horizon N               horizonte de previsión en unidades de tiempo (predeterminado: un año)
  --discount X              tasa de descuento por unidad de tiempo (predeterminado: 0)
  --margin X                proporción del gasto que es beneficio, 0..1 (predeterminado: 1)
  --map pca|umap            el mapa de la vista general (predeterminado: pca; umap como en el
                            explorador, unos 90 s por cada 100000 clientes)
  --sweep-max K             silueta e inercia para k = 2..K en la página de métodos
                            (predeterminado: 10; 0 = ninguno)
  --stability-runs N        reajustes con otras semillas comparados por ARI (predeterminado: 2)
  --pdf OUT.pdf             el informe de buyer personas
  --page-size A4|Letter     el tamaño de página del informe (predeterminado: A4)
  --locale NAME             números y fechas como en NAME, p. ej. de_DE (predeterminado:
                            el del sistema)
  --title TEXT              el título del informe
  --min-segment-size N      se suprimen los segmentos con menos clientes: sin cifras,
                            buyer persona ni composición (predeterminado: 10; 0 = ninguno)
  --xlsx OUT.xlsx           libro: Segments, Personas, Customers, About
  --segments-csv F          la tabla de segmentos con intervalos del 95%
  --personas-csv F          las buyer personas: etiqueta, descripción, canales, notas
  --customers-csv F         el segmento y el valor de vida de cada cliente
  --quiet                   no muestra nada salvo advertencias y errores
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
            <translation>uso: segscope project create INPUT --out P.segscope [--hash-ids] [opciones de cluster]
     segscope project info P.segscope [--json]
     segscope project runs P.segscope [--json]
     segscope project compare P.segscope RUN_A RUN_B [--json OUT.json]

Un proyecto (docs/projects.md) guarda en un solo archivo los clientes importados, cada
ejecución con su modelo ajustado, los nombres de segmento y la vista del explorador; el
archivo se abre sin los datos de origen.

  create      lee INPUT como lo hace 'cluster' (mismas opciones de lectura y de roles) y
              escribe el proyecto; con --k también añade la primera ejecución. Las columnas
              con el rol personal se registran, pero no se almacenan.
    --hash-ids      sustituye los valores de --id-column por hashes con sal
    --note TEXT     la nota de la primera ejecución
  info        versión de formato, origen, huella digital, privacidad, columnas y recuentos
  runs        todas las ejecuciones: parámetros, métricas, nota; * marca la actual;
              'igual a' indica una ejecución anterior con los mismos datos, especificación,
              opciones y semilla (! cuando sus asignaciones difieren)
  --json      muestra JSON en lugar de texto
  compare     dónde están en la ejecución B los clientes de los segmentos de la ejecución A:
              la tabla de recuentos y proporciones, el índice de Rand ajustado y qué segmentos
              se mantuvieron, se dividieron, se fusionaron, desaparecieron o son nuevos (una
              parte cuenta a partir del 20% de un segmento); sobre los clientes que ambas
              ejecuciones asignan a un segmento
    --json OUT.json  también escribe la comparación como JSON

Añada ejecuciones con 'segscope cluster --project P.segscope --k K'. Un proyecto ilegible,
dañado o más reciente termina con el código de salida 4.
</translation>
        </message>
        <message>
            <source>usage: segscope export P.segscope --out ASSIGN.csv [--run N] [--no-record]

Writes the assignments of run N (default: the current run) as 'cluster --out'
does: id,segment,distance per customer, ids as stored (hashed when the project
hashes them). See 'segscope project runs' for the run numbers. Each export is
recorded in the project for audit (--no-record leaves it untouched).
</source>
            <translation>uso: segscope export P.segscope --out ASSIGN.csv [--run N] [--no-record]

Escribe las asignaciones de la ejecución N (predeterminada: la ejecución actual) como lo
hace 'cluster --out': id,segment,distance por cliente, con los ids tal como están
almacenados (con hash cuando el proyecto los guarda con hash). Consulte
'segscope project runs' para ver los números de ejecución. Cada exportación se registra en
el proyecto para auditoría (--no-record lo deja intacto).
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
            <translation>uso: segscope score P.segscope NEW.csv|NEW.db --out SCORES.csv|SCORES.jsonl [--run N]
                    [--json SUMMARY.json] [--format csv|jsonl] [--id-column C]
                    [--table T] [--delimiter D] [--date-order O] [--psi-threshold X]
                    [--share-threshold X] [--fail-on-drift] [--no-record] [--threads T]
                    [--quiet]

Asigna nuevos clientes a los segmentos de la ejecución N (predeterminada: la ejecución
actual) con las transformaciones y el modelo propios de la ejecución, leyendo el archivo
por bloques. Cada cliente recibe su id, segmento y nombre, la distancia al centro del
segmento, el margen hasta el siguiente centro, una confianza (0..1) y un indicador de
anomalía con su motivo: más alejado que 99 de cada 100 clientes del segmento, un nivel que
la ejecución nunca vio, un valor fuera del rango de la ejecución. El resumen compara la
proporción de cada segmento con su proporción en la ejecución. El archivo debe tener las
columnas de la ejecución (un error indica las que falten); la columna de id es la del
proyecto, salvo que --id-column indique otra. Deriva: el índice de estabilidad poblacional
(PSI) de cada columna y la proporción de cada segmento frente a las de la ejecución; se
recomienda reentrenar por encima de --psi-threshold (0.25) o --share-threshold (0.05), y
entonces --fail-on-drift termina con el código de salida 5. El resumen de cada lote se
registra en el proyecto (--no-record lo deja intacto). Consulte docs/cli.md.
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
            <translation>uso: segscope export-sql P.segscope --dialect sqlite|postgresql|spark|bigquery --table NAME
                         [--id-column C] [--run N] [--out QUERY.sql] [--no-record]

Escribe una consulta SQL que asigna los clientes de la tabla NAME a los segmentos de la
ejecución N (predeterminada: la ejecución actual) dentro del almacén de datos: los valores
de imputación, las transformaciones, el escalado y los pesos de la ejecución, y después el
centro más cercano (o el componente más probable de la mezcla). Devuelve lo mismo que
escribe 'segscope score': id, segment, segment_name, distance, margin, confidence y
anomaly (0/1). NAME puede ser schema.table; cada parte se pone entre comillas, así que
escríbala como lo hace el almacén de datos. La columna de id es la del proyecto, salvo que
--id-column indique otra. Las ejecuciones de densidad (DBSCAN, HDBSCAN) no se pueden
escribir como una sola consulta. La consulta va a la salida estándar, salvo que --out
indique un archivo. Cada consulta escrita se registra en el proyecto para auditoría
(--no-record lo deja intacto). Consulte docs/scoring-sql.md.
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
            <translation>uso: segscope serve P.segscope [--port N] [--bind ADDRESS] [--run N] [--threads T]
                    [--max-batch N] [--max-body-mb M] [--quiet]

Asigna clientes por HTTP a los segmentos de la ejecución N (predeterminada: la ejecución
actual): POST /score con {"customers": [{"column": value, ...}, ...]} responde con el
segmento, la distancia, la confianza y el indicador de anomalía de cada cliente, como lo
hace segscope score. GET /health informa de la versión del modelo; GET /model, de las
columnas y los segmentos. De forma predeterminada escucha en 127.0.0.1, puerto 8750
(puerto 0: cualquier puerto libre; la línea en la salida estándar indica cuál). Las
solicitudes mal formadas, demasiado grandes (más de N clientes, predeterminado 10000, o de
M MB, predeterminado 16) o con un esquema incorrecto reciben un 4xx con un mensaje JSON.
SIGHUP recarga el proyecto (a partir de entonces se sirve la nueva ejecución actual);
SIGTERM y SIGINT lo detienen. T hilos de solicitudes (predeterminado: 4 por núcleo, al
menos 8). Consulte docs/scoring-service.md.
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
            <translation>uso: segscope retrain P.segscope NEW.csv --out NEXT.segscope [--run N] [--if-drift]
                      [--fallback] [--silhouette-tolerance X] [--min-stability X]
                      [--min-segment-share X] [--psi-threshold X] [--share-threshold X]
                      [--json SUMMARY.json] [--no-record] [--quiet]

Reajusta la ejecución N (predeterminada: la ejecución actual) con los clientes de NEW, con
la misma especificación y las mismas opciones, y evalúa el reajuste frente a la ejecución
sobre esos mismos clientes. El reajuste sustituye a la ejecución cuando su silueta es como
máximo X inferior a la de la ejecución (predeterminado: 0.02), sus segmentos se mantienen
con otras semillas (estabilidad de al menos 0.8) y ninguno contiene menos del 2% de los
clientes. Entonces se escribe NEXT: un proyecto con los clientes de NEW cuya ejecución
continúa la numeración, con los nombres de segmento, las buyer personas y las notas
trasladados a los segmentos que los continúan (emparejados por clientes compartidos); se
muestra y se registra qué segmentos se mantuvieron, se dividieron, se fusionaron, se
retiraron o aparecieron. En caso contrario, la ejecución se mantiene y NEXT no se escribe;
--fallback prueba antes k-means con sus valores predeterminados bajo las mismas reglas.
--if-drift solo reentrena cuando NEW presenta deriva respecto a la ejecución (según el
criterio de segscope score). El proyecto registra cada reentrenamiento (--no-record lo
deja intacto).
Código de salida 0 cuando se escribió NEXT, 6 cuando la ejecución se mantiene. Consulte
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
            <translation>uso: segscope demo-data --out FILE.csv [--rows N] [--seed S] [--threads T] [--clv-inputs]

Escribe la base de clientes sintética de demostración (docs/demo-data.md): N clientes
(predeterminado: 50000) a partir de la semilla S (predeterminado: 7), con el segmento
generador en la columna true_segment.
--clv-inputs añade las entradas del valor de vida del cliente frequency, recency, T y
monetary_value (en semanas), para segscope clv; asígneles --role NAME=ignored al agrupar
el archivo.
</translation>
        </message>
        <message>
            <source>usage: segscope help [COMMAND]
</source>
            <translation>uso: segscope help [COMMAND]
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
            <translation>uso: segscope COMMAND [opciones]

Comandos:
  cluster     agrupa los clientes en segmentos
  sweep       calidad del ajuste para un rango de k, y el k que sugiere
  stability   hasta qué punto una segmentación se mantiene con otras semillas y remuestreos
  consensus   segmentos en los que coinciden muchas agrupaciones; el acuerdo de cada cliente
  clv         ajusta modelos de compras y de gasto; valor de vida del cliente
  embed       representa los clientes en 2-D (UMAP o PCA)
  report      el informe de buyer personas (PDF), el libro (XLSX) y las tablas CSV
  demo-data   escribe la base de clientes sintética de demostración
  project     crea un archivo de proyecto, muestra su contenido y ejecuciones, compara ejecuciones
  export      escribe las asignaciones de una ejecución de un proyecto
  score       asigna nuevos clientes a los segmentos de un proyecto (scoring), marca anomalías
  export-sql  la consulta SQL que asigna una tabla del almacén a los segmentos de un proyecto
  lift        el uplift (incremento) de una campaña en conversión e ingresos, por segmento
  retrain     reajusta una ejecución con nuevos clientes; la conserva solo si es mejor
  serve       asigna clientes por HTTP (JSON)
  help        muestra la ayuda de un comando

Opciones:
  --version   muestra la versión
  --help      muestra esta ayuda

Códigos de salida: 0 correcto, 2 error de uso, 3 datos de entrada no válidos, 4 error de E/S,
5 deriva (score --fail-on-drift), 6 se mantiene el modelo actual (retrain).
Consulte 'segscope help COMMAND' para ver las opciones de un comando.
</translation>
        </message>
        <message>
            <source>segscope: unknown command '%1'
</source>
            <translation>segscope: comando desconocido '%1'
</translation>
        </message>
        <message>
            <source>--delimiter must be one character such as , ; | or the word tab or space (not a quote or a line break), not '%1'</source>
            <translation>--delimiter debe ser un solo carácter, como , ; | o la palabra tab o space (ni comillas ni un salto de línea), no '%1'</translation>
        </message>
        <message>
            <source>--date-order must be month-first (3/31/2024) or day-first (31/3/2024), not '%1'</source>
            <translation>--date-order debe ser month-first (3/31/2024) o day-first (31/3/2024), no '%1'</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, such as 1997-09-30, not '%2'</source>
            <translation>--%1 debe ser una fecha con formato YYYY-MM-DD, como 1997-09-30, no '%2'</translation>
        </message>
        <message>
            <source>--table %1 reads a table of an SQLite database, but %2 is not one (it does not start with the SQLite header); leave out --table to read it as CSV</source>
            <translation>--table %1 lee una tabla de una base de datos SQLite, pero %2 no lo es (no empieza con la cabecera de SQLite); omita --table para leerlo como CSV</translation>
        </message>
        <message>
            <source>%1 (with --table NAME)</source>
            <translation>%1 (con --table NAME)</translation>
        </message>
        <message>
            <source>a transaction log needs either --amount-column (what each line cost) or --price-column with --quantity-column (the unit price and the units)</source>
            <translation>un registro de transacciones necesita --amount-column (lo que costó cada línea) o bien --price-column con --quantity-column (el precio unitario y las unidades)</translation>
        </message>
        <message>
            <source>--price-column needs --quantity-column: a line's amount is quantity x unit price</source>
            <translation>--price-column necesita --quantity-column: el importe de una línea es cantidad x precio unitario</translation>
        </message>
        <message>
            <source>--%1 %2: %3 has no such column</source>
            <translation>--%1 %2: %3 no tiene esa columna</translation>
        </message>
        <message>
            <source>Holm's method</source>
            <translation>método de Holm</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg</source>
            <translation>Benjamini-Hochberg</translation>
        </message>
        <message>
            <source>nothing (no correction)</source>
            <translation>ninguno (sin corrección)</translation>
        </message>
        <message>
            <source>all</source>
            <translation>todos</translation>
        </message>
        <message>
            <source>
Conversion: treated against control; difference in points with its %1% interval (Newcombe); p-values adjusted by %2
</source>
            <translation>
Conversión: grupo de prueba frente a grupo de control; diferencia en puntos con su intervalo del %1% (Newcombe); ajuste de los valores p: %2
</translation>
        </message>
        <message>
            <source>segment                    treated  control  treated  control  difference [interval]        lift     p adj.
</source>
            <translation>segmento                    prueba  control   prueba  control  diferencia [intervalo]       uplift   p ajust.
</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>no comparado</translation>
        </message>
        <message>
            <source>
Revenue per customer: treated against control; difference with its %1% bootstrap interval; p-values (Welch) adjusted by %2
</source>
            <translation>
Ingresos por cliente: grupo de prueba frente a grupo de control; diferencia con su intervalo bootstrap del %1%; ajuste de los valores p (Welch): %2
</translation>
        </message>
        <message>
            <source>segment                    treated  control  difference [interval]            lift     p adj.
</source>
            <translation>segmento                    prueba  control  diferencia [intervalo]           uplift   p ajust.
</translation>
        </message>
        <message>
            <source>lift needs the project and the campaign: segscope lift P.segscope CAMPAIGN.csv</source>
            <translation>lift necesita el proyecto y la campaña: segscope lift P.segscope CAMPAIGN.csv</translation>
        </message>
        <message>
            <source>--correction %1: the corrections are holm (family-wise error), bh (false discovery rate) and none</source>
            <translation>--correction %1: las correcciones son holm (error por familia de pruebas), bh (tasa de falsos descubrimientos) y none</translation>
        </message>
        <message>
            <source>the campaign</source>
            <translation>la campaña</translation>
        </message>
        <message>
            <source>%1 has no column '%2' (the customer id): name it with --id-column</source>
            <translation>%1 no tiene ninguna columna '%2' (el id de cliente): indíquela con --id-column</translation>
        </message>
        <message>
            <source>%1: which column holds the arm (treatment or control)? None is called %2: name it with --arm-column</source>
            <translation>%1: ¿qué columna contiene el grupo (prueba o control)? Ninguna se llama %2: indíquela con --arm-column</translation>
        </message>
        <message>
            <source>%1 has neither a conversion column (%2) nor a revenue column (%3): name one with --conversion-column or --revenue-column</source>
            <translation>%1 no tiene ni una columna de conversión (%2) ni una columna de ingresos (%3): indique una con --conversion-column o --revenue-column</translation>
        </message>
        <message>
            <source>warning: segment %1: %2
</source>
            <translation>advertencia: segmento %1: %2
</translation>
        </message>
        <message>
            <source>unknown command '%1'</source>
            <translation>comando desconocido '%1'</translation>
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
            <translation>Ejecute 'segscope help' para ver el uso.
</translation>
        </message>
        <message>
            <source>segscope: error: %1
</source>
            <translation>segscope: error: %1
</translation>
        </message>
        <message>
            <source>segscope: cancelled
</source>
            <translation>segscope: cancelado
</translation>
        </message>
        <message>
            <source>segscope: out of memory
</source>
            <translation>segscope: memoria insuficiente
</translation>
        </message>
        <message>
            <source>segscope: internal error: %1
</source>
            <translation>segscope: error interno: %1
</translation>
        </message>
        <message>
            <source>--k-max %1 is below --k-min %2</source>
            <translation>--k-max %1 es menor que --k-min %2</translation>
        </message>
        <message>
            <source>sweep varies k, and %1 finds the number of segments itself: use cluster or stability</source>
            <translation>sweep varía k, y %1 determina por sí mismo el número de segmentos: use cluster o stability</translation>
        </message>
        <message>
            <source>--k-max %1 needs more customers than that; %2 has %3</source>
            <translation>--k-max %1 necesita más clientes que ese valor; %2 tiene %3</translation>
        </message>
        <message>
            <source>prediction strength needs twice --k-max customers; not measured</source>
            <translation>la fuerza de predicción necesita el doble de clientes que --k-max; no se ha medido</translation>
        </message>
        <message>
            <source>Gap statistic: k = 1, the customers are no more grouped than uniform data.</source>
            <translation>Estadístico gap: k = 1, los clientes no están más agrupados que unos datos uniformes.</translation>
        </message>
        <message>
            <source>Gap statistic: k = %1, the smallest k that k + 1 does not improve on.</source>
            <translation>Estadístico gap: k = %1, el menor k que k + 1 no mejora.</translation>
        </message>
        <message>
            <source>Gap statistic: the gap still grows at k = %1; more segments may be warranted.</source>
            <translation>Estadístico gap: el gap sigue creciendo en k = %1; puede que se justifiquen más segmentos.</translation>
        </message>
        <message>
            <source>Prediction strength: k = %1 is the largest k whose segments, found on half of the customers, predict which customers belong together in the other half (0.8 or more).</source>
            <translation>Fuerza de predicción: k = %1 es el mayor k cuyos segmentos, hallados en una mitad de los clientes, predicen qué clientes van juntos en la otra mitad (0.8 o más).</translation>
        </message>
        <message>
            <source>Prediction strength: no k from %1 to %2 reaches 0.8; its segments do not reproduce across halves of the customers.</source>
            <translation>Fuerza de predicción: ningún k de %1 a %2 alcanza 0.8; sus segmentos no se reproducen entre mitades de los clientes.</translation>
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
            <translation>inercia</translation>
        </message>
        <message>
            <source>silhouette</source>
            <translation>silueta</translation>
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
            <translation>PS</translation>
        </message>
        <message>
            <source>stability needs --k, the number of segments</source>
            <translation>stability necesita --k, el número de segmentos</translation>
        </message>
        <message>
            <source>prediction strength %1 is below 0.8: %2 segments found on half of the customers do not reliably reproduce on the other half</source>
            <translation>la fuerza de predicción %1 es inferior a 0.8: %2 segmentos hallados en una mitad de los clientes no se reproducen de forma fiable en la otra mitad</translation>
        </message>
        <message>
            <source>prediction strength (half predicts half, %1 splits): %2
</source>
            <translation>fuerza de predicción (una mitad predice la otra, %1 divisiones): %2
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
            <translation>  inestable</translation>
        </message>
        <message>
            <source>%1 needs exactly one project file (P.segscope)</source>
            <translation>%1 necesita exactamente un archivo de proyecto (P.segscope)</translation>
        </message>
        <message>
            <source>project      %1 (format version %2, saved by SegmentScope %3 at %4)
</source>
            <translation>proyecto     %1 (versión de formato %2, guardado por SegmentScope %3 el %4)
</translation>
        </message>
        <message>
            <source>source       %1 (imported %2)
</source>
            <translation>origen       %1 (importado el %2)
</translation>
        </message>
        <message>
            <source>customers    %1, fingerprint %2
</source>
            <translation>clientes     %1, huella digital %2
</translation>
        </message>
        <message>
            <source>ids          no id column
</source>
            <translation>ids          sin columna de id
</translation>
        </message>
        <message>
            <source>ids          column '%1'%2
</source>
            <translation>ids          columna '%1'%2
</translation>
        </message>
        <message>
            <source>, replaced by salted hashes</source>
            <translation>, sustituidos por hashes con sal</translation>
        </message>
        <message>
            <source>columns      %1 (%2 stored)
</source>
            <translation>columnas     %1 (%2 almacenadas)
</translation>
        </message>
        <message>
            <source>personal data, not stored</source>
            <translation>datos personales, no almacenados</translation>
        </message>
        <message>
            <source>runs         %1, current %2
</source>
            <translation>ejecuciones  %1, actual %2
</translation>
        </message>
        <message>
            <source>names        %1 segment names, %2 view settings, %3 documents
</source>
            <translation>nombres      %1 nombres de segmento, %2 ajustes de vista, %3 documentos
</translation>
        </message>
        <message>
            <source>  run  created               algorithm   k        seed  silhouette  same as  note
</source>
            <translation> ejec.  creada               algoritmo   k     semilla     silueta  igual a  nota
</translation>
        </message>
        <message>
            <source>(no runs: add one with segscope cluster --project %1 --k K)
</source>
            <translation>(no hay ejecuciones: añada una con segscope cluster --project %1 --k K)
</translation>
        </message>
        <message>
            <source>same as: an earlier run with the same data, spec, options and seed (! when its assignments differ)
</source>
            <translation>igual a: una ejecución anterior con los mismos datos, especificación, opciones y semilla (! cuando sus asignaciones difieren)
</translation>
        </message>
        <message>
            <source>--run %1: the project has no such run; its runs are %2</source>
            <translation>--run %1: el proyecto no tiene esa ejecución; sus ejecuciones son: %2</translation>
        </message>
        <message>
            <source>project needs a subcommand: create, info, runs or compare</source>
            <translation>project necesita un subcomando: create, info, runs o compare</translation>
        </message>
        <message>
            <source>unknown project subcommand '%1'; the subcommands are create, info, runs and compare</source>
            <translation>subcomando de project desconocido '%1'; los subcomandos son create, info, runs y compare</translation>
        </message>
        <message>
            <source>export needs --out, the assignments file to write (ASSIGN.csv)</source>
            <translation>export necesita --out, el archivo de asignaciones que se va a escribir (ASSIGN.csv)</translation>
        </message>
        <message>
            <source>report is not available: this segscope was built without the GUI libraries (SEG_BUILD_GUI=OFF)</source>
            <translation>report no está disponible: este segscope se compiló sin las bibliotecas de la interfaz gráfica (SEG_BUILD_GUI=OFF)</translation>
        </message>
        <message>
            <source>report --project takes no INPUT: the project holds the customers</source>
            <translation>report --project no admite INPUT: el proyecto contiene los clientes</translation>
        </message>
        <message>
            <source>--%1: report --project reports a run as it was made; reading and feature options belong to the run</source>
            <translation>--%1: report --project presenta una ejecución tal como se hizo; las opciones de lectura y de variables pertenecen a la ejecución</translation>
        </message>
        <message>
            <source>--%1: report --project reports a run as it was made; its clustering options are the run's</source>
            <translation>--%1: report --project presenta una ejecución tal como se hizo; sus opciones de agrupación son las de la ejecución</translation>
        </message>
        <message>
            <source>--k: report --project reports a run as it was made, with its number of segments</source>
            <translation>--k: report --project presenta una ejecución tal como se hizo, con su número de segmentos</translation>
        </message>
        <message>
            <source>--run needs --project</source>
            <translation>--run necesita --project</translation>
        </message>
        <message>
            <source>report needs exactly one INPUT file (CSV or SQLite) of customers, or --project P.segscope</source>
            <translation>report necesita exactamente un archivo INPUT (CSV o SQLite) de clientes, o --project P.segscope</translation>
        </message>
        <message>
            <source>report needs --k, the number of segments</source>
            <translation>report necesita --k, el número de segmentos</translation>
        </message>
        <message>
            <source>report needs an output: --pdf OUT.pdf, --xlsx OUT.xlsx, --segments-csv, --personas-csv or --customers-csv</source>
            <translation>report necesita una salida: --pdf OUT.pdf, --xlsx OUT.xlsx, --segments-csv, --personas-csv o --customers-csv</translation>
        </message>
        <message>
            <source>--page-size applies to --pdf</source>
            <translation>--page-size se aplica a --pdf</translation>
        </message>
        <message>
            <source>--algorithm %1: the report is made for a chosen number of segments; use kmeans, gmm or ward</source>
            <translation>--algorithm %1: el informe se hace para un número de segmentos elegido; use kmeans, gmm o ward</translation>
        </message>
        <message>
            <source>--k %1: a report has at most 30 segments (one page each)</source>
            <translation>--k %1: un informe tiene como máximo 30 segmentos (una página cada uno)</translation>
        </message>
        <message>
            <source>--map must be pca or umap, not '%1'</source>
            <translation>--map debe ser pca o umap, no '%1'</translation>
        </message>
        <message>
            <source>the value model's columns need --frequency-column, --recency-column and --tenure-column together (--%1 is missing)</source>
            <translation>las columnas del modelo de valor necesitan --frequency-column, --recency-column y --tenure-column juntas (falta --%1)</translation>
        </message>
        <message>
            <source>--page-size must be A4 or Letter, not '%1'</source>
            <translation>--page-size debe ser A4 o Letter, no '%1'</translation>
        </message>
        <message>
            <source>--locale: '%1' is not a locale Qt knows (such as en_US, de_DE or fr_FR)</source>
            <translation>--locale: '%1' no es una configuración regional que Qt conozca (como en_US, de_DE o fr_FR)</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>entrada estándar</translation>
        </message>
        <message>
            <source>%1 customers, k = %2: analysis %3 s, writing %4 s
</source>
            <translation>%1 clientes, k = %2: análisis %3 s, escritura %4 s
</translation>
        </message>
        <message>
            <source>%1: %2 pages
</source>
            <translation>%1: %2 páginas
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
            <translation>retrain necesita el proyecto y los nuevos clientes: segscope retrain P.segscope NEW.csv --out NEXT.segscope</translation>
        </message>
        <message>
            <source>retrain needs --out, the project to write with the retrained run (the current project stays as it is)</source>
            <translation>retrain necesita --out, el proyecto que se va a escribir con la ejecución reentrenada (el proyecto actual se queda como está)</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>cumple</translation>
        </message>
        <message>
            <source>The refit replaces run %1: %2 holds it as run %3.
</source>
            <translation>El reajuste sustituye a la ejecución %1: %2 lo contiene como ejecución %3.
</translation>
        </message>
        <message>
            <source>The refit failed the rules; the default segmentation replaces run %1: %2 holds it as run %3.
</source>
            <translation>El reajuste no cumplió las reglas; la segmentación predeterminada sustituye a la ejecución %1: %2 la contiene como ejecución %3.
</translation>
        </message>
        <message>
            <source>Run %1 stays: no candidate passed the rules. Nothing was written to %2.
</source>
            <translation>La ejecución %1 se mantiene: ningún candidato cumplió las reglas. No se escribió nada en %2.
</translation>
        </message>
        <message>
            <source>--format %1: the formats are csv and jsonl (JSON lines)</source>
            <translation>--format %1: los formatos son csv y jsonl (líneas JSON)</translation>
        </message>
        <message>
            <source>score needs the project and the customers to score: segscope score P.segscope NEW.csv --out SCORES.csv</source>
            <translation>score necesita el proyecto y los clientes que se van a asignar: segscope score P.segscope NEW.csv --out SCORES.csv</translation>
        </message>
        <message>
            <source>score needs --out, the file of scores to write (SCORES.csv, or .jsonl for JSON lines)</source>
            <translation>score necesita --out, el archivo de asignaciones (scoring) que se va a escribir (SCORES.csv, o .jsonl para líneas JSON)</translation>
        </message>
        <message>
            <source>--id-column %1: %2 has no such column</source>
            <translation>--id-column %1: %2 no tiene esa columna</translation>
        </message>
        <message>
            <source>drift: %1
</source>
            <translation>deriva: %1
</translation>
        </message>
        <message>
            <source>segment   customers   share   in the run  name
</source>
            <translation>segmento   clientes   prop.  en la ejec.  nombre
</translation>
        </message>
        <message>
            <source>in no segment: %1
</source>
            <translation>en ningún segmento: %1
</translation>
        </message>
        <message>
            <source>retraining recommended: the drift lines on standard error say why
</source>
            <translation>se recomienda reentrenar: las líneas de deriva en la salida de error estándar indican por qué
</translation>
        </message>
        <message>
            <source>%1 customers, fewer than %2% of all %3: probably outliers rather than a segment to market to</source>
            <translation>%1 clientes, menos del %2% del total de %3: probablemente valores atípicos más que un segmento al que dirigir acciones de marketing</translation>
        </message>
        <message>
            <source>serve needs one project: segscope serve P.segscope [--port N] [--bind 127.0.0.1]</source>
            <translation>serve necesita un proyecto: segscope serve P.segscope [--port N] [--bind 127.0.0.1]</translation>
        </message>
        <message>
            <source>warning: serving on %1 without authentication: anyone who reaches this address can score customers and read the model's columns
</source>
            <translation>advertencia: sirviendo en %1 sin autenticación: cualquiera que acceda a esta dirección puede asignar clientes y leer las columnas del modelo
</translation>
        </message>
        <message>
            <source>serving run %1 of %2 (model version %3) on http://%4:%5
</source>
            <translation>sirviendo la ejecución %1 de %2 (versión del modelo %3) en http://%4:%5
</translation>
        </message>
        <message>
            <source>reloaded %1: model version %2
</source>
            <translation>%1 recargado: versión del modelo %2
</translation>
        </message>
        <message>
            <source>reload failed, still serving model version %1: %2
</source>
            <translation>la recarga falló; se sigue sirviendo la versión del modelo %1: %2
</translation>
        </message>
        <message>
            <source>--outliers needs every customer in memory; --algorithm minibatch reads the file in chunks: leave out --outliers, or use --algorithm kmeans</source>
            <translation>--outliers necesita todos los clientes en memoria; --algorithm minibatch lee el archivo por bloques: omita --outliers o use --algorithm kmeans</translation>
        </message>
        <message>
            <source>--impute drop leaves customers out, which a file read in chunks cannot do before clustering; use --impute median or mean with --algorithm minibatch</source>
            <translation>--impute drop excluye clientes, algo que no se puede hacer antes de agrupar con un archivo leído por bloques; use --impute median o mean con --algorithm minibatch</translation>
        </message>
        <message>
            <source>on the sample: silhouette %1, Davies–Bouldin %2, Calinski–Harabasz %3</source>
            <translation>en la muestra: silueta %1, Davies–Bouldin %2, Calinski–Harabasz %3</translation>
        </message>
        <message>
            <source>%1 needs exactly one INPUT file (CSV or SQLite)</source>
            <translation>%1 necesita exactamente un archivo INPUT (CSV o SQLite)</translation>
        </message>
        <message>
            <source>%1 needs --json, the summary to write</source>
            <translation>%1 necesita --json, el resumen que se va a escribir</translation>
        </message>
        <message>
            <source>the runs differ in the feature spec</source>
            <translation>las ejecuciones difieren en la especificación</translation>
        </message>
        <message>
            <source>the runs differ in the clustering options</source>
            <translation>las ejecuciones difieren en las opciones de agrupamiento</translation>
        </message>
        <message>
            <source>the runs differ in the outlier rule</source>
            <translation>las ejecuciones difieren en la regla de valores atípicos</translation>
        </message>
        <message>
            <source>the column '%1' (--%2) does not exist; the columns are: %3</source>
            <translation>la columna '%1' (--%2) no existe; las columnas son: %3</translation>
        </message>
        <message>
            <source>over %1 day(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>en %1 día(s): %2 compras esperadas, gasto %3, CLV %4 (media de %5 por cliente)
</translation>
        </message>
        <message>
            <source>over %1 week(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>en %1 semana(s): %2 compras esperadas, gasto %3, CLV %4 (media de %5 por cliente)
</translation>
        </message>
        <message>
            <source>over %1 month(s): %2 purchases expected, spend %3, CLV %4 (mean %5 per customer)
</source>
            <translation>en %1 mes(es): %2 compras esperadas, gasto %3, CLV %4 (media de %5 por cliente)
</translation>
        </message>
        <message>
            <source>feature spec key 'groups[%1].columns[%2]': the column '%3' is not in standard input; the columns are: %4</source>
            <translation>clave 'groups[%1].columns[%2]' de la especificación: la columna '%3' no está en la entrada estándar; las columnas son: %4</translation>
        </message>
        <message>
            <source>feature spec key 'groups[%1].columns[%2]': the column '%3' is not in %4; the columns are: %5</source>
            <translation>clave 'groups[%1].columns[%2]' de la especificación: la columna '%3' no está en %4; las columnas son: %5</translation>
        </message>
        <message>
            <source>the label column '%1' (--label-column) does not exist; the columns are: %2</source>
            <translation>la columna de etiquetas '%1' (--label-column) no existe; las columnas son: %2</translation>
        </message>
        <message>
            <source>no column named '%1'; the header was read as the single column '%2': if the file uses a delimiter other than ',', ';', tab or '|', give it with --delimiter</source>
            <translation>no hay ninguna columna llamada '%1'; la cabecera se leyó como la única columna '%2': si el archivo usa un delimitador distinto de ',', ';', el tabulador o '|', indíquelo con --delimiter</translation>
        </message>
        <message>
            <source>%1; to read it as customers, give --id-column %2 with the log's --date-column and --amount-column (or --price-column and --quantity-column) (docs/data-import.md, "Transaction logs"); if each row really is one customer, say that no column is the key with --id-column ''</source>
            <translation>%1; para leer los datos como clientes, indique --id-column %2 con las opciones --date-column y --amount-column del registro (o --price-column y --quantity-column) (docs/data-import.md, "Transaction logs"); si cada fila es realmente un cliente, indique que ninguna columna es la clave con --id-column ''</translation>
        </message>
        <message>
            <source>the project has no customer id column, so the campaign's customers cannot be found in it: create the project with --id-column</source>
            <translation>el proyecto no tiene columna de id de cliente, así que no se pueden encontrar en él los clientes de la campaña: cree el proyecto con --id-column</translation>
        </message>
        <message>
            <source>'%1' is neither a treatment value (%2) nor a control value (%3): name them with --treatment and --control</source>
            <translation>'%1' no es un valor del grupo de prueba (%2) ni del grupo de control (%3): indíquelos con --treatment y --control</translation>
        </message>
        <message>
            <source>'%1' is not a conversion: 1 or 0 (yes/no, true/false) was expected</source>
            <translation>'%1' no es una conversión: se esperaba 1 o 0 (yes/no, true/false)</translation>
        </message>
        <message>
            <source>%1 of the campaign's customers are not in the project (%2) and are left out</source>
            <translation>%1 clientes de la campaña no están en el proyecto (%2) y se omiten</translation>
        </message>
        <message>
            <source>the project has no run yet; add one with segscope cluster --project</source>
            <translation>el proyecto aún no tiene ninguna ejecución; añada una con segscope cluster --project</translation>
        </message>
        <message>
            <source>the value column '%1' does not exist</source>
            <translation>la columna '%1' del modelo de valor no existe</translation>
        </message>
        <message>
            <source>segment %1 continues as new segment %2</source>
            <translation>el segmento %1 continúa como el nuevo segmento %2</translation>
        </message>
        <message>
            <source>segment %1 split into new segments %2</source>
            <translation>el segmento %1 se dividió en los nuevos segmentos %2</translation>
        </message>
        <message>
            <source>segment %1 merged with segment %2 into new segment %3</source>
            <translation>el segmento %1 se fusionó con el segmento %2 en el nuevo segmento %3</translation>
        </message>
        <message>
            <source>segment %1 merged with segments %2 into new segment %3</source>
            <translation>el segmento %1 se fusionó con los segmentos %2 en el nuevo segmento %3</translation>
        </message>
        <message>
            <source>segment %1 retired: its customers spread over other segments</source>
            <translation>el segmento %1 se retiró: sus clientes se repartieron entre otros segmentos</translation>
        </message>
        <message>
            <source>new segment %1 appeared</source>
            <translation>apareció el nuevo segmento %1</translation>
        </message>
        <message>
            <source>new segment %1 appeared, mostly from segment %2</source>
            <translation>apareció el nuevo segmento %1, procedente sobre todo del segmento %2</translation>
        </message>
        <message>
            <source>new segment %1 appeared, mostly from segments %2</source>
            <translation>apareció el nuevo segmento %1, procedente sobre todo de los segmentos %2</translation>
        </message>
        <message>
            <source>the file has no column '%1', the project's customer id: the retrained project keeps the same key</source>
            <translation>el archivo no tiene ninguna columna '%1', el id de cliente del proyecto: el proyecto reentrenado conserva la misma clave</translation>
        </message>
        <message>
            <source>Retrained on %1 from run %2 of %3 (the default segmentation: the refit failed the rules)</source>
            <translation>Reentrenamiento con %1 a partir de la ejecución %2 de %3 (la segmentación predeterminada: el reajuste no cumplió las reglas)</translation>
        </message>
        <message>
            <source>Retrained on %1 from run %2 of %3</source>
            <translation>Reentrenamiento con %1 a partir de la ejecución %2 de %3</translation>
        </message>
        <message>
            <source>cannot listen on %1:%2 (is another program using the port, or is the address not this machine's?)</source>
            <translation>no se puede escuchar en %1:%2 (¿otro programa está usando el puerto, o la dirección no es de esta máquina?)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 customer(s), %3 columns stored; no run yet (add one with segscope cluster --project)
</source>
            <translation>
                <numerusform>%1: %2 cliente, %3 columnas almacenadas; aún no hay ninguna ejecución (añada una con segscope cluster --project)
</numerusform>
                <numerusform>%1: %2 clientes, %3 columnas almacenadas; aún no hay ninguna ejecución (añada una con segscope cluster --project)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 features: %3 segment(s) found, %4 customers in none (noise); inertia %5
</source>
            <translation>
                <numerusform>%1 filas, %2 variables: %3 segmento encontrado, %4 clientes en ninguno (ruido); inercia %5
</numerusform>
                <numerusform>%1 filas, %2 variables: %3 segmentos encontrados, %4 clientes en ninguno (ruido); inercia %5
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4; the segments %5 runs agree on
</source>
            <translation>
                <numerusform>%1 filas, %2 variable, k = %3: inercia %4; los segmentos en los que coinciden %5 ejecuciones
</numerusform>
                <numerusform>%1 filas, %2 variables, k = %3: inercia %4; los segmentos en los que coinciden %5 ejecuciones
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4 after %5 iterations
</source>
            <translation>
                <numerusform>%1 filas, %2 variable, k = %3: inercia %4 tras %5 iteraciones
</numerusform>
                <numerusform>%1 filas, %2 variables, k = %3: inercia %4 tras %5 iteraciones
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4
</source>
            <translation>
                <numerusform>%1 filas, %2 variable, k = %3: inercia %4
</numerusform>
                <numerusform>%1 filas, %2 variables, k = %3: inercia %4
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>--min-samples %1 is more than the %2 customer(s)</source>
            <translation>
                <numerusform>--min-samples %1 supera el número de clientes (%2)</numerusform>
                <numerusform>--min-samples %1 supera los %2 clientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>frequency and spend per purchase are correlated (%1 over %2 repeat customer(s)): the Gamma-Gamma model assumes they are not, so its values are biased</source>
            <translation>
                <numerusform>la frecuencia y el gasto por compra están correlacionados (%1 en %2 cliente recurrente): el modelo Gamma-Gamma supone que no lo están, por lo que sus valores están sesgados</numerusform>
                <numerusform>la frecuencia y el gasto por compra están correlacionados (%1 en %2 clientes recurrentes): el modelo Gamma-Gamma supone que no lo están, por lo que sus valores están sesgados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) (%2 with repeat purchases), time unit %3
</source>
            <translation>
                <numerusform>%1 cliente (%2 con compras repetidas), unidad de tiempo %3
</numerusform>
                <numerusform>%1 clientes (%2 con compras repetidas), unidad de tiempo %3
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 day(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>periodo de validación (%1 día): %2 compras previstas, %3 realizadas
</numerusform>
                <numerusform>periodo de validación (%1 días): %2 compras previstas, %3 realizadas
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 week(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>periodo de validación (%1 semana): %2 compras previstas, %3 realizadas
</numerusform>
                <numerusform>periodo de validación (%1 semanas): %2 compras previstas, %3 realizadas
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>holdout (%1 month(s)): %2 purchases predicted, %3 made
</source>
            <translation>
                <numerusform>periodo de validación (%1 mes): %2 compras previstas, %3 realizadas
</numerusform>
                <numerusform>periodo de validación (%1 meses): %2 compras previstas, %3 realizadas
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %1 demo customer(s) (seed %2) to %3
</source>
            <translation>
                <numerusform>se escribió %1 cliente de demostración (semilla %2) en %3
</numerusform>
                <numerusform>se escribieron %1 clientes de demostración (semilla %2) en %3
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s): UMAP map (%3 start, %4 epochs) in %5 s</source>
            <translation>
                <numerusform>%1 filas, %2 variable: mapa UMAP (inicio %3, %4 épocas) en %5 s</numerusform>
                <numerusform>%1 filas, %2 variables: mapa UMAP (inicio %3, %4 épocas) en %5 s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s): PCA map in %3 s</source>
            <translation>
                <numerusform>%1 filas, %2 variable: mapa PCA en %3 s</numerusform>
                <numerusform>%1 filas, %2 variables: mapa PCA en %3 s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none of the campaign's %1 customer(s) is in the project (ids like '%2' in column '%3'): is it the same customer base, and the same id column?</source>
            <translation>
                <numerusform>el %1 cliente de la campaña no está en el proyecto (ids como '%2' en la columna '%3'): ¿es la misma base de clientes y la misma columna de id?</numerusform>
                <numerusform>ninguno de los %1 clientes de la campaña está en el proyecto (ids como '%2' en la columna '%3'): ¿es la misma base de clientes y la misma columna de id?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 id(s) written with decimals (such as '%2') were matched to the project's whole-number ids</source>
            <translation>
                <numerusform>%1 id escrito con decimales (como '%2') se emparejó con los ids enteros del proyecto</numerusform>
                <numerusform>%1 ids escritos con decimales (como '%2') se emparejaron con los ids enteros del proyecto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) are in no segment of the run (set aside as outliers, or left out for missing values): they count in the overall lift only</source>
            <translation>
                <numerusform>%1 cliente no está en ningún segmento de la ejecución (apartado como valor atípico u omitido por valores faltantes): solo cuenta en el uplift global</numerusform>
                <numerusform>%1 clientes no están en ningún segmento de la ejecución (apartados como valores atípicos u omitidos por valores faltantes): solo cuentan en el uplift global</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) have no revenue and are left out of the revenue comparison</source>
            <translation>
                <numerusform>%1 cliente no tiene ingresos y se omite en la comparación de ingresos</numerusform>
                <numerusform>%1 clientes no tienen ingresos y se omiten en la comparación de ingresos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %2 customers (%3 treated, %4 control) in run %5, %6 segment(s)
</source>
            <translation>
                <numerusform>Campaña %1: %2 clientes (%3 en prueba, %4 en control) en la ejecución %5, %6 segmento
</numerusform>
                <numerusform>Campaña %1: %2 clientes (%3 en prueba, %4 en control) en la ejecución %5, %6 segmentos
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>
* significant at the %1% level, not corrected for testing %2 segment(s)
</source>
            <translation>
                <numerusform>
* significativo al nivel del %1%, sin corregir por contrastar %2 segmento
</numerusform>
                <numerusform>
* significativo al nivel del %1%, sin corregir por contrastar %2 segmentos
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>
* significant at the %1% level after the correction for testing %2 segment(s)
</source>
            <translation>
                <numerusform>
* significativo al nivel del %1% tras la corrección por contrastar %2 segmento
</numerusform>
                <numerusform>
* significativo al nivel del %1% tras la corrección por contrastar %2 segmentos
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 segment(s) are unstable (bootstrap Jaccard below 0.6): they may be artefacts of the seed or the sample; try another --k</source>
            <translation>
                <numerusform>%1 de %2 segmento es inestable (Jaccard bootstrap inferior a 0.6): puede ser un artefacto de la semilla o de la muestra; pruebe otro --k</numerusform>
                <numerusform>%1 de %2 segmentos son inestables (Jaccard bootstrap inferior a 0.6): pueden ser artefactos de la semilla o de la muestra; pruebe otro --k</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>same segments with %1 other seed(s): mean ARI %2
</source>
            <translation>
                <numerusform>mismos segmentos con %1 semilla distinta: ARI medio %2
</numerusform>
                <numerusform>mismos segmentos con %1 semillas distintas: ARI medio %2
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>same segments with noise of %1 added (%2 run(s)): mean ARI %3
</source>
            <translation>
                <numerusform>mismos segmentos al añadir ruido de %1 (%2 ejecución): ARI medio %3
</numerusform>
                <numerusform>mismos segmentos al añadir ruido de %1 (%2 ejecuciones): ARI medio %3
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drift is not judged on %1 customer(s) (at least %2 are needed): run %3 stays; nothing was retrained.
</source>
            <translation>
                <numerusform>No se evalúa la deriva con %1 cliente (se necesitan al menos %2): la ejecución %3 se mantiene; no se ha reentrenado nada.
</numerusform>
                <numerusform>No se evalúa la deriva con %1 clientes (se necesitan al menos %2): la ejecución %3 se mantiene; no se ha reentrenado nada.
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No drift beyond the thresholds on %1 customer(s): run %2 stays; nothing was retrained.
</source>
            <translation>
                <numerusform>Sin deriva por encima de los umbrales en %1 cliente: la ejecución %2 se mantiene; no se ha reentrenado nada.
</numerusform>
                <numerusform>Sin deriva por encima de los umbrales en %1 clientes: la ejecución %2 se mantiene; no se ha reentrenado nada.
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %1 new customer(s):
model     segments silhouette stability smallest
</source>
            <translation>
                <numerusform>Con %1 cliente nuevo:
modelo   segmentos  silueta estabilidad    menor
</numerusform>
                <numerusform>Con %1 clientes nuevos:
modelo   segmentos  silueta estabilidad    menor
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 customer(s) scored with run %2 (%3, %4 segments) in %5 s; %6 flagged as unlike the run's customers
</source>
            <translation>
                <numerusform>%1 cliente asignado con la ejecución %2 (%3, %4 segmentos) en %5 s; %6 marcados como distintos de los clientes de la ejecución
</numerusform>
                <numerusform>%1 clientes asignados con la ejecución %2 (%3, %4 segmentos) en %5 s; %6 marcados como distintos de los clientes de la ejecución
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>drift not judged: %1 customer(s) are too few (at least %2)
</source>
            <translation>
                <numerusform>deriva no evaluada: %1 cliente es demasiado poco (al menos %2)
</numerusform>
                <numerusform>deriva no evaluada: %1 clientes son demasiado pocos (al menos %2)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no drift beyond the thresholds (population stability index %1, share change %2 point(s))
</source>
            <translation>
                <numerusform>sin deriva por encima de los umbrales (índice de estabilidad poblacional %1, cambio de proporción %2 punto)
</numerusform>
                <numerusform>sin deriva por encima de los umbrales (índice de estabilidad poblacional %1, cambio de proporción %2 puntos)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>stopped after %1 request(s), %2 customers scored
</source>
            <translation>
                <numerusform>detenido tras %1 solicitud, %2 clientes asignados
</numerusform>
                <numerusform>detenido tras %1 solicitudes, %2 clientes asignados
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>read in chunks of %1 rows: %2 passes over the file; transforms fitted and k-means started on a uniform sample of %3 row(s)
</source>
            <translation>
                <numerusform>lectura por bloques de %1 filas: %2 pasadas por el archivo; transformaciones ajustadas y k-means iniciado con una muestra uniforme de %3 fila
</numerusform>
                <numerusform>lectura por bloques de %1 filas: %2 pasadas por el archivo; transformaciones ajustadas y k-means iniciado con una muestra uniforme de %3 filas
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 rows, %2 feature(s), k = %3: inertia %4 after %5 passes of mini-batches
</source>
            <translation>
                <numerusform>%1 filas, %2 variable, k = %3: inercia %4 tras %5 pasadas de mini-batches
</numerusform>
                <numerusform>%1 filas, %2 variables, k = %3: inercia %4 tras %5 pasadas de mini-batches
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
            <translation>uso: segscope lift P.segscope CAMPAIGN.csv [--run N] [--id-column C] [--arm-column C]
                   [--treatment VALUE] [--control VALUE] [--conversion-column C]
                   [--revenue-column C] [--correction holm|bh|none] [--level L]
                   [--resamples B] [--seed S] [--out LIFT.csv] [--json SUMMARY.json]
                   [--no-record] [--threads T] [--quiet]

Cuánto cambió una campaña la conversión y los ingresos por cliente, en total y en cada
segmento de la ejecución N (predeterminada: la ejecución actual). CAMPAIGN contiene una
fila por cliente: el id (la columna de id del proyecto, salvo que --id-column indique
otra), el grupo experimental (una columna llamada arm, group, variant, treatment ...;
valores como treatment/test/1 y control/holdout/0, o --treatment y --control), y una
conversión (0/1, yes/no) y/o una columna de ingresos. Para el total y para cada segmento
informa de las tasas o medias de ambos grupos, la diferencia con su intervalo (el de
Newcombe para las tasas; para los ingresos, un bootstrap de B remuestreos, predeterminado
2000), el uplift relativo, los valores p corregidos entre segmentos (Holm de forma
predeterminada) y la menor diferencia que la prueba podría detectar con una potencia del
80%. Comprueba que los grupos eran similares antes de la campaña (diferencias de medias
estandarizadas de las variables de la ejecución y de la composición por segmentos) e
indica qué puede sesgar el uplift. El análisis se registra en el proyecto (--no-record lo
deja intacto), donde lo muestran el explorador y el informe de buyer personas. Consulte
docs/campaign-lift.md.
</translation>
        </message>
        <message numerus="yes">
            <source>%1 id(s) differ from the project's only in leading zeros (such as '%2' for '%3') and were matched to them</source>
            <translation>
                <numerusform>%1 identificador difiere del del proyecto solo en ceros iniciales (como '%2' por '%3') y se emparejó con él</numerusform>
                <numerusform>%1 identificadores difieren de los del proyecto solo en ceros iniciales (como '%2' por '%3') y se emparejaron con ellos</numerusform>
            </translation>
        </message>
    </context>
</TS>
