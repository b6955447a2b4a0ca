// Gallery: registers the elements; every example in the page is plain markup.
import "@zhucan/widgets";
