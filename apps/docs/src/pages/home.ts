// Home: registers the elements; the dashboard in the page reads the feed by itself.
import "@zhucan/widgets";
