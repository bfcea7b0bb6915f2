<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Customer segmentation for marketers. Without a file, opens the demo customers.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>seg::AlgorithmPage</name>
    <message>
        <source>Res&amp;tarts:</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Co&amp;variance:</source>
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
        <source>Su&amp;ggest</source>
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
        <source>Radius (e&amp;ps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close two customers must be to count as neighbours (in scaled feature units). Larger: fewer, bigger segments and less noise; smaller: more customers left as noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Min samples:</source>
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
        <source>1&amp;%</source>
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
        <source>Minimum segment size from the data: 1% of the %1 customers.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>&amp;Segments (k):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed and settings always give the same segments. Try another to check that the segments are stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
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
        <source>&amp;Recluster now</source>
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
        <source>The last %1 merges of Ward&apos;s tree over %2 groups; the cut at height %3 gives %4 segments.</source>
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
        <source>Generating %1 demo customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of the project does not fit its data: it segments %2 customers, the data prepares %3. Recluster to make a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSCAN&apos;s minimum samples (%1) are more than the %2 customers</source>
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
</context>
<context>
    <name>seg::FeatureLabel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A one-hot feature: column, then one of its values, e.g. &quot;acquisition channel: referral&quot;.</extracomment>
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
        <source>%1
%2 customers (%3)</source>
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
        <source>Preview: the first row, %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first %1 rows, %2 columns</source>
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
        <source>Preview: the first %1 rows, the first %2 of %3 columns</source>
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
        <source>Campaign %1, analysed on %2: %3 customers (%4 treated, %5 control).</source>
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
        <source>No segment&apos;s %1 moved significantly after the correction for testing %2 segments.</source>
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
        <source>Exported %1 customers to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 customers…</source>
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
</context>
<context>
    <name>seg::MapController</name>
    <message numerus="yes">
        <source>UMAP of %Ln customers, %1 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, PCA start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, fitted on %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>&amp;Neighbours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tightly customers may pack together on the map (UMAP&apos;s min_dist, 0.1 by default; at most the spread, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. &amp;distance:</source>
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
        <source>Fit &amp;sample:</source>
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
        <source>%1 customers were read; %2 were segmented on %3 features after the transforms of the feature spec (scaling: %4; missing values: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers beyond a robust z of %2 were set aside as outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm and the choice of k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means (k-means++ starts, %1 restarts, the lowest inertia kept; seed %2) with k = %3, the number of segments chosen by the analyst.</source>
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
        <source>r %1, α %2, a %3, b %4; log-likelihood %5 over %6 customers (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p %1, q %2, γ %3; log-likelihood %4 over %5 repeat customers (%6)</source>
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
        <source>over %1 %2s, discount %3 per %2, margin %4; columns %5, %6, %7%8</source>
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
        <source>%1 customers fall into %2 segments. The largest, %3, holds %4 of them.</source>
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
        <source>%1 rows, %2 segmented, %3 set aside as outliers</source>
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
        <source>BG/NBD and Gamma-Gamma, horizon %1 %2s, discount %3 per %2, margin %4</source>
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
        <source>Each figure with its 95% bootstrap interval below it (%1 resamples of the customers within each segment; the bounds of shares in percent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value, expected purchases and P(alive) come from the BG/NBD and Gamma-Gamma models over %1 %2s (see Methods).</source>
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
        <source>Mini-batch k-means (k-means with %1 restarts on a sample of up to %2 customers, then passes over all customers in batches of %3; seed %4) with k = %5, the number of segments chosen by the analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus clustering (Monti et al. 2003): %1 runs of %2 algorithms on resampled customers vote on who belongs together, and the votes are cut into k = %3 segments, the number chosen by the analyst; each customer&apos;s agreement says how consistently the runs put it with its segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which finds the number of segments itself: %2 segments, and customers in sparse regions in none.</source>
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
        <source>The campaign %1, analysed on %2 against this segmentation: %3 customers, %4 treated and %5 in the control group. Each difference is treated minus control with its %6% interval (Newcombe&apos;s hybrid score interval for conversion rates, a bootstrap of %7 resamples for revenue). P-values are adjusted across the %8 segments by %9; a filled dot is significant after the adjustment.</source>
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
        <source>Of the campaign&apos;s %1 customers, %2 are not in this data set and %3 are in no segment (they count among all customers only).</source>
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
        <source>This segment has fewer than %1 customers. Its persona, figures and composition are not shown: statistics of so few customers could identify them. The minimum is set with --min-segment-size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed: fewer than %1 customers</source>
        <translation type="unfinished"></translation>
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
        <source>%1 customers (%2)</source>
        <extracomment>Persona card: customers in the segment and their share of all.</extracomment>
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
</context>
<context>
    <name>seg::ReportInput</name>
    <message>
        <source>The data has no frequency, recency and T columns, so no lifetime value was modelled.</source>
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
        <source>%1 customers: %2 of row segment, %3 of column segment</source>
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
        <source>%1 customers compared</source>
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
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 customer outside the view (0: show all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers outside the view (0: show all)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer as a point, coloured by segment. Scroll to zoom, drag with the middle button or Space held to pan, drag to draw a lasso, Shift+drag to select a rectangle, Escape to clear the selection. The map opens on the typical customers: Home returns there, 0 shows every customer, the extreme ones included. Grey points are customers set aside as outliers.</source>
        <translation type="unfinished"></translation>
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
        <source>One batch scored with run %1, on %2: %3 customers; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batches scored with run %2. The latest, on %3: %4 customers; </source>
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
    <message>
        <source>Only %1 customers (%2 of %3, below %4): probably outliers rather than a segment to market to. Consider setting outliers aside.</source>
        <translation type="unfinished"></translation>
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
        <source>Expected lifetime value over the next %1 weeks: mean %2 per customer (95% interval %3), total %4 (%5), %6 of all customers&apos; value (%7). Intervals: bootstrap, %8 resamples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases a customer of this segment is expected to make in the next %1 weeks: %2 (95% interval %3).</source>
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
        <source>95% intervals (bootstrap, %1 resamples): mean %2 – %3, total %4 – %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>Stability below 0.6: a warning sign before the figure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable: in %1 resamples of %2 customers the segment came back with a mean Jaccard similarity of %3 (above 0.75).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real pattern whose boundary moves: in %1 resamples of %2 customers the segment came back with a mean Jaccard similarity of %3 (0.60 to 0.75).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstable: in %1 resamples of %2 customers the segment came back with a mean Jaccard similarity of only %3 (below 0.60). It may be an artefact of the seed or the sample; try another k before acting on it.</source>
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
</context>
<context>
    <name>seg::SegmentTableView</name>
    <message>
        <source>Click a segment to highlight it in every view; double-click its label to rename it (Ctrl+Z undoes).</source>
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
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 segmented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  1 feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  %1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note on the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes on the data</source>
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
        <source>Generating %1 demo customers…</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>seg::ValueChecks</name>
    <message>
        <source>Does the purchase model fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</TS>
