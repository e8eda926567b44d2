/** Familierådslagning og samordnerens sider. */
const conferences = {
  heading: '',
};

export default conferences;
